namespace HealthNews.Core.OldAddresses;

/// <summary>Where an old address leads: a path an editor gave, or an article or a category by its slug here.</summary>
public sealed record OldAddressTarget(string? Path, string? ArticleSlug, string? CategorySlug);
