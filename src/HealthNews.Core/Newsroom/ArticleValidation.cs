using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// What the article form must hold before anything is saved, field by field, in Vietnamese. Lengths come from
/// <see cref="FieldLimits"/>, the same numbers as the columns, so that a value never fails at save time instead. The
/// edition and translation link are checked by <see cref="ArticleEditions"/>; the article is null when one is being created.
/// </summary>
internal sealed class ArticleValidation(HealthNewsDbContext db, ArticleSlugs slugs)
{
    public async Task<Dictionary<string, string>> ValidateAsync(ArticleInput input, Article? article, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var articleId = article?.Id;
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors[nameof(ArticleInput.Title)] = "Vui lòng nhập tiêu đề.";
        }
        CheckLength(errors, nameof(ArticleInput.Title), input.Title?.Trim(), FieldLimits.Article.Title, "Tiêu đề");
        CheckLength(errors, nameof(ArticleInput.Summary), input.Summary?.Trim(), FieldLimits.Article.Summary, "Tóm tắt");
        CheckLength(errors, nameof(ArticleInput.SeoDescription), input.SeoDescription?.Trim(), FieldLimits.Article.SeoDescription, "Mô tả SEO");
        CheckLength(errors, nameof(ArticleInput.FeaturedImageAlt), input.FeaturedImageAlt?.Trim(), FieldLimits.Article.FeaturedImageAlt,
            "Mô tả ảnh đại diện (alt)");
        CheckLength(errors, nameof(ArticleInput.FeaturedImageCaption), input.FeaturedImageCaption?.Trim(), FieldLimits.Article.FeaturedImageCaption,
            "Chú thích ảnh đại diện");
        if (!await db.Categories.AnyAsync(c => c.Id == input.CategoryId, cancellationToken))
        {
            errors[nameof(ArticleInput.CategoryId)] = "Vui lòng chọn chuyên mục.";
        }
        if (input.FeaturedImageId is { } imageId)
        {
            if (!await db.MediaFiles.AnyAsync(m => m.Id == imageId && m.ContentType.StartsWith("image/"), cancellationToken))
            {
                errors[nameof(ArticleInput.FeaturedImageId)] = "Ảnh đại diện không tồn tại trong thư viện.";
            }
            else if (string.IsNullOrWhiteSpace(input.FeaturedImageAlt))
            {
                errors[nameof(ArticleInput.FeaturedImageAlt)] = "Ảnh đại diện cần có mô tả (alt) cho người không xem được ảnh.";
            }
        }
        var attachments = input.AttachmentIds.Distinct().ToList();
        if (attachments.Count > 0 && await db.MediaFiles.CountAsync(m => attachments.Contains(m.Id), cancellationToken) != attachments.Count)
        {
            errors[nameof(ArticleInput.AttachmentIds)] = "Có tệp đính kèm không còn trong thư viện.";
        }
        CheckTags(errors, input.Tags);
        await CheckRelatedAsync(errors, input.RelatedArticleIds, articleId, cancellationToken);
        await new ArticleEditions(db).CheckAsync(errors, input, article, cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.Slug))
        {
            var slug = VietnameseText.Slugify(input.Slug);
            if (await slugs.IsTakenAsync(slug, input.Language, articleId, cancellationToken))
            {
                errors[nameof(ArticleInput.Slug)] = $"Đường dẫn “{slug}” đã được dùng cho bài khác.";
            }
        }
        return errors;
    }

    private static void CheckTags(Dictionary<string, string> errors, IReadOnlyList<string> tags)
    {
        const string Field = nameof(ArticleInput.Tags);
        if (tags.Count > FieldLimits.Tag.PerArticle)
        {
            errors[Field] = $"Mỗi bài có tối đa {FieldLimits.Tag.PerArticle} thẻ (bạn nhập {tags.Count}); các thẻ cách nhau bằng dấu phẩy.";
        }
        else if (tags.FirstOrDefault(t => t.Length > FieldLimits.Tag.Name) is { } tooLong)
        {
            errors[Field] = $"Thẻ “{VietnameseText.Excerpt(tooLong, 40)}” dài quá {FieldLimits.Tag.Name} ký tự (hiện có {tooLong.Length}); các thẻ cách nhau bằng dấu phẩy.";
        }
        else if (tags.FirstOrDefault(t => !TagNames.HasLetterOrDigit(t)) is { } empty)
        {
            errors[Field] = $"Thẻ “{empty}” cần có ít nhất một chữ cái hoặc chữ số.";
        }
    }

    private async Task CheckRelatedAsync(Dictionary<string, string> errors, IReadOnlyList<int> related, int? articleId, CancellationToken cancellationToken)
    {
        const string Field = nameof(ArticleInput.RelatedArticleIds);
        var ids = related.Distinct().ToList();
        if (ids.Count > FieldLimits.Article.RelatedPicks)
        {
            errors[Field] = $"Chỉ chọn được tối đa {FieldLimits.Article.RelatedPicks} tin liên quan (bạn chọn {ids.Count}).";
        }
        else if (articleId is { } self && ids.Contains(self))
        {
            errors[Field] = "Một bài không thể là tin liên quan của chính nó.";
        }
        else if (ids.Count > 0 && await db.Articles.CountAsync(a => ids.Contains(a.Id), cancellationToken) != ids.Count)
        {
            errors[Field] = "Có tin liên quan không còn tồn tại; hãy bỏ nó khỏi danh sách.";
        }
    }

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, int limit, string label)
    {
        if (value is not null && value.Length > limit && !errors.ContainsKey(field))
        {
            errors[field] = $"{label} không được dài quá {limit} ký tự (hiện có {value.Length}).";
        }
    }
}
