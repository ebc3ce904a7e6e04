using System.ComponentModel.DataAnnotations;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The article form as typed; it goes back to the editor unchanged when a save is refused.</summary>
public sealed class ArticleFormModel
{
    public int Id { get; set; }

    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    [Display(Name = "Đường dẫn (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Tóm tắt (sapo)")]
    public string? Summary { get; set; }

    [Display(Name = "Nội dung (Markdown)")]
    public string Body { get; set; } = "";

    [Display(Name = "Chuyên mục")]
    public int CategoryId { get; set; }

    /// <summary>The edition the article belongs to: "vi" or "en" (fixed once it has been public).</summary>
    [Display(Name = "Ngôn ngữ")]
    public string Language { get; set; } = ContentLanguage.Vietnamese;

    /// <summary>The original, in the other language, that this article translates; empty when it stands alone.</summary>
    [Display(Name = "Bản dịch của")]
    public int? TranslationOfId { get; set; }

    [Display(Name = "Ảnh đại diện")]
    public int? FeaturedImageId { get; set; }

    [Display(Name = "Mô tả ảnh đại diện (alt)")]
    public string? FeaturedImageAlt { get; set; }

    [Display(Name = "Chú thích ảnh đại diện")]
    public string? FeaturedImageCaption { get; set; }

    [Display(Name = "Mô tả SEO")]
    public string? SeoDescription { get; set; }

    [Display(Name = "Tệp đính kèm")]
    public List<int> AttachmentIds { get; set; } = [];

    /// <summary>The tags as typed, comma-separated ("sốt xuất huyết, tiêm chủng").</summary>
    [Display(Name = "Thẻ")]
    public string? Tags { get; set; }

    /// <summary>The hand-picked "Tin liên quan", in order (hidden fields, moved and removed by the picker's script).</summary>
    [Display(Name = "Tin liên quan")]
    public List<int> RelatedArticleIds { get; set; } = [];

    /// <summary>Without JavaScript: a recent article to add at the end of "Tin liên quan".</summary>
    public int? RelatedAdd { get; set; }

    /// <summary>Without JavaScript: picked articles to drop (their "Bỏ" boxes).</summary>
    public List<int> RelatedRemove { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }

    // What the lists offer; shown with the form, never bound from a post.
    [BindNever]
    public IReadOnlyList<SelectListItem> CategoryChoices { get; private set; } = [];

    /// <summary>The featured-image picker's pictures: the newest images and the one chosen now.</summary>
    [BindNever]
    public IReadOnlyList<MediaOption> ImageChoices { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> FileChoices { get; private set; } = [];

    /// <summary>About how much of a title search engines show in a result (Google cuts near 600 px, some 60–70 characters).</summary>
    public const int TitleShownBySearchEngines = 70;

    /// <summary>How many of the newest images the featured-image picker shows without a search.</summary>
    public const int FeaturedImageChoices = 24;

    /// <summary>The picked "Tin liên quan" as the form lists them, in order.</summary>
    [BindNever]
    public IReadOnlyList<RelatedPickLine> RelatedPicked { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> RelatedChoices { get; private set; } = [];

    /// <summary>The languages the form offers.</summary>
    public static IReadOnlyList<SelectListItem> LanguageChoices => Choices.Languages();

    /// <summary>The original this article translates (as the form names it) and the article that translates this one.</summary>
    [BindNever]
    public TranslationPartners Partners { get; private set; } = new(null, null);

    /// <summary>Whether the article has been public, which fixes its language.</summary>
    [BindNever]
    public bool LanguageLocked { get; private set; }

    /// <summary>"Bản gốc tiếng Việt", "Bản dịch tiếng Anh": how the form names a partner of the pair.</summary>
    public static string PartnerLabel(TranslationPartner partner, bool isOriginal)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return (isOriginal ? "Bản gốc " : "Bản dịch ") + ContentLanguage.VietnameseNameInSentence(partner.Language);
    }

    /// <summary>The translation pair to show and whether the language may still change.</summary>
    public ArticleFormModel InPair(TranslationPartners partners, bool languageLocked)
    {
        ArgumentNullException.ThrowIfNull(partners);
        Partners = partners;
        LanguageLocked = languageLocked;
        return this;
    }

    /// <summary>The categories, recent files and recent articles the form's lists offer, and the picked articles' titles.</summary>
    public ArticleFormModel Offering(ArticleFormOptions options, RelatedChoices related)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(related);
        CategoryChoices = Choices.Categories(options.Categories);
        var images = options.Media.Where(m => m.IsImage).ToList();
        ImageChoices = [.. images.Take(FeaturedImageChoices).Union(images.Where(m => m.Id == FeaturedImageId))];
        FileChoices = Choices.Media(options.Media);
        RelatedPicked = [.. related.Picked.Select(RelatedPickLine.From)];
        RelatedChoices = Choices.RelatedArticles(related.Recent);
        return this;
    }

    /// <summary>"Tin liên quan" as the editor left it: the picked ones but those marked "Bỏ", then the one added.</summary>
    public IReadOnlyList<int> PickedRelatedIds() =>
        [.. RelatedArticleIds.Where(id => !RelatedRemove.Contains(id)).Concat(RelatedAdd is { } added ? [added] : []).Distinct()];

    public ArticleInput ToInput() => new(Title ?? "", Slug, Summary, Body ?? "", CategoryId, FeaturedImageId, FeaturedImageAlt,
        FeaturedImageCaption, SeoDescription, AttachmentIds)
    {
        Tags = TagNames.Parse(Tags),
        RelatedArticleIds = PickedRelatedIds(),
        Language = string.IsNullOrEmpty(Language) ? ContentLanguage.Vietnamese : Language,
        TranslationOfId = TranslationOfId,
    };

    public static ArticleFormModel From(ArticleForEdit article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var c = article.Content;
        return new ArticleFormModel
        {
            Id = article.Id,
            Title = c.Title,
            Slug = c.Slug,
            Summary = c.Summary,
            Body = c.Body,
            CategoryId = c.CategoryId,
            FeaturedImageId = c.FeaturedImageId,
            FeaturedImageAlt = c.FeaturedImageAlt,
            FeaturedImageCaption = c.FeaturedImageCaption,
            SeoDescription = c.SeoDescription,
            AttachmentIds = c.AttachmentIds.ToList(),
            Tags = TagNames.Join(c.Tags),
            RelatedArticleIds = c.RelatedArticleIds.ToList(),
            Language = c.Language,
            TranslationOfId = c.TranslationOfId,
            ConcurrencyStamp = article.ConcurrencyStamp,
        };
    }
}

/// <summary>A picked "Tin liên quan" in the form: its title and date, and a note when readers can't see it.</summary>
public sealed record RelatedPickLine(int Id, string Text, string? Note)
{
    public static RelatedPickLine From(RelatedOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var text = option.PublishedAtUtc is { } published ? $"{option.Title} ({VietnamTime.DateAndTime(published)})" : option.Title;
        return new(option.Id, text, option.IsVisible ? null : "bạn đọc chưa thấy bài này, nó sẽ không hiện");
    }
}

/// <summary>One result of the picker's search, as its JSON carries it: id, title and date line (Vietnam time).</summary>
public sealed record RelatedSearchResult(int Id, string Title, string Date)
{
    public static RelatedSearchResult From(RelatedOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new(option.Id, option.Title, option.PublishedAtUtc is { } published ? VietnamTime.DateAndTime(published) : "");
    }
}

/// <summary>The edit page: the form, where the article stands, and what the signed-in person may do with it.</summary>
public sealed record ArticleEditPage(
    ArticleFormModel Form,
    ArticleForEdit? Article,
    bool CanPublish,
    bool CanPurge)
{
    public string StatusText => Article is null ? "Bài mới" : StatusLabels.For(Article.Status, Article.IsScheduled);

    /// <summary>Who else has the article open in the editor now ("Nguyễn Văn A (còn mở lúc 10:40)").</summary>
    public IReadOnlyList<string> OtherEditors { get; init; } = [];

    /// <summary>When the live version went out, in Vietnam time; null when never.</summary>
    public string? PublishedAt => Article?.PublishedAtUtc is { } utc ? VietnamTime.ListingDateLine(utc) : null;

    /// <summary>Why the article was sent back, shown to its author until it is sent for review again; null when it wasn't.</summary>
    public ReturnLine? Returned => Article?.Returned is { } note && Article.Status == ArticleStatus.Draft ? ReturnLine.From(note) : null;

    /// <summary>The form field of the reason, and how long it may be.</summary>
    public static string ReasonField => ArticlePublishing.ReasonField;

    public static int ReasonMaxLength => FieldLimits.Article.ReturnReason;
}

/// <summary>"Trả lại phóng viên" as the author reads it: the reason, who sent it back and when (Vietnam time).</summary>
public sealed record ReturnLine(string Reason, string ReturnedByName, string ReturnedAt)
{
    public static ReturnLine From(ReturnNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Reason, note.ReturnedByName, VietnamTime.ListingDateLine(note.ReturnedAtUtc));
    }
}

public static class StatusLabels
{
    /// <summary>The article list's status filter: every status, and "Scheduled" for published with a time to come.</summary>
    public static IReadOnlyList<SelectListItem> FilterChoices =>
    [
        new("Bản nháp", nameof(ArticleStatus.Draft)),
        new("Chờ duyệt", nameof(ArticleStatus.InReview)),
        new("Đã hẹn giờ", NewsroomQueries.ScheduledStatus),
        new("Đã xuất bản", nameof(ArticleStatus.Published)),
        new("Đã gỡ", nameof(ArticleStatus.Unpublished)),
        new("Lưu trữ", nameof(ArticleStatus.Archived)),
    ];

    public static string For(ArticleStatus status, bool isScheduled) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.InReview => "Chờ duyệt",
        ArticleStatus.Published when isScheduled => "Đã hẹn giờ",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Unpublished => "Đã gỡ",
        ArticleStatus.Archived => "Lưu trữ",
        _ => status.ToString(),
    };
}
