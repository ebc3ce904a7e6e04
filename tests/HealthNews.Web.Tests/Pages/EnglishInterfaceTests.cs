using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HealthNews.Web.Tests.Support;
using HealthNews.Web.ViewModels;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.Tests.Pages;

/// <summary>
/// The English edition's words come from Resources/PortalText.en.resx (ADR-017): every word the public views and the
/// view-model mappings ask the localizer for has an English value, and the Vietnamese edition reads its keys unchanged.
/// </summary>
public sealed partial class EnglishInterfaceTests
{
    private static readonly string WebProject = Path.Combine(RunningPortal.RepositoryRoot(), "src", "HealthNews.Web");

    // T["…"] in views, text["…"] in mappings and controllers, with the literal key (escaped quotes are not used in keys).
    [GeneratedRegex(@"(?<![A-Za-z])(?:T|text)\[""(?<key>[^""]+)""")]
    private static partial Regex LiteralKey();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static List<string> ResourceKeys() =>
        XDocument.Load(Path.Combine(WebProject, "Resources", "PortalText.en.resx")).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).ToList();

    [Fact]
    public void EveryWordThePublicPagesAskForHasAnEnglishValue()
    {
        var used = SourceFiles().SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value)).ToHashSet();
        var translated = ResourceKeys().ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count > 50, $"only {used.Count} keys found: the pattern no longer matches the views");
        Assert.Empty(used.Where(key => !translated.Contains(key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoTwoKeysDifferOnlyInCase()
    {
        // resgen keeps one of two names that differ only in case, and the lookup of the other then finds nothing.
        var keys = ResourceKeys();

        Assert.Empty(keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void TheLocalizerAnswersInTheEditionsLanguage()
    {
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }),
            NullLoggerFactory.Instance).Create(typeof(PortalText));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Edition.English.Culture;
            Assert.Equal("Related news", localizer["Tin liên quan"].Value);
            Assert.Equal("More: Events ›", localizer["Xem thêm: {0} ›", "Events"].Value);
            Assert.Equal(Edition.English, Edition.Current);

            CultureInfo.CurrentUICulture = Edition.Vietnamese.Culture;
            Assert.Equal("Tin liên quan", localizer["Tin liên quan"].Value);
            Assert.Equal(Edition.Vietnamese, Edition.Current);
            Assert.Equal("/tin-tuc/a", Urls.Article("a"));
            Assert.Equal("/en/news/a", Urls.Article("a", Edition.English));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void TheSwitchToAnotherEditionsHomeIsNoAlternate()
    {
        var toHome = LanguageSwitchViewModel.ToHomeOf(Edition.English);

        Assert.Equal(("/en", false), (toHome.Url, toHome.IsSamePage));
    }
}
