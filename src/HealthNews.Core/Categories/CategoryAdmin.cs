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
        if (await ValidateAsync(input, slug, null, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var category = new Category { Name = input.Name!.Trim(), Slug = slug, ParentId = input.ParentId, SortOrder = input.SortOrder };
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
        if (await ValidateAsync(input, slug, id, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        var before = $"{category.Name} ({category.Slug})";
        category.Name = input.Name.Trim();
        category.Slug = slug;
        category.ParentId = input.ParentId;
        category.SortOrder = input.SortOrder;
        audit.Record(actor, AuditActions.CategoryUpdated, nameof(Category), id, $"{before} → {category.Name} ({category.Slug})");
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

    private async Task<CommandResult?> ValidateAsync(CategoryInput input, string slug, int? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > FieldLimits.Category.Name)
        {
            return CommandResult.Invalid(nameof(CategoryInput.Name), $"Vui lòng nhập tên chuyên mục (tối đa {FieldLimits.Category.Name} ký tự).");
        }
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
        {
            return CommandResult.Invalid(nameof(CategoryInput.Slug), $"Đường dẫn “{slug}” đã được dùng cho chuyên mục khác.");
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
