using System.Globalization;

namespace HealthNews.Core.Text;

public static class FileSizes
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A size as Vietnamese readers write it: "512 B", "12,5 KB", "3,2 MB".</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Vietnamese) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", Vietnamese) + " KB",
        < 1024L * 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", Vietnamese) + " MB",
        _ => (bytes / (1024d * 1024 * 1024)).ToString("0.#", Vietnamese) + " GB",
    };
}
