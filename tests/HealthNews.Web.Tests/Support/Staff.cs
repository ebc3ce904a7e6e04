using System.Net;
using AngleSharp.Html.Parser;
using HealthNews.Core.Common;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Support;

/// <summary>Staff accounts made through the portal's own user service, and clients signed in through its real form.</summary>
public static class Staff
{
    public const string Password = "mat-khau-thu-nghiem-2025";

    public static string EmailFor(string role) => role.ToLowerInvariant() + "@moh.gov.vn";

    public static async Task EnsureUserAsync(this PortalFactory portal, string role, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        email ??= EmailFor(role);
        if ((await users.ListAsync()).Any(u => u.Email == email))
        {
            return;
        }
        var (result, _) = await users.CreateAsync(email, "Nhân viên " + Roles.VietnameseName(role), [role], Password, Actor.System("kiểm thử"));
        Assert.True(result.Succeeded, result.Message);
    }

    /// <summary>A client that signed in through /admin/dang-nhap; it keeps its cookies and does not follow redirects.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalFactory portal, string role)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await portal.EnsureUserAsync(role);
        var client = portal.Client(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = EmailFor(role), ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return client;
    }

    public static HttpClient Anonymous(this PortalFactory portal) =>
        portal.Client(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>POSTs a form as a browser would: with the antiforgery token from a page this client may open.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields,
        string? tokenPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await TokenAsync(client, tokenPage ?? (url == "/admin/dang-nhap" ? url : "/admin"));
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {page}.");
    }
}
