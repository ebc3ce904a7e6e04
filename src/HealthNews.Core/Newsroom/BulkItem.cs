using HealthNews.Core.Common;

namespace HealthNews.Core.Newsroom;

/// <summary>One checked article: its title (or "#id" when it no longer exists) and what its command answered.</summary>
public sealed record BulkItem(int Id, string Title, CommandResult Result);
