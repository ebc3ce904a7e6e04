using System.Buffers.Binary;
using System.IO.Compression;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Media;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Media;

/// <summary>Issue 14: what readers are served of an uploaded picture (ADR-013).</summary>
public abstract class ImageVariantsTests(string provider) : DatabaseTest(provider)
{
    private static readonly Actor Author = new("a1", "Phóng viên", new HashSet<string> { Roles.Author }, "127.0.0.1");
    private static readonly Actor Editor = new("e1", "Biên tập viên", new HashSet<string> { Roles.Editor }, "127.0.0.1");

    private string MediaRoot => Path.Combine(Database.Directory, "media");

    private FileSystemMediaStore Store => new(MediaRoot, TimeProvider.System);

    private int StoredFiles => Directory.Exists(MediaRoot) ? Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories).Length : 0;

    private MediaUploads Uploads(HealthNewsDbContext db, ImageProcessor? images = null)
    {
        var store = Store;
        return new(db, store, new AuditLog(db, TimeProvider.System), TimeProvider.System,
            Options.Create(new MediaOptions { MaxUploadBytes = 20 * 1024 * 1024 }), images ?? TestServices.Images,
            new MediaVariants(db, store, images ?? TestServices.Images));
    }

    private static async Task<int> UploadAsync(MediaUploads uploads, byte[] bytes, string name)
    {
        var result = await uploads.UploadAsync(new MemoryStream(bytes), name, bytes.Length, "Ảnh", null, Author);
        Assert.True(result.Succeeded, result.Message);
        return result.Id;
    }

    private byte[] Read(string key)
    {
        using var stream = Store.OpenRead(key) ?? throw new InvalidOperationException($"{key} is not stored.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task APhonePhotoIsServedUprightAtEveryWidthWithoutItsPlaceOrCamera()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var photo = TestImages.PhoneJpeg(6000, 4000);
        Assert.Contains("exif-ifd3-GPSLatitude", TestImages.MetadataOf(photo)); // the test's photo does tell where it was taken

        var id = await UploadAsync(Uploads(db), photo, "hop-bao.jpg");

        var media = await db.MediaFiles.SingleAsync(m => m.Id == id);
        Assert.Equal((4000, 6000), (media.Width, media.Height)); // upright: the sensor's 6000 × 4000 turned a quarter
        var variants = ImageVariants.Parse(media.Variants)!;
        Assert.Equal("jpg", variants.Extension);
        Assert.Equal([160, 320, 640, 960, 1280, 1920], variants.Widths);
        foreach (var (width, extension) in variants.Files)
        {
            var bytes = Read(variants.StorageKey(width, extension));
            Assert.Equal((width, width * 3 / 2), TestImages.SizeOf(bytes));
            Assert.False(TestImages.HasMetadataBlock(bytes), $"{width}.{extension} carries metadata");
            Assert.Empty(TestImages.MetadataOf(bytes));
            Assert.DoesNotContain(TestImages.CameraMaker, System.Text.Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        }
        var upright = Read(variants.StorageKey(640, "webp"));
        var (top, bottom) = (TestImages.ColourAt(upright, 320, 240), TestImages.ColourAt(upright, 320, 720));
        Assert.True(top[0] > 150 && top[2] < 80, $"the top should be red: {string.Join(", ", top)}");
        Assert.True(bottom[2] > 150 && bottom[0] < 80, $"the bottom should be blue: {string.Join(", ", bottom)}");
        Assert.Contains("exif-ifd3-GPSLatitude", TestImages.MetadataOf(Read(media.StorageKey))); // the original, for staff only
    }

    [Fact]
    public async Task AnImageIsNeverMadeLargerThanItIs()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var id = await UploadAsync(Uploads(db), TestImages.Jpeg(800, 450), "nho.jpg");

        var variants = ImageVariants.Parse((await db.MediaFiles.SingleAsync(m => m.Id == id)).Variants)!;
        Assert.Equal([160, 320, 640, 800], variants.Widths);
        Assert.Equal((800, 450), TestImages.SizeOf(Read(variants.StorageKey(800, "jpg"))));
    }

    [Fact]
    public async Task APictureWithTransparencyKeepsItAsPngAndWebP()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var id = await UploadAsync(Uploads(db), TestImages.TransparentPng(400, 200), "logo.png");

        var variants = ImageVariants.Parse((await db.MediaFiles.SingleAsync(m => m.Id == id)).Variants)!;
        Assert.Equal("png", variants.Extension);
        Assert.Equal([160, 320, 400], variants.Widths);
        foreach (var extension in new[] { "png", "webp" })
        {
            using var image = NetVips.Image.NewFromBuffer(Read(variants.StorageKey(320, extension)));
            Assert.True(image.HasAlpha(), extension);
        }
    }

    [Fact]
    public async Task ColoursOfAWideGamutPhotoAreConvertedToSrgb()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        double[] srgb = [200, 60, 40];
        var photo = TestImages.DisplayP3Jpeg(300, 200, srgb);
        var naive = TestImages.ColourAt(photo, 150, 100);
        Assert.True(Math.Abs(naive[0] - srgb[0]) > 8, "the test photo's bytes should differ from its colour in sRGB");

        var id = await UploadAsync(Uploads(db), photo, "p3.jpg");

        var variants = ImageVariants.Parse((await db.MediaFiles.SingleAsync(m => m.Id == id)).Variants)!;
        var served = Read(variants.StorageKey(300, "jpg"));
        var colour = TestImages.ColourAt(served, 150, 100);
        Assert.All(Enumerable.Range(0, 3), band => Assert.InRange(colour[band], srgb[band] - 6, srgb[band] + 6));
        Assert.DoesNotContain("icc-profile-data", TestImages.MetadataOf(served));
    }

    [Fact]
    public async Task ALongInfographicIsNarrowedUntilEveryCopyFitsWebPsLimit()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var id = await UploadAsync(Uploads(db), TestImages.Jpeg(600, 17_000), "infographic.jpg");

        var media = await db.MediaFiles.SingleAsync(m => m.Id == id);
        Assert.Equal((600, 17_000), (media.Width, media.Height));
        var variants = ImageVariants.Parse(media.Variants)!;
        Assert.Equal([160, 320, 578], variants.Widths); // 600 × 16,383 / 17,000
        Assert.Equal((578, 16_383), TestImages.SizeOf(Read(variants.StorageKey(578, "webp"))));
    }

    [Fact]
    public async Task AnImageOverThePixelLimitIsRefusedInWordsAndNothingIsStored()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        using var strict = new ImageProcessor(Options.Create(new MediaOptions { MaxImageMegapixels = 1 }));

        var result = await Uploads(db, strict).UploadAsync(new MemoryStream(TestImages.Jpeg(1200, 1000)), "lon.jpg", TestImages.Jpeg(1200, 1000).Length, "Ảnh", null, Author);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Ảnh 1.200 × 1.000 điểm ảnh (1,2 megapixel) vượt giới hạn 1 megapixel hoặc 20.000 điểm ảnh mỗi chiều; hãy thu nhỏ ảnh rồi tải lên lại.",
            result.Errors!["File"]);
        Assert.Equal((0, 0), (await db.MediaFiles.CountAsync(), StoredFiles));
    }

    [Fact]
    public async Task ADecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var bomb = PngClaiming(60_000, 60_000); // 3.6 gigapixels in a few hundred bytes

        var result = await Uploads(db).UploadAsync(new MemoryStream(bomb), "bom.png", bomb.Length, "Ảnh", null, Author);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.StartsWith("Ảnh 60.000 × 60.000 điểm ảnh (3600 megapixel) vượt giới hạn 40 megapixel", result.Errors!["File"], StringComparison.Ordinal);
        Assert.Equal((0, 0), (await db.MediaFiles.CountAsync(), StoredFiles));
    }

    [Fact]
    public async Task AFileThatOnlyLooksLikeAnImageIsRefusedInWords()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var broken = TestImages.Jpeg(300, 200)[..400]; // a JPEG cut short

        var result = await Uploads(db).UploadAsync(new MemoryStream(broken), "hong.jpg", broken.Length, "Ảnh", null, Author);

        Assert.Equal("Không đọc được ảnh: tệp bị hỏng hoặc không trọn vẹn; hãy xuất lại ảnh rồi tải lên.", result.Errors!["File"]);
        Assert.Equal((0, 0), (await db.MediaFiles.CountAsync(), StoredFiles));
    }

    [Fact]
    public async Task MakingMissingVariantsFillsInWhatIsGoneAndASecondRunChangesNothing()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var complete = await UploadAsync(Uploads(db), TestImages.Jpeg(700, 400, red: 10), "du.jpg");
        var emptied = await UploadAsync(Uploads(db), TestImages.Jpeg(500, 300, red: 90), "thieu.jpg");
        var before = await db.MediaFiles.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Variants).ToListAsync();
        var missing = ImageVariants.Parse(before[1])!;
        File.Delete(Path.Combine(MediaRoot, missing.StorageKey(320, "webp")));
        await db.MediaFiles.Where(m => m.Id == emptied).ExecuteUpdateAsync(u => u.SetProperty(m => m.Width, (int?)null));

        VariantSummary first, second;
        List<string> filesAfterFirst;
        await using (var command = Database.CreateContext()) // as the media-variants command runs: a context of its own
        {
            first = await TestServices.Variants(command, Store).MakeMissingAsync();
            filesAfterFirst = Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories).Order().ToList();
        }
        await using (var again = Database.CreateContext())
        {
            second = await TestServices.Variants(again, Store).MakeMissingAsync();
        }

        Assert.Equal((2, 1, 0), (first.Checked, first.Made, first.Failed));
        Assert.Equal((2, 0, 0), (second.Checked, second.Made, second.Failed));
        var after = await db.MediaFiles.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Variants, m.Width }).ToListAsync();
        Assert.Equal(before, after.Select(m => m.Variants)); // made again from the same original: the same bytes, the same hash
        Assert.Equal(500, after[1].Width);
        Assert.True(Store.Exists(missing.StorageKey(320, "webp")));
        Assert.Equal(filesAfterFirst, Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(before[0], (await db.MediaFiles.AsNoTracking().SingleAsync(m => m.Id == complete)).Variants);
    }

    [Fact]
    public async Task DeletingAnImageRemovesItsVariants()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var uploads = Uploads(db);
        var id = await UploadAsync(uploads, TestImages.Jpeg(700, 400), "xoa.jpg");
        Assert.Equal(1 + 8, StoredFiles);

        Assert.True((await uploads.DeleteAsync(id, Editor)).Succeeded);

        Assert.Equal(0, StoredFiles);
    }

    // A PNG whose header claims the given size, with one compressed row of data: readers of the header see a giant.
    private static byte[] PngClaiming(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 0); // 8-bit greyscale
        Chunk(output, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(new byte[width + 1]);
        }
        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFFu;
    }
}

public sealed class ImageVariantsTestsOnSqlite() : ImageVariantsTests(DatabaseOptions.Sqlite);

public sealed class ImageVariantsTestsOnPostgreSql() : ImageVariantsTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ImageVariantsTestsOnSqlServer() : ImageVariantsTests(DatabaseOptions.SqlServer);
