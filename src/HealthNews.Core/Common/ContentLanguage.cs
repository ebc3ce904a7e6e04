namespace HealthNews.Core.Common;

/// <summary>
/// The languages the portal publishes in, each an edition of its own (ADR-017): an article, a poll and a slug belong to
/// one of them. Stored as the two-letter code.
/// </summary>
public static class ContentLanguage
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>The stored code's longest length.</summary>
    public const int MaxLength = 8;

    public static readonly IReadOnlyList<string> All = [Vietnamese, English];

    public static bool IsKnown(string? language) => language is Vietnamese or English;

    /// <summary>The language an article or poll that names none is written in.</summary>
    public static string OrDefault(string? language) => IsKnown(language) ? language! : Vietnamese;

    /// <summary>The other edition's language: the one a translation is written in.</summary>
    public static string Other(string language) => language == English ? Vietnamese : English;

    /// <summary>The language's name in the admin area.</summary>
    public static string VietnameseName(string language) => language switch
    {
        English => "Tiếng Anh",
        _ => "Tiếng Việt",
    };

    /// <summary>The language's name inside a sentence: "tiếng Anh".</summary>
    public static string VietnameseNameInSentence(string language) => "t" + VietnameseName(language)[1..];
}
