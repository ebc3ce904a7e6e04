using System.Net;
using System.Text.RegularExpressions;
using HealthNews.Core.Common;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Startup;

/// <summary>The documented ways to choose the portal's address win over the launch profile's, with `dotnet run`.</summary>
public class ListeningAddressTests : ProcessTest
{
    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("--urls")]
    [InlineData("Urls")]
    public async Task DotnetRunListensWhereTheOperatorSays(string how)
    {
        var address = $"http://127.0.0.1:{RunningPortal.FreePort()}";
        var environment = new Dictionary<string, string> { ["HealthNews__DataDirectory"] = DataDirectory };
        string[] arguments = [];
        switch (how)
        {
            case "ASPNETCORE_URLS":
                environment["ASPNETCORE_URLS"] = address;
                break;
            case "--urls":
                arguments = ["--urls", address];
                break;
            default:
                environment["Urls"] = address; // as "Urls" in appsettings.json or its environment variable
                break;
        }

        var (portal, listening) = await RunningPortal.StartAsync(environment, arguments);
        await using (portal)
        {
            using var client = new HttpClient { BaseAddress = listening };
            using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

            Assert.Equal(new Uri(address), listening);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

/// <summary>Serilog.AspNetCore's request log: one line per request, naming staff, never carrying secrets.</summary>
public class RequestLoggingTests : ProcessTest
{
    [Fact]
    public async Task EachRequestIsOneLineWithStatusTimeAndTheStaffMembersName()
    {
        var environment = new Dictionary<string, string>
        {
            ["HealthNews__DataDirectory"] = DataDirectory,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{RunningPortal.FreePort()}",
        };
        var email = Staff.EmailFor(Roles.Editor);
        var created = await PortalProcess.RunWithInputAsync(environment, Staff.Password, "create-user", "--email", email, "--role", Roles.Editor);
        Assert.True(created.ExitCode == 0, created.Output);

        var (portal, address) = await RunningPortal.StartAsync(environment);
        var cookies = new CookieContainer();
        await using (portal)
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address };
            (await client.GetAsync(new Uri("/chuyen-muc/hoat-dong-cua-lanh-dao-bo?trang=2&ma=bi-mat-123", UriKind.Relative))).Dispose();
            (await client.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative))).Dispose();
            using var signIn = await client.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = email, ["Password"] = Staff.Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            (await client.GetAsync(new Uri("/admin", UriKind.Relative))).Dispose();
            // Each line is written as its response completes: wait for the five, not for a guessed time.
            await portal.WaitForLinesAsync(l => l.Contains(" HTTP ", StringComparison.Ordinal), 5, TimeSpan.FromSeconds(30));
        }

        var lines = portal.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains(" HTTP ", StringComparison.Ordinal)).ToList();
        AssertOneLine(lines, @"HTTP GET /chuyen-muc/hoat-dong-cua-lanh-dao-bo responded 200 in \d+\.\d ms \(anonymous\)$");
        AssertOneLine(lines, @"HTTP GET /khong-co-trang-nay responded 404 in \d+\.\d ms \(anonymous\)$");
        AssertOneLine(lines, $@"HTTP POST /admin/dang-nhap responded 302 in \d+\.\d ms \({Regex.Escape(email)}\)$"); // the one who signed in
        AssertOneLine(lines, $@"HTTP GET /admin responded 200 in \d+\.\d ms \({Regex.Escape(email)}\)$");
        Assert.Equal(5, lines.Count); // and nothing else: the sign-in page's GET for its token is the fifth
        Assert.DoesNotContain("bi-mat-123", portal.Output, StringComparison.Ordinal); // no query strings
        Assert.DoesNotContain(Staff.Password, portal.Output, StringComparison.Ordinal); // no form bodies
        var cookieValues = cookies.GetAllCookies().Select(c => c.Value).ToList();
        Assert.True(cookieValues.Count >= 2, "the sign-in and antiforgery cookies");
        Assert.All(cookieValues, value => Assert.DoesNotContain(value, portal.Output, StringComparison.Ordinal)); // no cookies
    }

    private static void AssertOneLine(List<string> lines, string pattern) =>
        Assert.True(lines.Count(l => Regex.IsMatch(l, pattern)) == 1, $"one line like {pattern} in:\n{string.Join('\n', lines)}");
}
