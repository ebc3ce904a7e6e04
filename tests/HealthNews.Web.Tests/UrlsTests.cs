namespace HealthNews.Web.Tests;

public class UrlsTests
{
    [Fact]
    public void FillPutsTheValuesInThePlaceholdersInOrder() =>
        Assert.Equal("/admin/bai-viet/7/lich-su/12/khoi-phuc", Urls.Fill("/admin/bai-viet/{id:int}/lich-su/{revisionId:int}/khoi-phuc", 7, 12));

    [Fact]
    public void FillEscapesEachValueForAPathSegment() =>
        Assert.Equal("/tin-tuc/B%E1%BB%99%20Y%20t%E1%BA%BF%2Fa%3Fb%3Dc%26d", Urls.Fill(Urls.ArticleRoute, "Bộ Y tế/a?b=c&d"));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void FillRefusesTooFewOrTooManyValues(int count) =>
        Assert.Throws<ArgumentException>(() => Urls.Fill("/a/{x}/b/{y:int}", [.. Enumerable.Range(1, count).Cast<object>()]));

    [Fact]
    public void QueryLeavesOutEmptyValuesAndEscapesTheRest()
    {
        Assert.Equal("", Urls.Query(("q", null), ("page", "")));
        Assert.Equal("?q=s%E1%BB%91t%20xu%E1%BA%A5t%20huy%E1%BA%BFt%20%26%20c%C3%BAm&page=2", Urls.Query(("q", "sốt xuất huyết & cúm"), ("x", null), ("page", "2")));
    }

    [Fact]
    public void AdminBuildersFillTheTemplatesTheControllersRouteBy()
    {
        Assert.Equal("/admin/bai-viet/7/sua", Urls.Admin.ArticleEdit(7));
        Assert.Equal("/admin/nguoi-dung/a%2Fb/khoa", Urls.Admin.UserLock("a/b"));
        Assert.Equal("/admin/bai-viet?Status=Draft&AuthorId=u1&Page=3", Urls.Admin.ArticleList(status: "Draft", authorId: "u1", page: 3));
        Assert.Equal("/admin/thu-vien", Urls.Admin.MediaList(null, 1));
        Assert.Equal("/admin/bai-viet?Status=Draft&Sort=title&Order=asc&PageSize=50&Page=2",
            Urls.Admin.ArticleList(status: "Draft", page: 2, sort: "title", order: "asc", pageSize: 50));
        Assert.Equal("/admin/bai-viet/hang-loat", Urls.Admin.ArticleBulk);
        Assert.Equal("/admin/nhat-ky?UserId=u1&Action=article.published&From=2026-12-01", Urls.Admin.AuditList("u1", "article.published", "2026-12-01"));
        Assert.Equal("/admin/nguoi-dung#nguoi-dung-u1", Urls.Admin.User("u1"));
        Assert.Equal("/chuyen-muc/tin-tong-hop?page=2", Urls.Category("tin-tong-hop", 2));
    }

    [Theory]
    [InlineData("bo-truong-tiep-doan-who")]
    [InlineData("Bộ Y tế/a?b=c&d")]
    public void PublicLinksBuiltOnEveryPageAgreeWithTheirRouteTemplates(string slug)
    {
        Assert.Equal(Urls.Fill(Urls.ArticleRoute, slug), Urls.Article(slug));
        Assert.Equal(Urls.Fill(Urls.CategoryRoute, slug), Urls.Category(slug));
        Assert.Equal(Urls.Fill(Urls.CategoryRoute, slug) + "?page=3", Urls.Category(slug, 3));
        Assert.Equal(Urls.Fill(Urls.CategoryFeedRoute, slug), Urls.CategoryFeed(slug));
    }

    [Fact]
    public void FeedAndSitemapAddressesAreTheOnesCrawlersExpect()
    {
        Assert.Equal("/rss", Urls.Feed);
        Assert.Equal("/chuyen-muc/tin-tong-hop/rss", Urls.CategoryFeed("tin-tong-hop"));
        Assert.Equal("/sitemap.xml", Urls.Sitemap);
        Assert.Equal("/sitemap-articles-2.xml", Urls.SitemapArticles(2));
        Assert.Equal("/sitemap-news.xml", Urls.SitemapNews);
    }
}
