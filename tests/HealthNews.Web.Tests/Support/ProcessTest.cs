namespace HealthNews.Web.Tests.Support;

/// <summary>A test that starts the portal as a process: it gets its own data folder, removed afterwards.</summary>
public abstract class ProcessTest : IDisposable
{
    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "healthnews-process-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        GC.SuppressFinalize(this);
    }
}
