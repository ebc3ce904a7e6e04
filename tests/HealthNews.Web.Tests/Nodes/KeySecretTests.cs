using System.Net;
using System.Security.Cryptography;
using System.Text;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Testing;
using HealthNews.Web.KeyRing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Nodes;

/// <summary>The key ring's protection at rest (ADR-016): AES-256-GCM under a key derived from DataProtection:KeySecret.</summary>
public sealed class KeySecretTests : ProcessTest
{
    private const string Secret = "mot-chuoi-bi-mat-ngau-nhien-du-dai-cho-kiem-thu";

    [Fact]
    public void WhatOneSecretEncryptsItDecryptsAndNoOtherSecretOrTamperingDoes()
    {
        var secret = KeySecret.TryCreate(Secret)!;
        var plaintext = Encoding.UTF8.GetBytes("<masterKey><value>khoá</value></masterKey>");

        var first = secret.Encrypt(plaintext);
        var second = secret.Encrypt(plaintext);
        var tampered = (byte[])first.Clone();
        tampered[^1] ^= 1;

        Assert.Equal(plaintext, secret.Decrypt(first));
        Assert.NotEqual(first, second); // a new salt and nonce each time
        Assert.Equal(-1, first.AsSpan().IndexOf(plaintext.AsSpan(0, 11))); // no plaintext in what is stored
        Assert.ThrowsAny<CryptographicException>(() => KeySecret.TryCreate(Secret + "!")!.Decrypt(first));
        Assert.ThrowsAny<CryptographicException>(() => secret.Decrypt(tampered));
        Assert.ThrowsAny<CryptographicException>(() => secret.Decrypt(first.AsSpan(0, 20)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("ngan-qua-31-ky-tu-0123456789012")]
    public void ASecretThatIsMissingOrShortGivesNoEncryption(string? secret) => Assert.Null(KeySecret.TryCreate(secret));

    [Theory]
    [InlineData("", "DataProtection:KeySecret là bắt buộc khi chạy Production trên PostgreSQL hoặc SQL Server")]
    [InlineData("ngan-qua-31-ky-tu-0123456789012", "DataProtection:KeySecret phải dài ít nhất 32 ký tự")]
    public async Task InProductionOnAServerDatabaseAMissingOrShortSecretStopsStartUpInOneLine(string secret, string expected)
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__HealthNews"] = $"Host=127.0.0.1;Port={RunningPortal.FreePort()};Database=healthnews;Username=u;Password=p;Timeout=5",
            ["HealthNews__DataDirectory"] = DataDirectory,
            ["DataProtection__KeySecret"] = secret,
        });

        Assert.Equal(1, result.ExitCode);
        var fatal = Assert.Single(result.Output.Split('\n'), line => line.Contains("FTL", StringComparison.Ordinal));
        Assert.Contains("HealthNews cannot start: ", fatal, StringComparison.Ordinal);
        Assert.Contains(expected, fatal, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedSecretSignsStaffOutButThePortalMakesANewKeyAndServesItsForms()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseOptions.PostgreSql, "secret");
        await using (var before = new PortalFactory(database))
        {
            (await before.SignInAsync(Roles.Editor)).Dispose();
        }
        await using var after = new PortalFactory(database);
        after.Settings["DataProtection:KeySecret"] = PortalFactory.TestKeySecret + "-da-doi";

        using var editor = await after.SignInAsync(Roles.Editor); // the sign-in form's token, made with a new key

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.DataProtectionKeys.CountAsync()); // the old one, unreadable now, and the new one
    }
}
