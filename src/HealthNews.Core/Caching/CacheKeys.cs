using System.Globalization;

namespace HealthNews.Core.Caching;

/// <summary>The keys of what <see cref="PublicDataCache"/> keeps in memory, each with the tag that evicts it.</summary>
public static class CacheKeys
{
    /// <summary>Every category in menu order (tag <see cref="CacheTags.Categories"/>).</summary>
    public const string Categories = "categories";

    /// <summary>The poll the sidebar shows (tag <see cref="CacheTags.Polls"/>).</summary>
    public const string FeaturedPoll = "featured-poll";

    /// <summary>A public poll with its options, as voting checks ballots against it (tag <see cref="CacheTags.Polls"/>).</summary>
    public static string BallotBox(int pollId) => "ballot-box:" + pollId.ToString(CultureInfo.InvariantCulture);

    /// <summary>When the next scheduled article goes public (tag <see cref="CacheTags.Articles"/>).</summary>
    public const string NextScheduledPublish = "next-scheduled-publish";

    /// <summary>The home page's lead story and sections (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string Home(int itemsPerCategory) => "home:" + itemsPerCategory.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Xuất bản thông tin": the newest <paramref name="count"/> items (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string Latest(int count) => "latest:" + count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A category's newest <paramref name="count"/> items, for "Tin liên quan" (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string NewestInCategory(int categoryId, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"newest-in-category:{categoryId}:{count}");

    /// <summary>How many published items the given categories hold, for paging (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string PublishedCount(IEnumerable<int> categoryIds) =>
        "published-count:" + string.Join(',', categoryIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>An article's tags and visible hand-picked related items (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string ArticleLinks(int articleId) => "article-links:" + articleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many visible articles carry a tag, for paging its page (tag <see cref="CacheTags.Articles"/>).</summary>
    public static string TagPublishedCount(int tagId) => "tag-published-count:" + tagId.ToString(CultureInfo.InvariantCulture);
}
