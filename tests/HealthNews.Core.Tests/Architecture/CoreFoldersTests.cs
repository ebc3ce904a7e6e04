using System.Text.RegularExpressions;

namespace HealthNews.Core.Tests.Architecture;

/// <summary>
/// The map of ADR-008, checked on the source: Core's folders form a tree (shared kernel ← Data ← features ← Setup), no two
/// folders import each other, each file lives in its folder's namespace and holds the one public type it is named after.
/// The build makes an unused using an error (IDE0005), so the using lines are the real dependencies.
/// </summary>
public sealed partial class CoreFoldersTests
{
    private static readonly string[] Kernel = ["Common", "Configuration", "Entities", "Text", "Caching", "Markdown"];

    // Files that hold several records travelling together (read models of one feature, one aggregate's entities).
    private static readonly string[] Groups = ["Articles/ReadModels.cs", "Newsroom/NewsroomReadModels.cs", "Polls/PollReadModels.cs", "Search/SearchReadModels.cs", "Media/MediaReadModels.cs", "Entities/Poll.cs"];

    private static readonly string CoreRoot = FindCoreRoot();

    private static readonly HashSet<string> Folders = Directory.EnumerateDirectories(CoreRoot).Select(Path.GetFileName)
        .Where(name => name is not ("bin" or "obj")).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, HashSet<string>> Imports = ReadImports();

    [Fact]
    public void NoTwoFoldersImportEachOther()
    {
        var pairs = Imports.SelectMany(a => a.Value.Where(b => b != a.Key && Imports.TryGetValue(b, out var back) && back.Contains(a.Key))
            .Select(b => string.Join(" ↔ ", new[] { a.Key, b }.Order(StringComparer.Ordinal)))).Distinct().ToList();

        Assert.True(Imports.Count >= 15, "the folders were not found");
        Assert.Empty(pairs);
    }

    [Fact]
    public void TheKernelImportsOnlyTheKernelAndDataImportsOnlyTheKernel()
    {
        var wrong = Kernel.Append("Data")
            .SelectMany(folder => Imports.GetValueOrDefault(folder, []).Where(i => i != folder && !Kernel.Contains(i)).Select(i => $"{folder} → {i}"))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void NothingInCoreImportsTheWiring()
    {
        Assert.Empty(Imports.Where(i => i.Key != "Setup" && i.Value.Contains("Setup")).Select(i => i.Key));
    }

    [Fact]
    public void EveryFileIsInItsFoldersNamespaceAndHoldsThePublicTypeItIsNamedAfter()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(CoreRoot, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            var folder = Path.GetDirectoryName(relative)!.Replace('/', '.');
            var expectedNamespace = "HealthNews.Core" + (folder.Length > 0 ? "." + folder : "");
            if (NamespaceLine().Match(text) is not { Success: true } ns || ns.Groups[1].Value != expectedNamespace)
            {
                problems.Add($"{relative}: namespace should be {expectedNamespace}");
            }
            if (relative.Contains("/Migrations/", StringComparison.Ordinal) || Groups.Contains(relative))
            {
                continue;
            }
            var types = PublicTopLevelType().Matches(text).Select(m => m.Groups[1].Value).ToList();
            var name = Path.GetFileName(file).Split('.')[0]; // a partial class's parts: Type.cs, Type.Part.cs
            if (types.Count > 1 || (types.Count == 1 && types[0] != name))
            {
                problems.Add($"{relative}: holds {string.Join(", ", types)}");
            }
        }

        Assert.Empty(problems);
    }

    private static Dictionary<string, HashSet<string>> ReadImports()
    {
        var imports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(CoreRoot, file).Replace('\\', '/');
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }
            var folder = relative[..slash];
            var set = imports.TryGetValue(folder, out var existing) ? existing : imports[folder] = [];
            var text = File.ReadAllText(file);
            foreach (Match match in CoreReference().Matches(text))
            {
                set.Add(match.Groups[1].Value);
            }
            // A name qualified from a parent namespace ("Media.MediaUrls" inside HealthNews.Core.Articles) needs no using.
            foreach (Match match in FolderQualifiedName().Matches(text))
            {
                if (Folders.Contains(match.Groups[1].Value))
                {
                    set.Add(match.Groups[1].Value);
                }
            }
        }
        return imports;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(CoreRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindCoreRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var core = Path.Combine(directory.FullName, "src", "HealthNews.Core");
            if (File.Exists(Path.Combine(directory.FullName, "HealthNews.sln")) && Directory.Exists(core))
            {
                return core;
            }
        }
        throw new DirectoryNotFoundException("src/HealthNews.Core was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bHealthNews\.Core\.([A-Z][A-Za-z]+)")]
    private static partial Regex CoreReference();

    // A folder's name followed by a type's name, not preceded by a member access (db.Articles.Where is not one).
    [GeneratedRegex(@"(?<![\w.])([A-Z][A-Za-z]+)\.[A-Z]\w*\b(?!\s*[=(])")]
    private static partial Regex FolderQualifiedName();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^public (?:sealed |static |abstract |partial )*(?:class|record|enum|interface|struct) (\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelType();
}
