namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The old addresses page: how many are known, and what the editor pasted (kept when it is refused).</summary>
public sealed record OldAddressesPage(int Count, string? Text);
