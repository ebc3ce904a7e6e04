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
    public const string ArticlePinned = "article.pinned";
    public const string ArticleUnpinned = "article.unpinned";
    public const string ArticleRevisionRestored = "article.revision-restored";
    public const string ArticleLanguageChanged = "article.language-changed";
    public const string ArticleTranslationLinked = "article.translation-linked";
    public const string ArticleTranslationUnlinked = "article.translation-unlinked";
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
    public const string OldAddressesImported = "old-addresses.imported";
}
