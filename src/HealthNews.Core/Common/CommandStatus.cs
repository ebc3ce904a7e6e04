namespace HealthNews.Core.Common;

public enum CommandStatus
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}
