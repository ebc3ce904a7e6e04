namespace HealthNews.Web.Tests.Support;

/// <summary>A real 1×1 PNG for upload tests.</summary>
public static class PngBytes
{
    public static byte[] OnePixel { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
