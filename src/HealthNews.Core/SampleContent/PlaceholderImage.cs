using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HealthNews.Core.SampleContent;

/// <summary>
/// Small solid-colour PNGs that stand in for the photos and attachments of the captured pages, whose files
/// were not captured. Written with the framework's zlib, so the sample needs no image library.
/// </summary>
internal static class PlaceholderImage
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Png(int width, int height, byte red, byte green, byte blue)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour RGB
        WriteChunk(output, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            for (var x = 0; x < width; x++)
            {
                // A soft diagonal shade, so the placeholder reads as a picture frame rather than a flat block.
                var shade = (byte)(x * 40 / Math.Max(1, width));
                row[1 + (x * 3)] = (byte)Math.Min(255, red + shade);
                row[2 + (x * 3)] = (byte)Math.Min(255, green + shade);
                row[3 + (x * 3)] = (byte)Math.Min(255, blue + shade);
            }
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }
        WriteChunk(output, "IDAT", pixels.ToArray());
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    private static uint Crc(uint crc, byte[] data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
