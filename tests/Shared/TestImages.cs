using System.Buffers.Binary;
using System.Text;
using NetVips;
using VipsImage = NetVips.Image;

namespace HealthNews.Testing;

/// <summary>
/// Real pictures for upload tests, made with libvips: a phone photo with the EXIF a phone writes (orientation, maker,
/// GPS position), a photo in the Display P3 colour space, a PNG with transparency, and ways to look inside a served file.
/// </summary>
public static class TestImages
{
    /// <summary>The maker a phone writes into its photos' EXIF, beside the GPS position (Hà Nội, 21°01′N 105°51′E).</summary>
    public const string CameraMaker = "HealthNewsPhone";

    /// <summary>
    /// A JPEG stored <paramref name="width"/> × <paramref name="height"/> as a sensor writes it, with EXIF orientation 6
    /// (shown turned 90° clockwise), the maker and a GPS position. Its stored left half is red and right half blue, so
    /// upright its top is red and its bottom blue.
    /// </summary>
    public static byte[] PhoneJpeg(int width, int height)
    {
        using var left = VipsImage.Black(width / 2, height, bands: 3) + new double[] { 200, 30, 30 };
        using var right = VipsImage.Black(width - (width / 2), height, bands: 3) + new double[] { 30, 30, 200 };
        using var grain = VipsImage.Gaussnoise(width, height, mean: 0, sigma: 4, seed: 1);
        using var joined = left.Join(right, Enums.Direction.Horizontal);
        using var photo = (joined + grain).Cast(Enums.BandFormat.Uchar);
        using var tagged = photo.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.BlobType, "exif-data", Exif());
        });
        return tagged.JpegsaveBuffer(q: 90);
    }

    /// <summary>A plain JPEG of one colour, without metadata.</summary>
    public static byte[] Jpeg(int width, int height, byte red = 40, byte green = 110, byte blue = 170)
    {
        using var flat = VipsImage.Black(width, height, bands: 3) + new double[] { red, green, blue };
        using var rgb = flat.Cast(Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 90);
    }

    /// <summary>A PNG with an alpha channel (a logo on a transparent ground).</summary>
    public static byte[] TransparentPng(int width, int height)
    {
        using var flat = VipsImage.Black(width, height, bands: 4) + new double[] { 20, 90, 160, 128 };
        using var rgba = flat.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgba.PngsaveBuffer();
    }

    /// <summary>
    /// A JPEG whose pixels are <paramref name="srgb"/> converted into Display P3, with the P3 profile embedded: shown
    /// right, it looks like <paramref name="srgb"/>; read as if it were sRGB, it doesn't.
    /// </summary>
    public static byte[] DisplayP3Jpeg(int width, int height, double[] srgb)
    {
        using var flat = VipsImage.Black(width, height, bands: 3) + srgb;
        using var rgb = flat.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var withProfile = rgb.IccTransform("srgb", embedded: false, inputProfile: "srgb");
        using var p3 = withProfile.IccTransform("p3", embedded: false, inputProfile: "srgb");
        return p3.JpegsaveBuffer(q: 95);
    }

    /// <summary>The average colour of a small square at (<paramref name="x"/>, <paramref name="y"/>), read as the bytes say.</summary>
    public static double[] ColourAt(byte[] bytes, int x, int y)
    {
        using var image = VipsImage.NewFromBuffer(bytes);
        using var square = image.Crop(Math.Max(0, x - 2), Math.Max(0, y - 2), 4, 4);
        return [.. Enumerable.Range(0, 3).Select(band => { using var b = square[band]; return b.Avg(); })];
    }

    public static (int Width, int Height) SizeOf(byte[] bytes)
    {
        using var image = VipsImage.NewFromBuffer(bytes);
        return (image.Width, image.Height);
    }

    /// <summary>The metadata libvips reads in a file: EXIF fields, ICC profile, XMP, IPTC (empty for a stripped file).</summary>
    public static IReadOnlyList<string> MetadataOf(byte[] bytes)
    {
        using var image = VipsImage.NewFromBuffer(bytes);
        return [.. image.GetFields().Where(f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "icc-profile-data" or "xmp-data" or "iptc-data")];
    }

    /// <summary>Whether the bytes hold a JPEG APP1 (EXIF/XMP) segment or a WebP EXIF/XMP chunk, read without libvips.</summary>
    public static bool HasMetadataBlock(byte[] bytes)
    {
        if (bytes is [0xFF, 0xD8, ..])
        {
            for (var i = 2; i + 4 <= bytes.Length && bytes[i] == 0xFF;)
            {
                var marker = bytes[i + 1];
                if (marker is 0xE1 or 0xE2 or 0xED)
                {
                    return true; // APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC)
                }
                if (marker == 0xDA)
                {
                    return false; // the picture itself starts
                }
                i += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            }
            return false;
        }
        if (bytes.Length > 12 && Encoding.ASCII.GetString(bytes, 8, 4) == "WEBP")
        {
            for (var i = 12; i + 8 <= bytes.Length; i += 8 + ((BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i + 4)) + 1) & ~1))
            {
                if (Encoding.ASCII.GetString(bytes, i, 4) is "EXIF" or "XMP " or "ICCP")
                {
                    return true;
                }
            }
            return false;
        }
        if (bytes is [0x89, 0x50, 0x4E, 0x47, ..])
        {
            for (var i = 8; i + 8 <= bytes.Length; i += 12 + BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(i)))
            {
                if (Encoding.ASCII.GetString(bytes, i + 4, 4) is "eXIf" or "iTXt" or "tEXt" or "zTXt" or "iCCP")
                {
                    return true;
                }
            }
            return false;
        }
        throw new ArgumentException("Not a JPEG, WebP or PNG file.", nameof(bytes));
    }

    // "Exif\0\0" and a little-endian TIFF: IFD0 with Orientation, Make and a pointer to the GPS IFD (21°01'N 105°51'E).
    private static byte[] Exif()
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange(BitConverter.GetBytes((ushort)v));
        void U32(int v) => tiff.AddRange(BitConverter.GetBytes((uint)v));
        void Entry(int tag, int type, int count, int value) { U16(tag); U16(type); U32(count); U32(value); }
        var make = Encoding.ASCII.GetBytes(CameraMaker + "\0");
        const int ifd0 = 8, ifd0Entries = 3;
        const int makeAt = ifd0 + 2 + (ifd0Entries * 12) + 4;
        var gpsAt = makeAt + make.Length + (make.Length % 2);
        const int gpsEntries = 4;
        var rationalsAt = gpsAt + 2 + (gpsEntries * 12) + 4;

        tiff.AddRange("II"u8.ToArray()); U16(42); U32(ifd0);
        U16(ifd0Entries);
        Entry(0x010F, 2, make.Length, makeAt);       // Make
        Entry(0x0112, 3, 1, 6);                       // Orientation: turn 90° clockwise
        Entry(0x8825, 4, 1, gpsAt);                   // GPS IFD
        U32(0);
        tiff.AddRange(make);
        if (make.Length % 2 == 1)
        {
            tiff.Add(0);
        }
        U16(gpsEntries);
        Entry(0x0001, 2, 2, 'N');                     // GPSLatitudeRef
        Entry(0x0002, 5, 3, rationalsAt);             // GPSLatitude
        Entry(0x0003, 2, 2, 'E');                     // GPSLongitudeRef
        Entry(0x0004, 5, 3, rationalsAt + 24);        // GPSLongitude
        U32(0);
        foreach (var (numerator, denominator) in new[] { (21, 1), (1, 1), (42, 1), (105, 1), (51, 1), (12, 1) })
        {
            U32(numerator); U32(denominator);
        }
        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }
}
