using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.OldAddresses;

/// <summary>
/// Editors' CSV of old addresses: one line per address, "old address,new address". The old one may be a full
/// moh.gov.vn link, its path or its slug; the new one a path on this site (or a full link to it). A file with any line
/// that can't be read changes nothing and says which lines, in Vietnamese; otherwise every line is added (or replaces the
/// old address's earlier line) in one transaction, with one audit event.
/// </summary>
public sealed class OldAddressImport(HealthNewsDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxLines = 20_000;

    public async Task<CommandResult> ImportAsync(string csv, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(actor);
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > MaxLines)
        {
            return CommandResult.Invalid("Tệp", $"Tệp có quá nhiều dòng: tối đa {MaxLines:N0} dòng mỗi lần.");
        }
        for (var i = 0; i < lines.Length && errors.Count < 20; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || (i == 0 && line.StartsWith("dia", StringComparison.OrdinalIgnoreCase) && !line.Contains('/', StringComparison.Ordinal)))
            {
                continue; // blank lines and a header line
            }
            var comma = line.IndexOfAny([',', ';', '\t']);
            if (comma < 0)
            {
                errors.Add($"Dòng {i + 1}: cần hai địa chỉ, cách nhau bởi dấu phẩy.");
                continue;
            }
            var (old, target) = (line[..comma].Trim().Trim('"'), line[(comma + 1)..].Trim().Trim('"'));
            var slug = OldSlug(old);
            var path = SitePath(target);
            if (slug is null)
            {
                errors.Add($"Dòng {i + 1}: không đọc được địa chỉ cũ «{Shorten(old)}».");
            }
            else if (path is null)
            {
                errors.Add($"Dòng {i + 1}: địa chỉ mới «{Shorten(target)}» phải là một đường dẫn của cổng này, bắt đầu bằng «/».");
            }
            else
            {
                rows[slug] = path;
            }
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid("Tệp", "Chưa nhập gì. " + string.Join(" ", errors));
        }
        if (rows.Count == 0)
        {
            return CommandResult.Invalid("Tệp", "Tệp không có dòng nào để nhập.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = new Dictionary<string, OldAddress>(StringComparer.Ordinal);
        foreach (var chunk in rows.Keys.Chunk(500))
        {
            foreach (var address in await db.OldAddresses.Where(a => chunk.Contains(a.OldSlug)).ToListAsync(cancellationToken))
            {
                existing[address.OldSlug] = address;
            }
        }
        foreach (var (slug, path) in rows)
        {
            if (existing.TryGetValue(slug, out var address))
            {
                address.TargetPath = path;
            }
            else
            {
                db.OldAddresses.Add(new OldAddress { OldSlug = slug, TargetPath = path, CreatedAtUtc = now });
            }
        }
        audit.Record(actor, AuditActions.OldAddressesImported, details: $"{rows.Count} địa chỉ cũ ({rows.Count - existing.Count} mới)");
        await db.SaveChangesAsync(cancellationToken); // one transaction: the rows and the audit event
        return CommandResult.Ok(message: $"Đã nhập {rows.Count} địa chỉ cũ ({rows.Count - existing.Count} địa chỉ mới, {existing.Count} địa chỉ được cập nhật).");
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => db.OldAddresses.CountAsync(cancellationToken);

    // A full link, a path, or a bare slug.
    private static string? OldSlug(string old)
    {
        if (Uri.TryCreate(old, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            old = uri.AbsolutePath;
        }
        if (old.StartsWith('/'))
        {
            return OldPortalLink.Parse(old.Split('?')[0])?.Slug;
        }
        var slug = old.ToLowerInvariant();
        return slug.Length is > 0 and <= FieldLimits.Slug && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') ? slug : null;
    }

    private static string? SitePath(string target)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            target = uri.PathAndQuery;
        }
        return target.Length is > 1 and <= FieldLimits.SitePath && target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal)
            && !target.Any(char.IsWhiteSpace) && !target.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? target : null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
