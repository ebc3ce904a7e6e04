using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HealthNews.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// The real portal (Program, middleware, views) in Production mode over its own SQLite file and data folder,
/// loaded with the sample content on start-up exactly as a newcomer's first run.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "healthnews-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, "portal.db") }.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:HealthNews", ConnectionString);
        builder.UseSetting("HealthNews:DataDirectory", DataDirectory);
    }

    /// <summary>Runs <paramref name="action"/> against the portal's own database.</summary>
    public async Task WithDbAsync(Func<HealthNewsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>());
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }
}

public static class HtmlClient
{
    /// <summary>GETs a page and parses it as a browser would.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document, string Html)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return (response, document, html);
    }
}
