using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;

namespace HealthNews.Core.Audit;

/// <summary>Actions recorded in the audit trail.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignInLockedOut = "signin.locked-out";
    public const string SignedOut = "signout";
    public const string ArticleCreated = "article.created";
    public const string ArticleSaved = "article.saved";
    public const string ArticleSubmitted = "article.submitted";
    public const string ArticleReturned = "article.returned";
    public const string ArticlePublished = "article.published";
    public const string ArticleScheduled = "article.scheduled";
    public const string ArticleChangesPublished = "article.changes-published";
    public const string ArticleUnpublished = "article.unpublished";
    public const string ArticleArchived = "article.archived";
    public const string ArticlePurged = "article.purged";
    public const string ArticleRevisionRestored = "article.revision-restored";
    public const string MediaUploaded = "media.uploaded";
    public const string MediaDeleted = "media.deleted";
    public const string CategoryCreated = "category.created";
    public const string CategoryUpdated = "category.updated";
    public const string CategoryDeleted = "category.deleted";
    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles-changed";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string UserPasswordReset = "user.password-reset";
    public const string PollCreated = "poll.created";
    public const string PollUpdated = "poll.updated";
    public const string PollOpened = "poll.opened";
    public const string PollReopened = "poll.reopened";
    public const string PollClosed = "poll.closed";
    public const string PollArchived = "poll.archived";
    public const string PollFeatured = "poll.featured";
}

/// <summary>
/// Adds audit events to the caller's unit of work, so that an action and its record are saved in the same
/// transaction. The trail has no update or delete path.
/// </summary>
public sealed class AuditLog(HealthNewsDbContext db, TimeProvider clock)
{
    public void Record(Actor actor, string action, string? entityType = null, object? entityId = null, string details = "")
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = Truncate(actor.DisplayName, 256),
            Action = action,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Details = Truncate(details, 4000),
            IpAddress = actor.IpAddress,
        });
    }

    /// <summary>Records and saves at once, for events that change nothing else (sign-ins).</summary>
    public async Task RecordNowAsync(Actor actor, string action, string? entityType = null, object? entityId = null, string details = "",
        CancellationToken cancellationToken = default)
    {
        Record(actor, action, entityType, entityId, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
