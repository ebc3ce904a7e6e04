using System.Security.Cryptography;

namespace HealthNews.Core.Backups;

/// <summary>
/// The first <c>length</c> bytes of a file, hashed with SHA-256 as they are read. A media file may still be growing
/// while an upload writes it; taking its length once, when it is opened, keeps the tar header, the bytes archived and
/// the checksum in the manifest about the same bytes. Claims to seek only so that <c>TarWriter</c> asks its length.
/// </summary>
internal sealed class FixedLengthHashingStream(Stream inner, long length) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <summary>The SHA-256 (lower-case hex) of the bytes read; all of them must have been read.</summary>
    public string Sha256 => _position == length
        ? Convert.ToHexStringLower(_hash.GetCurrentHash())
        : throw new InvalidOperationException($"Only {_position} of {length} bytes were read.");

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, length - _position);
        if (wanted == 0)
        {
            return 0;
        }
        return Counted(buffer[..wanted], inner.Read(buffer[..wanted]));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var wanted = (int)Math.Min(buffer.Length, length - _position);
        if (wanted == 0)
        {
            return 0;
        }
        var read = await inner.ReadAsync(buffer[..wanted], cancellationToken);
        return Counted(buffer.Span[..wanted], read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Only "where am I" is answered: the bytes are read once, in order, as they are hashed.
    public override long Seek(long offset, SeekOrigin origin) =>
        (origin == SeekOrigin.Current && offset == 0) || (origin == SeekOrigin.Begin && offset == _position)
            ? _position
            : throw new NotSupportedException("This stream is read once, from its start.");

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Counted(ReadOnlySpan<byte> buffer, int read)
    {
        if (read == 0)
        {
            // Media files are written once and never truncated; a shorter file was cut by something else.
            throw new EndOfStreamException($"The file ended after {_position} of the {length} bytes it had when opened.");
        }
        _hash.AppendData(buffer[..read]);
        _position += read;
        return read;
    }
}
