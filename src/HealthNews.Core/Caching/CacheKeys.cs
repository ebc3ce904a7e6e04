using System.Globalization;
using HealthNews.Core.Common;

namespace HealthNews.Core.Caching;

/// <summary>
/// The keys of what <see cref="PublicDataCache"/> keeps in memory, each with the tag that evicts it; what differs by
/// edition carries its language, so that the editions never share an entry (ADR-017).
/// </summary>
public static class CacheKeys
{
    /// <summary>Every category in menu order (tag <see cref="CacheTags.Categories"/>).</summary>
    public const string Categories = "categories";

    /// <summary>The poll the Vietnamese edition's sidebar shows (tag <see cref="CacheTags.Polls"/>).</summary>
    public const string FeaturedPoll = "featured-poll";

    /// <summary>The poll an edition's sidebar shows (tag <see cref="CacheTags.Polls"/>).</summary>
    public static string FeaturedPollOf(string language) => FeaturedPoll + Suffix(language);

    /// <summary>A public poll with its options, as voting checks ballots against it (tag <see cref="CacheTags.Polls"/>).</summary>
    public static string BallotBox(int pollId) => "ballot-box:" + pollId.ToString(CultureInfo.InvariantCulture);

    /// <summary>When the next scheduled article goes public (tag <see cref="CacheTags.Articles"/>).</summary>
    public const string NextScheduledPublish = "next-scheduled-publish";

    /// <summary>The home page's lead story and sections (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string Home(int itemsPerCategory, string language = ContentLanguage.Vietnamese) =>
        "home:" + itemsPerCategory.ToString(CultureInfo.InvariantCulture) + Suffix(language);

    /// <summary>"Xuất bản thông tin": the newest <paramref name="count"/> items (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string Latest(int count, string language = ContentLanguage.Vietnamese) =>
        "latest:" + count.ToString(CultureInfo.InvariantCulture) + Suffix(language);

    /// <summary>A category's newest <paramref name="count"/> items, for "Tin liên quan" (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string NewestInCategory(int categoryId, int count, string language = ContentLanguage.Vietnamese) =>
        string.Create(CultureInfo.InvariantCulture, $"newest-in-category:{categoryId}:{count}") + Suffix(language);

    /// <summary>How many published items the given categories hold, for paging (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string PublishedCount(IEnumerable<int> categoryIds, string language = ContentLanguage.Vietnamese) =>
        "published-count:" + string.Join(',', categoryIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + Suffix(language);

    /// <summary>An article's tags and visible hand-picked related items (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string ArticleLinks(int articleId) => "article-links:" + articleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many visible articles carry a tag, for paging its page (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string TagPublishedCount(int tagId, string language = ContentLanguage.Vietnamese) =>
        "tag-published-count:" + tagId.ToString(CultureInfo.InvariantCulture) + Suffix(language);

    /// <summary>The categories that list something in an edition, for its menu (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string CategoriesWithNews(string language) => "categories-with-news" + Suffix(language);

    // The Vietnamese edition's keys are those it had before there were editions; the English ones end in "@en".
    private static string Suffix(string language) => language == ContentLanguage.Vietnamese ? "" : "@" + language;
}
