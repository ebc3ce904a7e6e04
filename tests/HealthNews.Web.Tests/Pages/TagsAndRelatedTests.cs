using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Pages;

/// <summary>Tags under articles and their /tag pages; "Tin liên quan" picked by editors, in the form and on the page.</summary>
public abstract class TagsAndRelatedTests(PortalFactory portal)
{
    private const string WhoUrl = "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the";
    private const string UndpUrl = "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);

    private static List<string> Cards(IHtmlDocument page) =>
        page.QuerySelectorAll("main .listing .card .card-title a").Select(a => a.TextContent).ToList();

    private static List<(string Name, string? Url)> Tags(IHtmlDocument page) =>
        page.QuerySelectorAll("article nav.tags li").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href"))).ToList();

    private static List<string> Related(IHtmlDocument page) =>
        page.QuerySelectorAll(".related li a").Select(a => a.GetAttribute("href")!).ToList();

    private async Task<int> IdOfAsync(string title)
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Articles.Where(a => a.Title == title).Select(a => a.Id).FirstAsync());
        return id;
    }

    private async Task<int> CategoryIdAsync(string slug = "tin-tong-hop")
    {
        var id = 0;
        await portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        return id;
    }

    // Articles written straight into the database, each carrying the tag (made once), then evicted as publishing would.
    private async Task AddTaggedAsync(string tagName, string tagSlug, params (string Slug, ArticleStatus Status, DateTime PublishedAtUtc)[] articles)
    {
        var tag = new Tag { Name = tagName, Slug = tagSlug, SearchKey = tagName.ToLowerInvariant() };
        await portal.AddAsync(categoryId => articles.Select(a =>
        {
            var row = ArticleRows.New(categoryId, a.Slug, a.Status, a.PublishedAtUtc);
            row.Tags.Add(new ArticleTag { Tag = tag, Position = 1 });
            return row;
        }).ToList());
    }

    private static async Task<string> StampAsync(HttpClient editor, int id)
    {
        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        return form.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!;
    }

    [Fact]
    public async Task TheArticlePageShowsItsTagsAsLinksToTheirPages()
    {
        using var reader = portal.CreateClient();

        var (_, article, _) = await reader.GetPageAsync(WhoUrl);
        var (response, tagPage, _) = await reader.GetPageAsync("/tag/hop-tac-quoc-te");

        Assert.Equal([("Tổ chức Y tế thế giới", "/tag/to-chuc-y-te-the-gioi"), ("hợp tác quốc tế", "/tag/hop-tac-quoc-te")], Tags(article));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Thẻ: hợp tác quốc tế", tagPage.QuerySelector("main h1")!.TextContent);
        Assert.StartsWith("Thẻ: hợp tác quốc tế", tagPage.Title, StringComparison.Ordinal);
        Assert.Contains("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", Cards(tagPage));
        Assert.Contains(Cards(tagPage), title => title.StartsWith("Bộ Y tế họp chuẩn bị Dự án", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATagPageListsOnlyVisibleArticlesNewestFirstWithAPager()
    {
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        await AddTaggedAsync("Phòng chống sốt xuất huyết", "phong-chong-sot-xuat-huyet",
        [
            .. Enumerable.Range(1, 21).Select(i => ($"sxh-hien-{i}", ArticleStatus.Published, now.AddHours(-i))),
            ("sxh-nhap", ArticleStatus.Draft, now.AddHours(-1)),
            ("sxh-hen-gio", ArticleStatus.Published, now.AddDays(1)),
            ("sxh-luu-tru", ArticleStatus.Archived, now.AddHours(-1)),
            ("sxh-da-go", ArticleStatus.Unpublished, now.AddHours(-1)),
        ]);
        using var reader = portal.CreateClient();

        var (first, page1, _) = await reader.GetPageAsync("/tag/phong-chong-sot-xuat-huyet");
        var (second, page2, _) = await reader.GetPageAsync("/tag/phong-chong-sot-xuat-huyet?page=2");
        var (past, _, _) = await reader.GetPageAsync("/tag/phong-chong-sot-xuat-huyet?page=3");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (first.StatusCode, second.StatusCode, past.StatusCode));
        Assert.Equal([.. Enumerable.Range(1, 20).Select(i => "Bài sxh-hien-" + i)], Cards(page1));
        Assert.Equal(["Bài sxh-hien-21"], Cards(page2));
        Assert.Equal("/tag/phong-chong-sot-xuat-huyet?page=2", page1.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/tag/phong-chong-sot-xuat-huyet", page2.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.StartsWith("Thẻ: Phòng chống sốt xuất huyết - Trang 2", page2.Title, StringComparison.Ordinal);
        Assert.EndsWith("/tag/phong-chong-sot-xuat-huyet?page=2", page2.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Trang chủ", page1.QuerySelector(".breadcrumb a")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownTagOrOneOnlyInvisibleArticlesCarryAnswers404()
    {
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        await AddTaggedAsync("Chỉ trong bản nháp", "chi-trong-ban-nhap", ("the-nhap-1", ArticleStatus.Draft, now), ("the-hen-1", ArticleStatus.Published, now.AddDays(2)));
        using var reader = portal.CreateClient();

        var (unknown, page, _) = await reader.GetPageAsync("/tag/khong-co-the-nay");
        var (draftOnly, _, draftHtml) = await reader.GetPageAsync("/tag/chi-trong-ban-nhap");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, draftOnly.StatusCode);
        Assert.DoesNotContain("Chỉ trong bản nháp", draftHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATagPageHasOneAddress()
    {
        await portal.AssertOneMoveAsync("/Tag/Hop-Tac-Quoc-Te/", "/tag/hop-tac-quoc-te");
        await portal.AssertOneMoveAsync("/tag/hop-tac-quoc-te?page=1", "/tag/hop-tac-quoc-te");
    }

    [Fact]
    public async Task ATagPageIsCachedAndShowsAPublishOnTheVeryNextRequest()
    {
        using var reader = portal.CreateClient();
        using var editor = await portal.SignInAsync(Roles.Editor);
        (await reader.GetPageAsync("/tag/chuyen-doi-so")).Response.Dispose();
        portal.Commands.Reset();
        var (_, before, _) = await reader.GetPageAsync("/tag/chuyen-doi-so");
        var queriesWhileCached = portal.Commands.Count;

        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Bệnh án điện tử tại mọi bệnh viện", ["Body"] = "Nội dung.", ["CategoryId"] = Text(await CategoryIdAsync()),
            ["Tags"] = "Chuyển đổi số, bệnh án điện tử",
        });
        (await editor.PostFormAsync($"/admin/bai-viet/{IdFromLocation(created)}/xuat-ban", [])).Dispose();
        var (_, after, _) = await reader.GetPageAsync("/tag/chuyen-doi-so");

        Assert.Equal(0, queriesWhileCached);
        Assert.DoesNotContain("Bệnh án điện tử tại mọi bệnh viện", Cards(before));
        Assert.Equal("Bệnh án điện tử tại mọi bệnh viện", Cards(after)[0]);
        Assert.Equal("Thẻ: chuyển đổi số", after.QuerySelector("main h1")!.TextContent); // the tag keeps its first spelling
    }

    [Fact]
    public async Task RelatedNewsShowsTheEditorsVisiblePicksFirstThenTheAutomaticOnesWithoutRepeats()
    {
        using var reader = portal.CreateClient();

        var (_, page, _) = await reader.GetPageAsync(UndpUrl);
        var links = Related(page);

        // Sample content: the UNDP article picked the Danish agreement (another category) by hand.
        Assert.StartsWith("/tin-tuc/thoa-thuan-ho-tro-ky-thuat-hop-tac-chien-luoc", links[0], StringComparison.Ordinal);
        Assert.Equal(8, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.DoesNotContain(UndpUrl, links);
        Assert.StartsWith("/tin-tuc/bo-truong-bo-y-te-dao-hong-lan-tiep-dai-su-cu-ba", links[1], StringComparison.Ordinal); // then the category's newest
        Assert.Subset((await portal.VisibleSlugsAsync()).Select(s => "/tin-tuc/" + s).ToHashSet(), links.ToHashSet());
    }

    [Fact]
    public async Task EditorsTagAndPickInTheFormAndReadersSeeThemOnlyOncePublishedChangesAre()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        using var reader = portal.CreateClient();
        var picked = await IdOfAsync("Cảnh báo tình trạng kháng hóa chất của muỗi truyền bệnh sốt rét");
        var alsoPicked = await IdOfAsync("Gia đình 4 người mắc ung thư vú");
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Tiêm chủng mở rộng năm 2025", ["Body"] = "Nội dung.", ["CategoryId"] = Text(await CategoryIdAsync()),
            ["Tags"] = "Sốt xuất huyết, tiêm chủng, sot xuat huyet", ["RelatedArticleIds[0]"] = Text(picked), ["RelatedArticleIds[1]"] = Text(alsoPicked),
        });
        var id = IdFromLocation(created);
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", [])).Dispose();
        const string Url = "/tin-tuc/tiem-chung-mo-rong-nam-2025";
        var (_, live, _) = await reader.GetPageAsync(Url);
        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");

        using var saved = await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
        {
            ["Title"] = "Tiêm chủng mở rộng năm 2025", ["Body"] = "Nội dung.", ["CategoryId"] = Text(await CategoryIdAsync()),
            ["ConcurrencyStamp"] = await StampAsync(editor, id), ["Tags"] = "tiêm chủng", ["RelatedArticleIds[0]"] = Text(alsoPicked),
        });
        var (_, pending, _) = await reader.GetPageAsync(Url);
        var (_, preview, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/xem-truoc");
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban-thay-doi", [])).Dispose();
        var (_, changed, _) = await reader.GetPageAsync(Url);

        Assert.Equal([("Sốt xuất huyết", "/tag/sot-xuat-huyet"), ("tiêm chủng", "/tag/tiem-chung")], Tags(live));
        Assert.StartsWith("/tin-tuc/canh-bao-tinh-trang-khang-hoa-chat", Related(live)[0], StringComparison.Ordinal);
        Assert.StartsWith("/tin-tuc/gia-dinh-4-nguoi-mac-ung-thu-vu", Related(live)[1], StringComparison.Ordinal);
        Assert.Equal("Sốt xuất huyết, tiêm chủng", form.QuerySelector("input[name=Tags]")!.GetAttribute("value"));
        Assert.Equal([Text(picked), Text(alsoPicked)], form.QuerySelectorAll(".related-picked input[name=RelatedArticleIds]").Select(i => i.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Tags(live), Tags(pending)); // the live version waits for "Xuất bản thay đổi"
        Assert.Equal(Related(live), Related(pending));
        Assert.Equal([("tiêm chủng", null)], Tags(preview)); // the editor's preview shows the pending tags and picks
        Assert.StartsWith("/tin-tuc/gia-dinh-4-nguoi-mac-ung-thu-vu", Related(preview)[0], StringComparison.Ordinal);
        Assert.Equal([("tiêm chủng", "/tag/tiem-chung")], Tags(changed));
        Assert.StartsWith("/tin-tuc/gia-dinh-4-nguoi-mac-ung-thu-vu", Related(changed)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Related(changed), url => url.StartsWith("/tin-tuc/canh-bao-tinh-trang-khang-hoa-chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutJavaScriptTheFormsListsAddAndRemovePicks()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var first = await IdOfAsync("Siết chặt quản lý thực phẩm chức năng");
        var second = await IdOfAsync("Nổi ban tím tứ chi, ngừng tim sau bữa tiết canh, lòng lợn");
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Bài nháp chọn tin liên quan", ["Body"] = "Nội dung.", ["CategoryId"] = Text(await CategoryIdAsync()), ["RelatedAdd"] = Text(first),
        });
        var id = IdFromLocation(created);
        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        var offered = form.QuerySelectorAll("select[name=RelatedAdd] option").Select(o => o.GetAttribute("value")).ToList();

        using var saved = await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
        {
            ["Title"] = "Bài nháp chọn tin liên quan", ["Body"] = "Nội dung.", ["CategoryId"] = Text(await CategoryIdAsync()),
            ["ConcurrencyStamp"] = await StampAsync(editor, id),
            ["RelatedArticleIds[0]"] = Text(first), ["RelatedRemove[0]"] = Text(first), ["RelatedAdd"] = Text(second),
        });
        var (_, after, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");

        Assert.Equal([Text(first)], form.QuerySelectorAll(".related-picked input[name=RelatedArticleIds]").Select(i => i.GetAttribute("value")));
        Assert.Contains("Siết chặt quản lý thực phẩm chức năng", form.QuerySelector(".related-picked")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Text(second), offered);
        Assert.DoesNotContain(Text(first), offered); // already picked
        Assert.DoesNotContain(Text(id), offered); // a draft, and the article itself
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([Text(second)], after.QuerySelectorAll(".related-picked input[name=RelatedArticleIds]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(after.QuerySelector("[data-related-picker][data-search-url='/admin/bai-viet/tim-tin-lien-quan?tru=" + Text(id) + "']"));
    }

    [Fact]
    public async Task BadTagsAreRefusedInVietnameseAndNothingTypedIsLost()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var tags = string.Join(", ", Enumerable.Range(1, 11).Select(i => "thẻ số " + i));
        var picked = await IdOfAsync("Siết chặt quản lý thực phẩm chức năng");

        using var refused = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Bài có quá nhiều thẻ", ["Body"] = "Nội dung dài đã gõ.", ["CategoryId"] = Text(await CategoryIdAsync()),
            ["Tags"] = tags, ["RelatedArticleIds[0]"] = Text(picked),
        });
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Mỗi bài có tối đa 10 thẻ (bạn nhập 11)", form.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tags, form.QuerySelector("input[name=Tags]")!.GetAttribute("value"));
        Assert.Equal("Bài có quá nhiều thẻ", form.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal("Nội dung dài đã gõ.", form.QuerySelector("textarea[name=Body]")!.TextContent.Trim());
        Assert.Equal([Text(picked)], form.QuerySelectorAll(".related-picked input[name=RelatedArticleIds]").Select(i => i.GetAttribute("value")));
    }

    [Theory]
    [InlineData("anonymous", "/admin/dang-nhap")]
    [InlineData(Roles.PollManager, "/admin/khong-co-quyen")]
    public async Task ThePickersSearchIsForTheNewsroomOnly(string who, string sentTo)
    {
        using var client = who == "anonymous" ? portal.Anonymous() : await portal.SignInAsync(who);

        using var response = await client.GetAsync(new Uri("/admin/bai-viet/tim-tin-lien-quan?q=sot%20xuat%20huyet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(sentTo, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePickersSearchFindsSotXuatHuyetForSốtXuấtHuyết()
    {
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        await portal.AddAsync(categoryId =>
        [
            ArticleRows.New(categoryId, "tim-sxh-hien", ArticleStatus.Published, now.AddHours(-1), "Hà Nội phòng chống sốt xuất huyết"),
            ArticleRows.New(categoryId, "tim-sxh-nhap", ArticleStatus.Draft, now.AddHours(-1), "Sốt xuất huyết: bản nháp chưa đăng"),
        ]);
        await portal.WithDbAsync(async db =>
        {
            foreach (var article in await db.Articles.Where(a => a.Slug.StartsWith("tim-sxh-")).ToListAsync())
            {
                article.SearchKey = Core.Data.ProviderNeutral.SearchKey(article.Title + " " + article.Summary); // as ArticleRendering sets it
            }
            await db.SaveChangesAsync();
        });
        using var editor = await portal.SignInAsync(Roles.Author);

        using var response = await editor.GetAsync(new Uri("/admin/bai-viet/tim-tin-lien-quan?q=sot%20xuat%20huyet", UriKind.Relative));
        using var marked = await editor.GetAsync(new Uri("/admin/bai-viet/tim-tin-lien-quan?q=" + Uri.EscapeDataString("Sốt Xuất Huyết"), UriKind.Relative));
        var found = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("title").GetString(), e.GetProperty("date").GetString())).ToList();
        var foundMarked = JsonDocument.Parse(await marked.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("title").GetString()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(found, f => f.Item1 == "Hà Nội phòng chống sốt xuất huyết" && System.Text.RegularExpressions.Regex.IsMatch(f.Item2!, @"^\d\d/\d\d/\d{4} \d\d:\d\d$"));
        Assert.DoesNotContain(found, f => f.Item1!.Contains("bản nháp", StringComparison.Ordinal));
        Assert.Contains("Hà Nội phòng chống sốt xuất huyết", foundMarked);
    }
}

public sealed class TagsAndRelatedTestsOnSqlite(SqlitePortal portal) : TagsAndRelatedTests(portal), IClassFixture<SqlitePortal>;

public sealed class TagsAndRelatedTestsOnPostgreSql(PostgreSqlPortal portal) : TagsAndRelatedTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class TagsAndRelatedTestsOnSqlServer(SqlServerPortal portal) : TagsAndRelatedTests(portal), IClassFixture<SqlServerPortal>;
