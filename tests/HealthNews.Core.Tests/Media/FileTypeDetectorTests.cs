using System.IO.Compression;
using System.Text;
using HealthNews.Core.Media;

namespace HealthNews.Core.Tests.Media;

public class FileTypeDetectorTests
{
    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static DetectedType? Detect(byte[] bytes, string extension) => FileTypeDetector.Detect(new MemoryStream(bytes), extension);

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, ".jpg", "image/jpeg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, ".gif", "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, ".webp", "image/webp")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, ".pdf", "application/pdf")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ".doc", "application/msword")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ".xls", "application/vnd.ms-excel")]
    public void RecognisesAcceptedFormatsByTheirBytes(byte[] bytes, string extension, string contentType)
    {
        Assert.Equal(contentType, Detect(bytes, extension)?.ContentType);
    }

    [Fact]
    public void ThePngNameDoesNotMatterOnlyTheBytes()
    {
        Assert.Equal("image/png", Detect(Png, ".exe")?.ContentType);
        Assert.Null(Detect(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), ".png"));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", ".svg")]
    [InlineData("<?xml version=\"1.0\"?><svg onload=\"alert(1)\"/>", ".png")]
    [InlineData("<!DOCTYPE html><p>Xin chào</p>", ".pdf")]
    [InlineData("MZ\u0090\0\u0003\0\0\0", ".docx")]
    [InlineData("\u007fELF\u0002\u0001\u0001", ".zip")]
    [InlineData("#!/bin/sh\nrm -rf /", ".jpg")]
    public void RefusesSvgHtmlScriptsAndExecutablesWhateverTheirName(string content, string extension)
    {
        Assert.Null(Detect(Encoding.Latin1.GetBytes(content), extension));
    }

    [Fact]
    public void TellsOfficeOpenXmlFromAPlainZip()
    {
        Assert.Equal(".docx", Detect(Zip("[Content_Types].xml", "word/document.xml"), ".docx")?.Extension);
        Assert.Equal(".xlsx", Detect(Zip("[Content_Types].xml", "xl/workbook.xml"), ".zip")?.Extension);
        Assert.Equal(".pptx", Detect(Zip("[Content_Types].xml", "ppt/presentation.xml"), ".pptx")?.Extension);
        Assert.Equal(".zip", Detect(Zip("bao-cao/so-lieu.csv"), ".zip")?.Extension);
    }

    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("..\\..\\windows\\anh dep.png", "anh dep.png")]
    [InlineData("Ảnh hội nghị: \"Bộ Y tế\".jpeg", "Ảnh hội nghị_ _Bộ Y tế_.png")]
    [InlineData("", "tep.png")]
    public void DisplayNamesLoseFoldersAndTakeTheDetectedExtension(string fileName, string expected)
    {
        Assert.Equal(expected, FileTypeDetector.DisplayName(fileName, new DetectedType("image/png", ".png", true)));
    }

    [Fact]
    public void ReadsImageSizesFromTheirHeaders()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        byte[] gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0xC2, 0x01, 0, 0];
        // SOI, an APP0 segment of 16 bytes, then SOF0: length 17, precision 8, height 450, width 800.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xC2, 0x03, 0x20, 0x03];
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0x1F, 0x03, 0x00, 0xC1, 0x01, 0x00];

        Assert.Equal((1, 1), FileTypeDetector.ImageSize(png));
        Assert.Equal((800, 450), FileTypeDetector.ImageSize(gif));
        Assert.Equal((800, 450), FileTypeDetector.ImageSize(jpeg));
        Assert.Equal((800, 450), FileTypeDetector.ImageSize(webp));
        Assert.Null(FileTypeDetector.ImageSize("%PDF-1.7"u8));
    }

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("x");
            }
        }
        return buffer.ToArray();
    }
}
