using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// The rules of an article's edition and translation link (ADR-017), in Vietnamese, keyed by field like the rest of the
/// form's checks. A pair is linked from one side: the translation points to its original, which points nowhere; an
/// original has at most one translation, and the two are in different languages. The language is fixed once the article
/// has been public, since its address belongs to its edition.
/// </summary>
internal sealed class ArticleEditions(HealthNewsDbContext db)
{
    private const string LanguageField = nameof(ArticleInput.Language);
    private const string TranslationField = nameof(ArticleInput.TranslationOfId);

    /// <summary>Whether readers have seen the article (or will at a set time): its language can no longer change.</summary>
    public static bool HasBeenPublic(Article article) => article.PublishedAtUtc is not null || article.Status == ArticleStatus.Published;

    public async Task CheckAsync(Dictionary<string, string> errors, ArticleInput input, Article? article, CancellationToken cancellationToken)
    {
        if (!ContentLanguage.IsKnown(input.Language))
        {
            errors[LanguageField] = "Ngôn ngữ không hợp lệ; hãy chọn Tiếng Việt hoặc Tiếng Anh.";
            return;
        }
        if (article is not null && article.Language != input.Language && HasBeenPublic(article))
        {
            errors[LanguageField] = $"Bài đã từng xuất bản bằng {ContentLanguage.VietnameseNameInSentence(article.Language)} nên không đổi được ngôn ngữ: địa chỉ của bài thuộc " +
                $"ấn bản đó. Hãy viết một bài mới bằng {ContentLanguage.VietnameseNameInSentence(input.Language)} và đặt nó làm bản dịch của bài này.";
            return;
        }
        var id = article?.Id;
        var translation = id is null ? null : await db.Articles.AsNoTracking().Where(a => a.TranslationOfId == id)
            .Select(a => new { a.Title, a.Language }).FirstOrDefaultAsync(cancellationToken);
        if (translation is not null && translation.Language == input.Language)
        {
            errors[LanguageField] = $"Bài này có bản dịch “{translation.Title}” bằng {ContentLanguage.VietnameseNameInSentence(translation.Language)}; hai bài của một cặp " +
                "phải khác ngôn ngữ. Hãy bỏ liên kết bản dịch trước khi đổi ngôn ngữ.";
        }
        if (input.TranslationOfId is not { } originalId)
        {
            return;
        }
        if (originalId == id)
        {
            errors[TranslationField] = "Một bài không thể là bản dịch của chính nó.";
            return;
        }
        if (translation is not null)
        {
            errors[TranslationField] = $"Bài này đã có bản dịch “{translation.Title}” trỏ tới nó, nên không thể đồng thời là bản dịch của bài " +
                "khác. Hãy bỏ liên kết đó trước.";
            return;
        }
        var original = await db.Articles.AsNoTracking().Where(a => a.Id == originalId)
            .Select(a => new
            {
                a.Title,
                a.Language,
                a.TranslationOfId,
                TranslatedBy = db.Articles.Where(t => t.TranslationOfId == a.Id && t.Id != id).Select(t => t.Title).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            errors[TranslationField] = $"Không có bài nào mang mã {originalId}; có thể bài gốc đã bị xoá.";
        }
        else if (original.Language == input.Language)
        {
            errors[TranslationField] = $"Bài “{original.Title}” cũng viết bằng {ContentLanguage.VietnameseNameInSentence(original.Language)}; bản dịch phải là bài ở ngôn ngữ kia.";
        }
        else if (original.TranslationOfId is not null)
        {
            errors[TranslationField] = $"Bài “{original.Title}” đã là bản dịch của một bài khác; hãy chọn chính bài gốc.";
        }
        else if (original.TranslatedBy is { } other)
        {
            errors[TranslationField] = $"Bài “{original.Title}” đã có bản dịch “{other}”; mỗi bài chỉ có một bản dịch.";
        }
    }

    /// <summary>"Đặt làm bản dịch của “…” (mã 12)", "Bỏ liên kết bản dịch với “…” (mã 12)": the audit trail's words for a changed link.</summary>
    public async Task<string> DescribeLinkAsync(int? fromId, int? toId, CancellationToken cancellationToken)
    {
        var ids = new[] { fromId, toId }.OfType<int>().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Title }) // not whole rows
            .ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        string Name(int articleId) => $"“{titles.GetValueOrDefault(articleId, "?")}” (mã {articleId})";
        return (fromId, toId) switch
        {
            (null, { } to) => "Đặt làm bản dịch của " + Name(to),
            ({ } from, null) => "Bỏ liên kết bản dịch với " + Name(from),
            ({ } from, { } to) => $"Đặt làm bản dịch của {Name(to)}, thay cho {Name(from)}",
            _ => "",
        };
    }
}
