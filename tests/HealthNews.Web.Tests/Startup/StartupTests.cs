using System.Net;
using System.Net.Sockets;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Startup;

/// <summary>The portal started as a process with a wrong configuration stops at once with one clear line.</summary>
public class StartupFailureTests : ProcessTest
{
    private static void AssertOneClearFatalLine(PortalProcess.Result result, string expected)
    {
        Assert.Equal(1, result.ExitCode);
        var fatal = Assert.Single(result.Output.Split('\n'), line => line.Contains("FTL", StringComparison.Ordinal));
        Assert.Contains("HealthNews cannot start: ", fatal, StringComparison.Ordinal);
        Assert.Contains(expected, fatal, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain("Unhandled exception", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownProviderStopsStartUp()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Oracle",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "Database:Provider 'Oracle' is unknown: use 'Sqlite', 'PostgreSQL', 'SqlServer'.");
    }

    [Fact]
    public async Task PostgreSqlWithoutAConnectionStringStopsStartUp()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__HealthNews"] = "",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "Database:Provider is PostgreSQL but ConnectionStrings:HealthNews is missing");
    }

    [Fact]
    public async Task AnOutOfRangeSettingStopsStartUpWithItsVietnameseMessage()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["HealthNews__LatestCount"] = "0",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "HealthNews:LatestCount phải từ 1 đến 100.");
    }

    [Fact]
    public async Task APublicBaseUrlThatIsNotAnAddressStopsStartUp()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["HealthNews__PublicBaseUrl"] = "moh.gov.vn",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "HealthNews:PublicBaseUrl phải là một địa chỉ http(s) đầy đủ, không có truy vấn (ví dụ https://moh.gov.vn).");
    }

    [Fact]
    public async Task AFooterEmailThatIsNotAnAddressStopsStartUp()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["HealthNews__Footer__Email"] = "banbientap",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "HealthNews:Footer:Email phải là một địa chỉ email (ví dụ ten@moh.gov.vn).");
    }

    [Fact]
    public async Task SqlServerWithoutAConnectionStringStopsStartUp()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "sqlserver", // the name is read without regard to case
            ["ConnectionStrings__HealthNews"] = "",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "Database:Provider is SqlServer but ConnectionStrings:HealthNews is missing (for example: Server=");
    }

    [Fact]
    public async Task AMistypedSqlServerConnectionStringStopsStartUp()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__HealthNews"] = "Server=127.0.0.1;Databse=HealthNews;Password=secret-pw",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, "ConnectionStrings:HealthNews is not a valid SqlServer connection string: ");
        Assert.Contains("databse", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-pw", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableSqlServerStopsStartUpNamingWhereItLooked()
    {
        var closedPort = ClosedPort();

        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__HealthNews"] = $"Server=127.0.0.1,{closedPort};Database=HealthNews;User Id=sa;Password=secret-pw;TrustServerCertificate=True;Connect Timeout=5;ConnectRetryCount=0",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, $"Cannot reach the SQL Server database 'HealthNews' on 127.0.0.1,{closedPort}");
        Assert.DoesNotContain("secret-pw", result.Output, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task AnUnreachableServerStopsStartUpNamingWhereItLooked()
    {
        var closedPort = ClosedPort();

        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__HealthNews"] = $"Host=127.0.0.1;Port={closedPort};Database=healthnews;Username=u;Password=secret-pw;Timeout=5",
            ["HealthNews__DataDirectory"] = DataDirectory,
        });

        AssertOneClearFatalLine(result, $"Cannot reach the PostgreSQL database 'healthnews' on 127.0.0.1:{closedPort}");
        Assert.DoesNotContain("secret-pw", result.Output, StringComparison.Ordinal);
    }
}

/// <summary>A newcomer's server database: an empty database, migrated on first start, content kept across restarts.</summary>
public class ServerPortalLifecycleTests
{
    [Fact]
    public Task StartsOnAnEmptyPostgreSqlDatabaseMigratesItServesTheSampleAndKeepsItAcrossRestarts() =>
        StartsOnAnEmptyDatabaseMigratesItServesTheSampleAndKeepsItAcrossRestarts(DatabaseOptions.PostgreSql);

    [Fact, SqlServerTest]
    public Task StartsOnAnEmptySqlServerDatabaseMigratesItServesTheSampleAndKeepsItAcrossRestarts() =>
        StartsOnAnEmptyDatabaseMigratesItServesTheSampleAndKeepsItAcrossRestarts(DatabaseOptions.SqlServer);

    [Fact, SqlServerTest]
    public async Task CreatesAMissingSqlServerDatabaseOnFirstStart()
    {
        await using var database = TestDatabase.MissingSqlServerDatabase("missing");
        await using var portal = new PortalFactory(database);
        using var client = portal.CreateClient();

        var (response, document, _) = await client.GetPageAsync("/chuyen-muc/hoat-dong-cua-lanh-dao-bo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, document.QuerySelectorAll(".listing .card").Length);
    }

    private static async Task StartsOnAnEmptyDatabaseMigratesItServesTheSampleAndKeepsItAcrossRestarts(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, "restart");
        var articlesAfterFirstStart = -1;

        await using (var first = new PortalFactory(database))
        {
            using var client = first.CreateClient();
            var (response, document, _) = await client.GetPageAsync("/chuyen-muc/hoat-dong-cua-lanh-dao-bo");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(20, document.QuerySelectorAll(".listing .card").Length);
            await first.WithDbAsync(async db =>
            {
                db.Categories.Add(new Core.Entities.Category { Name = "Thêm sau", Slug = "them-sau", SortOrder = 50 });
                await db.SaveChangesAsync();
            });
            await first.WithDbAsync(async db => articlesAfterFirstStart = await db.Articles.CountAsync(a => a.Language == ContentLanguage.Vietnamese));
        }

        await using var second = new PortalFactory(database);
        using var secondClient = second.CreateClient();
        var (again, page, _) = await secondClient.GetPageAsync("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("17/06/2025 | 08:08 AM", page.QuerySelector("article .date-line")!.TextContent);
        await second.WithDbAsync(async db =>
        {
            Assert.Equal(42, articlesAfterFirstStart);
            Assert.Equal(articlesAfterFirstStart, await db.Articles.CountAsync(a => a.Language == ContentLanguage.Vietnamese)); // not loaded twice
            Assert.True(await db.Categories.AnyAsync(c => c.Slug == "them-sau")); // what was added survived
        });
    }
}

/// <summary>The documented command that moves an existing SQLite portal into PostgreSQL.</summary>
public class CopyDatabaseCommandTests
{
    [Fact]
    public Task CopiesASqlitePortalIntoPostgreSqlAndThePortalServesItFromThere() =>
        CopiesASqlitePortalIntoAServerAndThePortalServesItFromThere(DatabaseOptions.PostgreSql);

    [Fact, SqlServerTest]
    public Task CopiesASqlitePortalIntoSqlServerAndThePortalServesItFromThere() =>
        CopiesASqlitePortalIntoAServerAndThePortalServesItFromThere(DatabaseOptions.SqlServer);

    private static async Task CopiesASqlitePortalIntoAServerAndThePortalServesItFromThere(string provider)
    {
        await using var sqlite = await TestDatabase.CreateAsync(DatabaseOptions.Sqlite, "old");
        await using var postgres = await TestDatabase.CreateAsync(provider, "new");
        await using (var old = new PortalFactory(sqlite))
        {
            using var client = old.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode); // loads the sample
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var result = await PortalProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = provider,
                ["ConnectionStrings__HealthNews"] = postgres.Settings.ConnectionString,
                ["HealthNews__DataDirectory"] = sqlite.Directory,
            },
            "copy-database", "--from", sqlite.Settings.ConnectionString);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Copied 47 row(s) of Articles", result.Output, StringComparison.Ordinal); // 42 Vietnamese, 5 English
        await using var moved = new PortalFactory(postgres);
        using var movedClient = moved.CreateClient();
        var (response, page, _) = await movedClient.GetPageAsync("/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("09/12/2023 | 08:28 AM", page.QuerySelector("article .date-line")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll(".attachments li").Length);
    }

    [Fact]
    public async Task AMissingSourceFileIsRefusedWithoutTouchingTheTarget()
    {
        await using var postgres = await TestDatabase.CreateAsync(DatabaseOptions.PostgreSql, "new");
        var missing = Path.Combine(postgres.Directory, "khong-co.db");

        var result = await PortalProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSQL",
                ["ConnectionStrings__HealthNews"] = postgres.Settings.ConnectionString,
                ["HealthNews__DataDirectory"] = postgres.Directory,
            },
            "copy-database", "--from", "Data Source=" + missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"The source SQLite file {missing} does not exist.", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        await using var db = postgres.CreateContext();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }
}

/// <summary>The first administrator is made from the command line; there is no default account.</summary>
public class CreateUserCommandTests
{
    [Fact, SqlServerTest]
    public Task MakesAnAdministratorWhoCanSignInOnSqlServer() => MakesAnAdministratorWhoCanSignIn(DatabaseOptions.SqlServer);

    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.PostgreSql)]
    public async Task MakesAnAdministratorWhoCanSignIn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, "cli");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__HealthNews"] = database.Settings.ConnectionString,
            ["HealthNews__DataDirectory"] = database.Directory,
        };

        var result = await PortalProcess.RunWithInputAsync(environment, "mat-khau-quan-tri-2025",
            "create-user", "--email", "quantri@moh.gov.vn", "--role", "Administrator", "--name", "Quản trị viên");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Đã tạo tài khoản quantri@moh.gov.vn.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("mat-khau-quan-tri-2025", result.Output, StringComparison.Ordinal);
        await using var portal = new PortalFactory(database);
        using var client = portal.Anonymous();
        using var signIn = await client.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = "quantri@moh.gov.vn", ["Password"] = "mat-khau-quan-tri-2025" });
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        using var users = await client.GetAsync(new Uri("/admin/nguoi-dung", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task RefusesAShortPasswordInVietnameseAndCreatesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseOptions.Sqlite, "cli");

        var result = await PortalProcess.RunWithInputAsync(
            new Dictionary<string, string> { ["ConnectionStrings__HealthNews"] = database.Settings.ConnectionString, ["HealthNews__DataDirectory"] = database.Directory },
            "ngan", "create-user", "--email", "a@moh.gov.vn", "--role", "Editor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự.", result.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }
}

/// <summary>The documented command that re-renders stored article bodies after a change to the renderer.</summary>
public class RerenderArticlesCommandTests
{
    [Fact, SqlServerTest]
    public Task RewritesStaleHtmlShowsProgressAndASecondRunChangesNothingOnSqlServer() =>
        RewritesStaleHtmlShowsProgressAndASecondRunChangesNothing(DatabaseOptions.SqlServer);

    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.PostgreSql)]
    public async Task RewritesStaleHtmlShowsProgressAndASecondRunChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, "rr");
        const string slug = "bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the";
        var rendered = "";
        await using (var portal = new PortalFactory(database))
        {
            using var client = portal.CreateClient();
            (await client.GetAsync(new Uri("/", UriKind.Relative))).Dispose(); // loads the sample content
            await portal.WithDbAsync(async db =>
            {
                rendered = (await db.Articles.SingleAsync(a => a.Slug == slug)).BodyHtml!;
                // As if an older renderer had written this row.
                await db.Articles.Where(a => a.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, "<p>cũ</p>"));
            });
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__HealthNews"] = database.Settings.ConnectionString,
            ["HealthNews__DataDirectory"] = database.Directory,
        };

        var first = await PortalProcess.RunAsync(environment, "rerender-articles");
        var second = await PortalProcess.RunAsync(environment, "rerender-articles");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("47 / 47 bài, 1 bài cần cập nhật", first.Output, StringComparison.Ordinal); // 42 Vietnamese, 5 English
        Assert.Contains("Đã kiểm tra 47 bài", first.Output, StringComparison.Ordinal);
        Assert.Contains("cập nhật 1 bài.", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("cập nhật 0 bài.", second.Output, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        var html = (await check.Articles.SingleAsync(a => a.Slug == slug)).BodyHtml!;
        Assert.Contains("<figure>", html, StringComparison.Ordinal);
        Assert.Equal(rendered, html); // what the sample content's writer rendered, again
    }
}

/// <summary>The schema as SQL for a DBA who applies changes by hand, written without any database server.</summary>
public class MigrationScriptCommandTests : ProcessTest
{
    [Fact]
    public async Task WritesTheIdempotentSqlServerScriptWithoutAServer()
    {
        Directory.CreateDirectory(DataDirectory);
        var output = Path.Combine(DataDirectory, "healthnews.sql");

        var result = await PortalProcess.RunAsync(
            new Dictionary<string, string> { ["HealthNews__DataDirectory"] = DataDirectory },
            "migration-script", "--provider", "SqlServer", "--idempotent", "--output", output);

        Assert.True(result.ExitCode == 0, result.Output);
        var migrations = typeof(Core.Data.HealthNewsDbContext).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.Contains($"Wrote the SQL of {migrations} migration(s) for SqlServer to {output}", result.Output, StringComparison.Ordinal);
        var script = await File.ReadAllTextAsync(output);
        Assert.Contains("CREATE TABLE [Articles] (", script, StringComparison.Ordinal);
        Assert.Contains("[SearchKey] nvarchar(3000) COLLATE Vietnamese_100_CI_AI NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'20261122000000_InitialCreate'", script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "healthnews.db"))); // no database was opened or made
    }

    [Fact]
    public async Task AnUnknownProviderIsRefusedInOneLine()
    {
        Directory.CreateDirectory(DataDirectory);

        var result = await PortalProcess.RunAsync(
            new Dictionary<string, string> { ["HealthNews__DataDirectory"] = DataDirectory },
            "migration-script", "--provider", "Oracle");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("HealthNews cannot start: migration-script --provider 'Oracle' is unknown: use 'Sqlite', 'PostgreSQL', 'SqlServer'.", result.Output, StringComparison.Ordinal);
    }
}
