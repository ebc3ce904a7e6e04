namespace HealthNews.Core.Media;

public static class MediaUrls
{
    /// <summary>The public address of a stored file: its id decides, the name is there for people and downloads.</summary>
    public static string For(int id, string fileName) => $"/media/{id}/{Uri.EscapeDataString(fileName)}";
}
