namespace HealthNews.Core.Backups;

/// <summary>
/// A backup or restore that can't be done, or was refused (a non-empty data directory, a damaged archive). The message
/// is one sentence in Vietnamese for the operator; nothing was left half-written.
/// </summary>
public sealed class BackupException : Exception
{
    public BackupException(string message) : base(message)
    {
    }

    public BackupException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public BackupException()
    {
    }
}
