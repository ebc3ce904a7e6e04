using HealthNews.Core.Media;

namespace HealthNews.Core.Tests.Media;

/// <summary>The media folder on disk: a write that fails halfway leaves no half-written file.</summary>
public sealed class FileSystemMediaStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "healthnews-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AFileWhoseWriteStopsHalfwayIsNotLeftBehind()
    {
        var store = new FileSystemMediaStore(_root, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        // 1 MB of which the upload stops (the client goes away) once 256 KB have been read and written.
        var content = new StoppingStream(1024 * 1024, 256 * 1024, stop);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(content, "video.mp4", stop.Token));

        Assert.True(content.Position >= 256 * 1024, "the write had begun");
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class StoppingStream(long length, long stopAt, CancellationTokenSource stop) : MemoryStream(new byte[length])
    {
        public override int Read(byte[] buffer, int offset, int count) => Stop(base.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Stop(await base.ReadAsync(buffer, cancellationToken));

        private int Stop(int read)
        {
            if (Position >= stopAt)
            {
                stop.Cancel();
            }
            return read;
        }
    }
}
