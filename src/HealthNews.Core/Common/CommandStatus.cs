namespace HealthNews.Core.Common;

public enum CommandStatus
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,

    /// <summary>The server's storage is full: nothing was written; an administrator must make room.</summary>
    StorageFull,
}
