using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HealthNews.Core.Media;

/// <summary>
/// Tells what a file is from its bytes, never from its name: JPEG, PNG, GIF, WebP, PDF, Office (97–2003 and Open
/// XML) and ZIP. Anything else, SVG, HTML and executables among them, is unknown and refused.
/// </summary>
public static class FileTypeDetector
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>
    /// The file's real type, or null when it is not one the portal accepts. <paramref name="extension"/> (".doc",
    /// ".xlsx"…) only chooses between formats that share a container (Word, Excel and PowerPoint 97–2003).
    /// </summary>
    public static DetectedType? Detect(Stream content, string extension)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = new byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = head.AsSpan(0, read);
        extension = (extension ?? "").ToLowerInvariant();

        if (span.StartsWith(Jpeg))
        {
            return new("image/jpeg", ".jpg", true);
        }
        if (span.StartsWith(Png))
        {
            return new("image/png", ".png", true);
        }
        if (span.StartsWith("GIF87a"u8) || span.StartsWith("GIF89a"u8))
        {
            return new("image/gif", ".gif", true);
        }
        if (read >= 12 && span.StartsWith("RIFF"u8) && span[8..12].SequenceEqual("WEBP"u8))
        {
            return new("image/webp", ".webp", true);
        }
        if (span.StartsWith(Pdf))
        {
            return new("application/pdf", ".pdf", false);
        }
        if (span.StartsWith(Ole))
        {
            return extension switch
            {
                ".doc" => new("application/msword", ".doc", false),
                ".xls" => new("application/vnd.ms-excel", ".xls", false),
                ".ppt" => new("application/vnd.ms-powerpoint", ".ppt", false),
                _ => null,
            };
        }
        if (span.StartsWith(Zip))
        {
            return DetectZip(content);
        }
        return null;
    }

    // Open XML documents are ZIP files whose entries say what they are.
    private static DetectedType? DetectZip(Stream content)
    {
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false);
                }
                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false);
                }
                if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                {
                    return new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", false);
                }
            }
            return new("application/zip", ".zip", false);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>An image's width and height in pixels from its header (PNG, GIF, JPEG, WebP), or null.</summary>
    public static (int Width, int Height)? ImageSize(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 24 && bytes.StartsWith(Png))
        {
            return (BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }
        if (bytes.Length >= 10 && (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
        }
        if (bytes.Length >= 30 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            var chunk = bytes[12..16];
            if (chunk.SequenceEqual("VP8X"u8))
            {
                return (1 + (bytes[24] | bytes[25] << 8 | bytes[26] << 16), 1 + (bytes[27] | bytes[28] << 8 | bytes[29] << 16));
            }
            if (chunk.SequenceEqual("VP8 "u8))
            {
                return (BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
            }
            if (chunk.SequenceEqual("VP8L"u8) && bytes.Length >= 25)
            {
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
                return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
            }
            return null;
        }
        if (bytes.StartsWith(Jpeg))
        {
            // Walk the segments to the first start-of-frame marker, which holds the size.
            var i = 2;
            while (i + 9 < bytes.Length && bytes[i] == 0xFF)
            {
                var marker = bytes[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]));
                }
                i += 2 + length;
            }
        }
        return null;
    }

    /// <summary>A name fit to show and to download under: no folders, no control characters, the detected extension.</summary>
    public static string DisplayName(string? fileName, DetectedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var stem = Path.GetFileNameWithoutExtension(name);
        var clean = new StringBuilder();
        foreach (var c in stem)
        {
            clean.Append(char.IsControl(c) || c is '"' or '<' or '>' or '|' or ':' or '*' or '?' or '/' ? '_' : c);
        }
        var result = clean.ToString().Trim().Trim('.');
        if (result.Length == 0)
        {
            result = "tep";
        }
        if (result.Length > 120)
        {
            result = result[..120];
        }
        return result + type.Extension;
    }
}
