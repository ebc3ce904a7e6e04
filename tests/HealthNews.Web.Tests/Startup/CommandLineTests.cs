using System.Net;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Startup;

/// <summary>
/// The command line: a word that names no command, or an option a command does not take, is refused with the usage in
/// Vietnamese and exit code 2 (it used to start the web server); the host's own arguments still start the portal.
/// </summary>
public class CommandLineTests : ProcessTest
{
    private static readonly string[] EveryCommand =
    [
        "copy-database --from", "create-user --email", "migration-script [--provider", "generate-content --articles", "rerender-articles",
        "media-variants", "backup --to <thư mục>", "restore --from <tệp>",
    ];

    private Dictionary<string, string> Environment => new() { ["HealthNews__DataDirectory"] = DataDirectory, ["HealthNews__SampleContent"] = "false" };

    [Theory]
    [InlineData("nonsense")]
    [InlineData("bakcup", "--to", "/tmp/sao-luu")]
    [InlineData("tao-nguoi-dung", "--email", "a@moh.gov.vn")]
    public async Task AWordThatNamesNoCommandPrintsTheUsageAndStopsWithCode2(params string[] arguments)
    {
        var result = await PortalProcess.RunAsync(Environment, arguments); // a portal that started would not exit: a timeout

        Assert.True(result.ExitCode == 2, result.Output);
        Assert.Contains($"Không có lệnh “{arguments[0]}”.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cách dùng: dotnet run --project src/HealthNews.Web -- [lệnh] [tuỳ chọn]", result.Output, StringComparison.Ordinal);
        Assert.All(EveryCommand, command => Assert.Contains("\n  " + command, result.Output, StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "healthnews.db")), "no database was touched");
    }

    [Theory]
    [InlineData("create-user", "--emial", "a@moh.gov.vn", "--role", "Editor")]
    [InlineData("migration-script", "--provder", "SqlServer")]
    [InlineData("generate-content", "--articles", "10", "--seeds", "3")]
    [InlineData("rerender-articles", "--force")]
    [InlineData("media-variants", "tat-ca")]
    [InlineData("backup", "--toi", "/tmp/sao-luu")]
    [InlineData("restore", "--from", "/tmp/sao-luu.tar.gz", "--force")]
    public async Task AnOptionACommandDoesNotTakePrintsThatCommandsUsageAndStopsWithCode2(params string[] arguments)
    {
        var unknown = arguments.First(a => a is "--emial" or "--provder" or "--seeds" or "--force" or "tat-ca" or "--toi");

        var result = await PortalProcess.RunAsync(Environment, arguments);

        Assert.True(result.ExitCode == 2, result.Output);
        Assert.Contains($"Lệnh {arguments[0]} không có tuỳ chọn “{unknown}”.", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Cách dùng: {arguments[0]}", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "healthnews.db")), "the command did not run");
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task HelpPrintsTheUsageAndSucceeds(string help)
    {
        var result = await PortalProcess.RunAsync(Environment, help);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.All(EveryCommand, command => Assert.Contains("\n  " + command, result.Output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--HealthNews:DataDirectory={0}")]
    [InlineData("HealthNews:DataDirectory={0}")]
    [InlineData("--environment", "Production", "--HealthNews:DataDirectory", "{0}")]
    public async Task TheHostsOwnArgumentsStillStartThePortal(params string[] arguments)
    {
        var elsewhere = Path.Combine(DataDirectory, "du-lieu");
        var environment = new Dictionary<string, string>
        {
            ["HealthNews__SampleContent"] = "false",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{RunningPortal.FreePort()}",
        };

        var (portal, address) = await RunningPortal.StartAsync(environment, [.. arguments.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, elsewhere))]);
        await using (portal)
        {
            using var client = new HttpClient { BaseAddress = address };
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(File.Exists(Path.Combine(elsewhere, "healthnews.db")), "the data folder came from the argument: " + portal.Output);
        }
    }
}
