using System.Globalization;
using HealthNews.Web.Areas.Admin.Models;

namespace HealthNews.Web;

// The admin area's half of the addresses (Urls.cs holds the public ones).
public static partial class Urls
{
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

        /// <summary>The query name of the edited article's language ("vi", "en") in the editor's searches and address proposal.</summary>
        public const string LanguageQuery = "ngon-ngu";

        /// <summary>
        /// The "Bản dịch của" picker's search (JSON): originals in the other language than <see cref="LanguageQuery"/>, the
        /// edited article's, for the words <see cref="RelatedSearchQuery"/>, never <see cref="RelatedSearchExcept"/>.
        /// </summary>
        public const string ArticleOriginalSearch = Articles + "/tim-ban-goc";
        public const string ArticleUnlinkTranslationRoute = Articles + "/{id:int}/bo-lien-ket-ban-dich";
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
            string? sort = null, string? order = null, int? pageSize = null, string? language = null) =>
            Articles + Query(
                (nameof(ArticleFilterModel.Status), status),
                (nameof(ArticleFilterModel.Language), language),
                (nameof(ArticleFilterModel.CategoryId), categoryId?.ToString(CultureInfo.InvariantCulture)),
                (nameof(ArticleFilterModel.AuthorId), authorId),
                (nameof(ArticleFilterModel.Query), query),
                (nameof(ArticleFilterModel.Sort), sort),
                (nameof(ArticleFilterModel.Order), order),
                (nameof(ArticleFilterModel.PageSize), pageSize?.ToString(CultureInfo.InvariantCulture)),
                (nameof(ArticleFilterModel.Page), page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

        public static string ArticleEdit(int id) => Fill(ArticleEditRoute, id);

        /// <summary>The picker's search for <paramref name="query"/>, leaving out article <paramref name="exceptId"/>.</summary>
        public static string RelatedSearch(string? query, int? exceptId = null, string? language = null) =>
            ArticleRelatedSearch + Query((RelatedSearchQuery, query), (RelatedSearchExcept, exceptId?.ToString(CultureInfo.InvariantCulture)),
                (LanguageQuery, language));

        /// <summary>The "Bản dịch của" picker's search for <paramref name="query"/>, for article <paramref name="exceptId"/> written in <paramref name="language"/>.</summary>
        public static string OriginalSearch(string? query, int? exceptId = null, string? language = null) =>
            ArticleOriginalSearch + Query((RelatedSearchQuery, query), (RelatedSearchExcept, exceptId?.ToString(CultureInfo.InvariantCulture)),
                (LanguageQuery, language));

        public static string ArticleUnlinkTranslation(int id) => Fill(ArticleUnlinkTranslationRoute, id);
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
}
