using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HealthNews.Core.Common;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Limits;

/// <summary>
/// Bodies over the portal's limits, sent to real Kestrel as a browser sends them (with their length): the client reads a
/// 413 with the Vietnamese page, or JSON for the editor's call, never a 500 or a reset connection; the refusal is logged
/// once, at Information. Under the upload limit, a file over the library's own limit gets the form again, in words.
/// </summary>
public abstract class OversizedBodyTests(KestrelPortal portal)
{
    private const long MegaByte = 1024 * 1024;

    [Fact]
    public async Task AnUploadOver100MegabytesToTheLibraryGetsThe413PageWithTheLibrarysLimit()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var token = await Staff.TokenAsync(editor, "/admin/thu-vien");

        using var response = await editor.PostAsync(new Uri("/admin/thu-vien/tai-len", UriKind.Relative), Upload(token, 101 * MegaByte, "video-hop-bao.zip"));

        var page = await ErrorPages.AssertErrorPageAsync(response, 413, admin: true);
        Assert.Contains("Tệp quá lớn: mỗi tệp tải lên tối đa 20 MB.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        AssertLoggedOnceAtInformation("Refused POST /admin/thu-vien/tai-len with 413");
        await portal.WithDbAsync(async db => Assert.False(await db.MediaFiles.AnyAsync(m => m.FileName.StartsWith("video-hop-bao"))));
    }

    [Fact]
    public async Task AnUploadOver100MegabytesFromTheEditorIsAnsweredInJsonInVietnamese()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var token = await Staff.TokenAsync(editor, "/admin/bai-viet/tao");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/thu-vien/tai-len-anh") { Content = Upload(token, 120 * MegaByte, "anh-dan.png") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")); // as js/admin/editor.js asks

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Tệp quá lớn: mỗi tệp tải lên tối đa 20 MB.", answer.GetProperty("message").GetString());
        AssertLoggedOnceAtInformation("Refused POST /admin/thu-vien/tai-len-anh with 413");
    }

    [Fact]
    public async Task AFileOverTheLibrarysLimitButUnder100MegabytesGetsTheFormAgainSayingHowLargeItIs()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var token = await Staff.TokenAsync(editor, "/admin/thu-vien");

        using var response = await editor.PostAsync(new Uri("/admin/thu-vien/tai-len", UriKind.Relative), Upload(token, 21 * MegaByte, "bao-cao.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Tệp lớn 21 MB, vượt giới hạn 20 MB.", page.QuerySelector(".errors li, .field-validation-error")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[type=file][name=File]")); // the library's form, to choose another file
    }

    [Fact]
    public async Task AnArticleFormOver8MegabytesIsA413InTheAdminLookAndCreatesNothing()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var body = new string('a', (int)(9 * MegaByte));

        using var response = await editor.PostFormAsync("/admin/bai-viet/tao", new() { ["Title"] = "Bài quá dài", ["Body"] = body, ["CategoryId"] = "1" });

        await ErrorPages.AssertErrorPageAsync(response, 413, admin: true);
        AssertLoggedOnceAtInformation("Refused POST /admin/bai-viet/tao with 413");
        await portal.WithDbAsync(async db => Assert.False(await db.Articles.AnyAsync(a => a.Title == "Bài quá dài")));
    }

    [Fact]
    public async Task AnUploadAbandonedHalfwayIsLoggedOnceAsABadRequestNotAsAnError()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var token = await Staff.TokenAsync(editor, "/admin/thu-vien");
        using var closeTab = new CancellationTokenSource();
        var file = new StreamContent(new AbandonedStream(5 * MegaByte, MegaByte, closeTab));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "File", "bao-cao.pdf" } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => editor.PostAsync(new Uri("/admin/thu-vien/tai-len", UriKind.Relative), form, closeTab.Token));

        // Kestrel sees either the body end early (400) or the connection close first (499): one refusal either way.
        string[] refusals = ["Refused POST /admin/thu-vien/tai-len with 400: Unexpected end of request content.",
            "Refused POST /admin/thu-vien/tai-len with 499: the client closed the connection before the body ended"];
        await portal.WaitForLogLineAsync(l => refusals.Any(r => l.Contains(r, StringComparison.Ordinal)), TimeSpan.FromSeconds(20));
        AssertLoggedOnceAtInformation(refusals.FirstOrDefault(r => portal.LogLines().Any(l => l.Contains(r, StringComparison.Ordinal))) ?? refusals[0]);
        Assert.Single(portal.LogLines(), l => refusals.Any(r => l.Contains(r, StringComparison.Ordinal)));
    }

    // A file of which the browser sends part, then the tab is closed: the request is cancelled mid-body.
    private sealed class AbandonedStream(long length, long sendBeforeClosing, CancellationTokenSource closeTab) : Stream
    {
        private readonly ZeroStream _bytes = new(length);

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _bytes.Position; set => _bytes.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => _bytes.Read(buffer, offset, count);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= sendBeforeClosing)
            {
                await closeTab.CancelAsync();
                await new TaskCompletionSource().Task.WaitAsync(cancellationToken); // the tab is gone: nothing more comes
            }
            return await _bytes.ReadAsync(buffer, cancellationToken);
        }

        public override long Seek(long offset, SeekOrigin origin) => _bytes.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // A multipart form as the library's page (or the editor's script) sends it: token, file, alt text.
    private static MultipartFormDataContent Upload(string token, long bytes, string fileName)
    {
        var file = new StreamContent(new ZeroStream(bytes));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "File", fileName },
            { new StringContent("Ảnh thử"), "AltText" },
        };
    }

    private void AssertLoggedOnceAtInformation(string refusal)
    {
        var lines = portal.LogLines();
        var logged = lines.Where(l => l.Contains(refusal, StringComparison.Ordinal)).ToList();
        Assert.True(logged.Count == 1, $"one line with '{refusal}' in:\n{string.Join('\n', lines)}");
        Assert.StartsWith("[INF] HealthNews.Web.Middleware.RequestLimitsMiddleware: ", logged[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("[ERR]", StringComparison.Ordinal) || l.StartsWith("[FTL]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Exception", StringComparison.Ordinal));
    }
}

public sealed class OversizedBodyTestsOnSqlite(SqliteKestrelPortal portal) : OversizedBodyTests(portal), IClassFixture<SqliteKestrelPortal>;

public sealed class OversizedBodyTestsOnPostgreSql(PostgreSqlKestrelPortal portal) : OversizedBodyTests(portal), IClassFixture<PostgreSqlKestrelPortal>;

[SqlServerTest]
public sealed class OversizedBodyTestsOnSqlServer(SqlServerKestrelPortal portal) : OversizedBodyTests(portal), IClassFixture<SqlServerKestrelPortal>;
