using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Categories;

/// <summary>Creates, renames, nests, reorders and deletes categories; editors and administrators only.</summary>
public sealed class CategoryAdmin(HealthNewsDbContext db, AuditLog audit, IPublicCache cache)
{
    public async Task<CommandResult> CreateAsync(CategoryInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(actor) is { } refusal)
        {
            return refusal;
        }
        var slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(input.Slug) ? input.Name ?? "" : input.Slug);
        var english = English(input, slug, null);
        if (await ValidateAsync(input, slug, english, null, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var category = new Category
        {
            Name = input.Name!.Trim(), Slug = slug, EnglishName = english.Name, EnglishSlug = english.Slug, ParentId = input.ParentId, SortOrder = input.SortOrder,
        };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.CategoryCreated, nameof(Category), category.Id, category.Name);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync([CacheTags.Categories, CacheTags.Articles], cancellationToken);
        return CommandResult.Ok(category.Id, $"Đã tạo chuyên mục “{category.Name}”.");
    }

    public async Task<CommandResult> UpdateAsync(int id, CategoryInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(actor) is { } refusal)
        {
            return refusal;
        }
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return CommandResult.NotFound();
        }
        var slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(input.Slug) ? category.Slug : input.Slug);
        var english = English(input, slug, category);
        if (await ValidateAsync(input, slug, english, id, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var before = $"{category.Name} ({category.Slug})";
        var englishBefore = $"{category.EnglishName} ({category.EnglishSlug})";
        category.Name = input.Name.Trim();
        category.Slug = slug;
        category.EnglishName = english.Name;
        category.EnglishSlug = english.Slug;
        category.ParentId = input.ParentId;
        category.SortOrder = input.SortOrder;
        var englishAfter = $"{category.EnglishName} ({category.EnglishSlug})";
        audit.Record(actor, AuditActions.CategoryUpdated, nameof(Category), id, $"{before} → {category.Name} ({category.Slug})"
            + (englishAfter == englishBefore ? "" : $"; tiếng Anh: {englishBefore} → {englishAfter}"));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync([CacheTags.Categories, CacheTags.Articles], cancellationToken);
        return CommandResult.Ok(id, $"Đã lưu chuyên mục “{category.Name}”.");
    }

    public async Task<CommandResult> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(actor) is { } refusal)
        {
            return refusal;
        }
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return CommandResult.NotFound();
        }
        var articles = await db.Articles.CountAsync(a => a.CategoryId == id, cancellationToken);
        if (articles > 0)
        {
            return CommandResult.Conflict($"Không xoá được “{category.Name}”: chuyên mục còn {articles} bài viết (kể cả bản nháp và bài lưu trữ). Hãy chuyển các bài sang chuyên mục khác trước.");
        }
        if (await db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken))
        {
            return CommandResult.Conflict($"Không xoá được “{category.Name}”: chuyên mục còn chuyên mục con.");
        }
        db.Categories.Remove(category);
        audit.Record(actor, AuditActions.CategoryDeleted, nameof(Category), id, category.Name);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync([CacheTags.Categories, CacheTags.Articles], cancellationToken);
        return CommandResult.Ok(0, $"Đã xoá chuyên mục “{category.Name}”.");
    }

    private static CommandResult? Refusal(Actor actor) =>
        actor.CanPublish ? null : CommandResult.Forbidden("Chỉ biên tập viên mới quản lý chuyên mục.");

    // The English edition's name and slug (ADR-017): as typed, else the Vietnamese name and a slug made from the English
    // name, else the Vietnamese slug; a category being edited keeps its English slug when the field is left empty.
    private static (string Name, string Slug) English(CategoryInput input, string slug, Category? category)
    {
        var typedName = string.IsNullOrWhiteSpace(input.EnglishName) ? null : input.EnglishName.Trim();
        var name = typedName ?? input.Name?.Trim() ?? "";
        var englishSlug = !string.IsNullOrWhiteSpace(input.EnglishSlug) ? VietnameseText.Slugify(input.EnglishSlug)
            : category is { EnglishSlug.Length: > 0 } ? category.EnglishSlug
            : typedName is not null ? VietnameseText.Slugify(typedName)
            : slug;
        return (name, englishSlug);
    }

    private async Task<CommandResult?> ValidateAsync(CategoryInput input, string slug, (string Name, string Slug) english, int? id,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > FieldLimits.Category.Name)
        {
            return CommandResult.Invalid(nameof(CategoryInput.Name), $"Vui lòng nhập tên chuyên mục (tối đa {FieldLimits.Category.Name} ký tự).");
        }
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
        {
            return CommandResult.Invalid(nameof(CategoryInput.Slug), $"Đường dẫn “{slug}” đã được dùng cho chuyên mục khác.");
        }
        if (english.Name.Length > FieldLimits.Category.Name)
        {
            return CommandResult.Invalid(nameof(CategoryInput.EnglishName), $"Tên tiếng Anh không được dài quá {FieldLimits.Category.Name} ký tự.");
        }
        if (english.Slug.Length == 0)
        {
            return CommandResult.Invalid(nameof(CategoryInput.EnglishSlug), "Đường dẫn tiếng Anh cần có ít nhất một chữ cái hoặc chữ số.");
        }
        if (await db.Categories.AnyAsync(c => c.EnglishSlug == english.Slug && c.Id != id, cancellationToken))
        {
            return CommandResult.Invalid(nameof(CategoryInput.EnglishSlug),
                $"Đường dẫn tiếng Anh “{english.Slug}” đã được dùng cho chuyên mục khác.");
        }
        if (input.ParentId is { } parentId)
        {
            // Walk up from the new parent: meeting this category there would make a loop.
            var parents = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken);
            if (!parents.ContainsKey(parentId))
            {
                return CommandResult.Invalid(nameof(CategoryInput.ParentId), "Chuyên mục cha không tồn tại.");
            }
            for (int? current = parentId; current is not null; current = parents.GetValueOrDefault(current.Value))
            {
                if (current == id)
                {
                    return CommandResult.Invalid(nameof(CategoryInput.ParentId), "Không thể đặt chuyên mục vào trong chính nó hoặc chuyên mục con của nó.");
                }
            }
        }
        return null;
    }
}
