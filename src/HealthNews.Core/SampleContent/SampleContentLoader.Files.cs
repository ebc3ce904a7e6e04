using System.Text.Json;

namespace HealthNews.Core.SampleContent;

// The sample's embedded files: one JSON file per edition, article bodies in Markdown files beside them.
public sealed partial class SampleContentLoader
{
    // The Vietnamese edition's file also holds the categories, with their English names and slugs.
    private const string VietnameseSample = "sample-content.json";

    // English items name the Vietnamese article they translate by its title ("translationOf").
    private const string EnglishSample = "sample-content-en.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static SampleFile ReadSample(string name) =>
        JsonSerializer.Deserialize<SampleFile>(ReadResource(name), JsonOptions)
        ?? throw new InvalidOperationException($"The embedded sample content {name} is empty.");

    private static string ReadResource(string name)
    {
        var assembly = typeof(SampleContentLoader).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record SampleFile(string Author, List<SampleCategory>? Categories, List<SampleArticle> Articles, List<SamplePoll>? Polls);

    private sealed record SampleCategory(string Name, string Slug, string EnglishName, string EnglishSlug);

    private sealed record SampleArticle(
        string Title, string Category, string PublishedAt, string? Summary, string? BodyFile,
        List<SampleImage>? Images, List<string>? Attachments, bool Pinned = false, List<string>? Tags = null, List<string>? Related = null,
        string? TranslationOf = null);

    private sealed record SampleImage(string File, string Alt);

    private sealed record SamplePoll(string Question, List<string> Options, bool Featured = false);
}
