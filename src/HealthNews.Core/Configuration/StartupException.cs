namespace HealthNews.Core.Configuration;

/// <summary>
/// The portal can't start as configured (an unknown provider, a missing connection string, an unreachable
/// database). The message is one clear sentence for the operator's log; no stack trace is needed.
/// </summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message)
    {
    }

    public StartupException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StartupException()
    {
    }
}
