using System.Globalization;
using HealthNews.Core.Media;
using HealthNews.Web.Areas.Admin.Models;

namespace HealthNews.Web;

/// <summary>
/// Every address of the portal, in one place. Each route template is a constant that the controller's attribute uses,
/// and the method that builds a link fills the same template, so renaming an address is a one-line change here.
/// Media addresses are Core's (<see cref="MediaUrls"/>), as article bodies store them.
/// </summary>
public static class Urls
{
    public const string HomeRoute = "/";
    public const string ArticleRoute = "/tin-tuc/{slug}";
    public const string CategoryRoute = "/chuyen-muc/{slug}";
    public const string TagRoute = "/tag/{slug}";
    public const string PollsRoute = "/tham-do-y-kien";
    public const string PollRoute = PollsRoute + "/{id:int}";
    public const string PollVoteRoute = PollRoute + "/bieu-quyet";
    public const string SearchRoute = "/tim-kiem";
    public const string ErrorsPath = "/loi";
    public const string ErrorRoute = ErrorsPath + "/{statusCode:int?}";
    public const string MediaRoute = MediaUrls.Route;
    public const string MediaVariantRoute = MediaUrls.VariantRoute;
    public const string FeedRoute = "/rss";
    public const string CategoryFeedRoute = CategoryRoute + "/rss";
    public const string SitemapRoute = "/sitemap.xml";
    public const string SitemapPagesRoute = "/sitemap-pages.xml";
    public const string SitemapArticlesRoute = "/sitemap-articles-{part:int}.xml";
    public const string SitemapNewsRoute = "/sitemap-news.xml";
    public const string RobotsRoute = "/robots.txt";

    // The English edition (ADR-017): the same pages under "/en", with English words in the address.
    public const string EnglishRoot = "/en";
    public const string EnglishHomeRoute = EnglishRoot;
    public const string EnglishArticleRoute = EnglishRoot + "/news/{slug}";
    public const string EnglishCategoryRoute = EnglishRoot + "/category/{slug}";
    public const string EnglishTagRoute = EnglishRoot + "/tag/{slug}";
    public const string EnglishPollsRoute = EnglishRoot + "/polls";
    public const string EnglishPollRoute = EnglishPollsRoute + "/{id:int}";
    public const string EnglishPollVoteRoute = EnglishPollRoute + "/vote";
    public const string EnglishSearchRoute = EnglishRoot + "/search";
    public const string EnglishFeedRoute = EnglishRoot + "/rss";
    public const string EnglishCategoryFeedRoute = EnglishCategoryRoute + "/rss";
    public const string EnglishSitemapRoute = EnglishRoot + "/sitemap.xml";
    public const string EnglishSitemapPagesRoute = EnglishRoot + "/sitemap-pages.xml";
    public const string EnglishSitemapArticlesRoute = EnglishRoot + "/sitemap-articles-{part:int}.xml";

    /// <summary>The touch icon (180 px), which also stands for the publisher's logo in search engines' data.</summary>
    public const string PublisherLogo = "/apple-touch-icon.png";
    public const string HealthLive = "/health/live";
    public const string HealthReady = "/health/ready";

    // Article and category links are built dozens of times per public page: the part of each template before its one
    // placeholder is taken once, and each link is a concatenation.
    private static readonly (string Article, string Category, string Tag) VietnamesePrefixes =
        (PrefixOf(ArticleRoute), PrefixOf(CategoryRoute), PrefixOf(TagRoute));

    private static readonly (string Article, string Category, string Tag) EnglishPrefixes =
        (PrefixOf(EnglishArticleRoute), PrefixOf(EnglishCategoryRoute), PrefixOf(EnglishTagRoute));

    private static (string Article, string Category, string Tag) Prefixes(Edition edition) => edition.IsEnglish ? EnglishPrefixes : VietnamesePrefixes;

    // The links below without an edition are the current request's edition's (Edition.Current): a page links within
    // its own edition; the language switch, the hreflang alternates, the sitemaps and the admin area name theirs.

    public static string Home => HomeOf(Edition.Current);

    public static string HomeOf(Edition edition) => edition.IsEnglish ? EnglishHomeRoute : HomeRoute;

    public static string Article(string slug) => Article(slug, Edition.Current);

    public static string Article(string slug, Edition edition) => Prefixes(edition).Article + Uri.EscapeDataString(slug);

    public static string Category(string slug, int page = 1) => Category(slug, Edition.Current, page);

    public static string Category(string slug, Edition edition, int page = 1) =>
        Prefixes(edition).Category + Uri.EscapeDataString(slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A tag's page of articles.</summary>
    public static string Tag(string slug, int page = 1) =>
        Prefixes(Edition.Current).Tag + Uri.EscapeDataString(slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The search page of the current edition, where the search boxes send their words.</summary>
    public static string SearchPage => Edition.Current.IsEnglish ? EnglishSearchRoute : SearchRoute;

    /// <summary>The search page for <paramref name="query"/> with its filters; empty ones are left out.</summary>
    public static string Search(string? query, string? category = null, string? from = null, string? to = null, int page = 1) =>
        SearchPage + Query(
            ("q", query),
            ("chuyen-muc", category),
            ("tu", from),
            ("den", to),
            ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    public static string Polls => Edition.Current.IsEnglish ? EnglishPollsRoute : PollsRoute;

    public static string Feed => FeedOf(Edition.Current);

    public static string FeedOf(Edition edition) => edition.IsEnglish ? EnglishFeedRoute : FeedRoute;

    public static string CategoryFeed(string slug) => Fill(Edition.Current.IsEnglish ? EnglishCategoryFeedRoute : CategoryFeedRoute, slug);

    /// <summary>The current edition's sitemap index (each edition has its own set, ADR-017).</summary>
    public static string Sitemap => SitemapOf(Edition.Current);

    public static string SitemapOf(Edition edition) => edition.IsEnglish ? EnglishSitemapRoute : SitemapRoute;

    public static string SitemapPages => Edition.Current.IsEnglish ? EnglishSitemapPagesRoute : SitemapPagesRoute;

    public static string SitemapArticles(int part) => Fill(Edition.Current.IsEnglish ? EnglishSitemapArticlesRoute : SitemapArticlesRoute, part);

    public static string SitemapNews => SitemapNewsRoute;

    public static string Poll(int id) => Fill(Edition.Current.IsEnglish ? EnglishPollRoute : PollRoute, id);

    public static string PollVote(int id) => Fill(Edition.Current.IsEnglish ? EnglishPollVoteRoute : PollVoteRoute, id);

    /// <summary>The id of the results (or of the line saying when they will be public) on a poll's page.</summary>
    public const string PollResultsFragment = "ket-qua";

    public static string PollResults(int id) => Poll(id) + "#" + PollResultsFragment;

    /// <summary>The admin area's addresses, every one under <see cref="Root"/>.</summary>
    public static class Admin
    {
        public const string Root = "/admin";

        /// <summary>Whether an address lies in the admin area.</summary>
        public static bool Contains(string? path) => new PathString(path).StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
        public const string SignIn = Root + "/dang-nhap";
        public const string SignOut = Root + "/dang-xuat";
        public const string AccessDenied = Root + "/khong-co-quyen";

        public const string Articles = Root + "/bai-viet";
        public const string ArticleCreate = Articles + "/tao";
        public const string ArticleBulk = Articles + "/hang-loat";
        public const string ArticleEditRoute = Articles + "/{id:int}/sua";

        /// <summary>The "Tin liên quan" picker's search (JSON): <see cref="RelatedSearchQuery"/> the words, <see cref="RelatedSearchExcept"/> the article edited.</summary>
        public const string ArticleRelatedSearch = Articles + "/tim-tin-lien-quan";
        public const string RelatedSearchQuery = "q";
        public const string RelatedSearchExcept = "tru";
        public const string ArticlePreviewRoute = Articles + "/{id:int}/xem-truoc";
        public const string ArticleSubmitRoute = Articles + "/{id:int}/gui-duyet";
        public const string ArticleReturnRoute = Articles + "/{id:int}/tra-lai";
        public const string ArticlePublishRoute = Articles + "/{id:int}/xuat-ban";
        public const string ArticlePublishChangesRoute = Articles + "/{id:int}/xuat-ban-thay-doi";
        public const string ArticleUnpublishRoute = Articles + "/{id:int}/go-xuong";
        public const string ArticlePinRoute = Articles + "/{id:int}/ghim";
        public const string ArticleUnpinRoute = Articles + "/{id:int}/bo-ghim";
        public const string ArticleArchiveRoute = Articles + "/{id:int}/luu-tru";
        public const string ArticlePurgeRoute = Articles + "/{id:int}/xoa-vinh-vien";
        public const string ArticleHistoryRoute = Articles + "/{id:int}/lich-su";
        public const string ArticleCompareRoute = ArticleHistoryRoute + "/so-sanh";
        public const string ArticleRestoreRoute = ArticleHistoryRoute + "/{revisionId:int}/khoi-phuc";

        // The editor's helpers, called by its script (js/admin/editor.js), which reads them from the form's data- attributes.
        public const string ArticleLivePreview = Articles + "/xem-truoc-truc-tiep";
        public const string ArticleCreateAutosave = ArticleCreate + "/tu-dong-luu";
        public const string ArticleAutosaveRoute = Articles + "/{id:int}/tu-dong-luu";
        public const string ArticleEditorsRoute = Articles + "/{id:int}/nguoi-dang-sua";
        public const string ArticleSlugProposal = Articles + "/duong-dan";
        public const string MediaPicker = Root + "/thu-vien/chon-anh";
        public const string MediaUploadImage = Root + "/thu-vien/tai-len-anh";

        public static string ArticleAutosave(int id) => Fill(ArticleAutosaveRoute, id);
        public static string ArticleEditors(int id) => Fill(ArticleEditorsRoute, id);

        /// <summary>The query names of the two revisions that <see cref="ArticleCompareRoute"/> compares.</summary>
        public const string CompareFrom = "tu";
        public const string CompareTo = "den";

        public const string Media = Root + "/thu-vien";
        public const string MediaUpload = Media + "/tai-len";
        public const string MediaDeleteRoute = Media + "/{id:int}/xoa";
        public const string MediaOriginalRoute = Media + "/{id:int}/ban-goc";

        public const string Categories = Root + "/chuyen-muc";
        public const string OldAddresses = Root + "/dia-chi-cu";
        public const string OldAddressesImport = OldAddresses + "/nhap";
        public const string CategoryEditRoute = Categories + "/{id:int}/sua";
        public const string CategoryDeleteRoute = Categories + "/{id:int}/xoa";

        public const string Users = Root + "/nguoi-dung";
        public const string UserRolesRoute = Users + "/{id}/vai-tro";
        public const string UserLockRoute = Users + "/{id}/khoa";
        public const string UserUnlockRoute = Users + "/{id}/mo-khoa";
        public const string UserResetPasswordRoute = Users + "/{id}/dat-lai-mat-khau";

        public const string Audit = Root + "/nhat-ky";

        public const string Polls = Root + "/tham-do";
        public const string PollCreate = Polls + "/tao";
        public const string PollEditRoute = Polls + "/{id:int}/sua";
        public const string PollOpenRoute = Polls + "/{id:int}/mo";
        public const string PollCloseRoute = Polls + "/{id:int}/dong";
        public const string PollArchiveRoute = Polls + "/{id:int}/luu-tru";
        public const string PollFeatureRoute = Polls + "/{id:int}/hien-thi";
        public const string PollResultsRoute = Polls + "/{id:int}/ket-qua";
        public const string PollResultsCsvRoute = Polls + "/{id:int}/ket-qua.csv";

        /// <summary>The article list, filtered, sorted and paged; empty filters and the defaults are left out.</summary>
        public static string ArticleList(string? status = null, int? categoryId = null, string? authorId = null, string? query = null, int page = 1,
            string? sort = null, string? order = null, int? pageSize = null) =>
            Articles + Query(
                (nameof(ArticleFilterModel.Status), status),
                (nameof(ArticleFilterModel.CategoryId), categoryId?.ToString(CultureInfo.InvariantCulture)),
                (nameof(ArticleFilterModel.AuthorId), authorId),
                (nameof(ArticleFilterModel.Query), query),
                (nameof(ArticleFilterModel.Sort), sort),
                (nameof(ArticleFilterModel.Order), order),
                (nameof(ArticleFilterModel.PageSize), pageSize?.ToString(CultureInfo.InvariantCulture)),
                (nameof(ArticleFilterModel.Page), page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

        public static string ArticleEdit(int id) => Fill(ArticleEditRoute, id);

        /// <summary>The picker's search for <paramref name="query"/>, leaving out article <paramref name="exceptId"/>.</summary>
        public static string RelatedSearch(string? query, int? exceptId = null) =>
            ArticleRelatedSearch + Query((RelatedSearchQuery, query), (RelatedSearchExcept, exceptId?.ToString(CultureInfo.InvariantCulture)));
        public static string ArticlePreview(int id) => Fill(ArticlePreviewRoute, id);
        public static string ArticleSubmit(int id) => Fill(ArticleSubmitRoute, id);
        public static string ArticleReturn(int id) => Fill(ArticleReturnRoute, id);
        public static string ArticlePublish(int id) => Fill(ArticlePublishRoute, id);
        public static string ArticlePublishChanges(int id) => Fill(ArticlePublishChangesRoute, id);
        public static string ArticleUnpublish(int id) => Fill(ArticleUnpublishRoute, id);

        public static string ArticlePin(int id) => Fill(ArticlePinRoute, id);

        public static string ArticleUnpin(int id) => Fill(ArticleUnpinRoute, id);
        public static string ArticleArchive(int id) => Fill(ArticleArchiveRoute, id);
        public static string ArticlePurge(int id) => Fill(ArticlePurgeRoute, id);
        public static string ArticleHistory(int id) => Fill(ArticleHistoryRoute, id);
        public static string ArticleRestore(int id, int revisionId) => Fill(ArticleRestoreRoute, id, revisionId);

        /// <summary>The comparison page; the two revisions go in the query as <see cref="CompareFrom"/> and <see cref="CompareTo"/>.</summary>
        public static string ArticleCompare(int id) => Fill(ArticleCompareRoute, id);

        /// <summary>The media library, searched for <paramref name="query"/>.</summary>
        public static string MediaList(string? query = null, int page = 1) =>
            Media + Query(("q", query), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

        public static string MediaDelete(int id) => Fill(MediaDeleteRoute, id);

        /// <summary>The uploaded file as it came, with its metadata: for staff only (readers get variants, ADR-013).</summary>
        public static string MediaOriginal(int id) => Fill(MediaOriginalRoute, id);

        public static string CategoryEdit(int id) => Fill(CategoryEditRoute, id);
        public static string CategoryDelete(int id) => Fill(CategoryDeleteRoute, id);

        /// <summary>A person's line on the users page.</summary>
        public static string User(string id) => Users + "#" + UserAnchor(id);

        /// <summary>The id of a person's line on the users page.</summary>
        public static string UserAnchor(string id) => "nguoi-dung-" + id;

        public static string UserRoles(string id) => Fill(UserRolesRoute, id);
        public static string UserLock(string id) => Fill(UserLockRoute, id);
        public static string UserUnlock(string id) => Fill(UserUnlockRoute, id);
        public static string UserResetPassword(string id) => Fill(UserResetPasswordRoute, id);

        /// <summary>The audit trail, filtered by who (an account id), what and the days (yyyy-MM-dd); empty filters are left out.</summary>
        public static string AuditList(string? userId = null, string? action = null, string? from = null, string? to = null, int page = 1) =>
            Audit + Query(
                (nameof(AuditFilterModel.UserId), userId),
                (nameof(AuditFilterModel.Action), action),
                (nameof(AuditFilterModel.From), from),
                (nameof(AuditFilterModel.To), to),
                (nameof(AuditFilterModel.Page), page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

        public static string PollEdit(int id) => Fill(PollEditRoute, id);
        public static string PollOpen(int id) => Fill(PollOpenRoute, id);
        public static string PollClose(int id) => Fill(PollCloseRoute, id);
        public static string PollArchive(int id) => Fill(PollArchiveRoute, id);
        public static string PollFeature(int id) => Fill(PollFeatureRoute, id);
        public static string PollResults(int id) => Fill(PollResultsRoute, id);
        public static string PollResultsCsv(int id) => Fill(PollResultsCsvRoute, id);
    }

    // "/tin-tuc/" of "/tin-tuc/{slug}": the template must end with its only placeholder.
    private static string PrefixOf(string template) =>
        template.IndexOf('{', StringComparison.Ordinal) is var start and > 0 && template.IndexOf('}', StringComparison.Ordinal) == template.Length - 1
            ? template[..start]
            : throw new InvalidOperationException($"'{template}' must end with its only placeholder.");

    /// <summary>"?name=value&amp;…" for the pairs that have a value, each escaped; "" when none has.</summary>
    public static string Query(params (string Name, string? Value)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var given = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)).ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }

    /// <summary>
    /// The template with its placeholders (<c>{name}</c> or <c>{name:constraint}</c>) replaced in order by
    /// <paramref name="values"/>, each escaped for a path segment.
    /// </summary>
    public static string Fill(string template, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = new System.Text.StringBuilder(template.Length + 16);
        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                result.Append(template[i]);
                continue;
            }
            var end = template.IndexOf('}', i);
            if (end < 0 || next >= values.Length)
            {
                throw new ArgumentException($"The address '{template}' needs more values than the {values.Length} given.", nameof(values));
            }
            result.Append(Uri.EscapeDataString(Convert.ToString(values[next++], CultureInfo.InvariantCulture) ?? ""));
            i = end;
        }
        return next == values.Length ? result.ToString()
            : throw new ArgumentException($"The address '{template}' takes {next} value(s), not {values.Length}.", nameof(values));
    }
}
