namespace DispatchParser.TestSupport;

/// <summary>Where the repository's test data and the shared corpus are.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder that holds DispatchParser.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>tests/conformance: valid/ and invalid/ dispatches written for the spec.</summary>
    public static string ConformanceDirectory => Path.Combine(RepositoryRoot, "tests", "conformance");

    /// <summary>tests/samples: dispatches written for the README and the CLI tests.</summary>
    public static string SamplesDirectory => Path.Combine(RepositoryRoot, "tests", "samples");

    /// <summary>../shared/corpus relative to the repository root: real dispatches, never committed.</summary>
    public static string CorpusDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>True when the shared corpus is present next to the repository.</summary>
    public static bool CorpusAvailable => Directory.Exists(CorpusDirectory);

    /// <summary>Why a corpus test is skipped: <c>Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent)</c>.</summary>
    public static string CorpusAbsent => $"The shared corpus is absent ({CorpusDirectory}).";

    /// <summary>grammar/: the normative .g4 files and the prose specification.</summary>
    public static string GrammarDirectory => Path.Combine(RepositoryRoot, "grammar");

    /// <summary>The agency registry.</summary>
    public static string DialectsFile => Path.Combine(RepositoryRoot, "src", "DispatchParser", "Dialects", "dialects.json");

    /// <summary>The CLI's project file (the packed-tool test packs it).</summary>
    public static string CliProject => Path.Combine(RepositoryRoot, "src", "DispatchParser.Cli", "DispatchParser.Cli.csproj");

    /// <summary>The conformance suite's valid dispatches (full paths, in ordinal order).</summary>
    public static IEnumerable<string> ValidConformanceFiles() => ConformanceFiles("valid");

    /// <summary>The conformance suite's invalid dispatches (full paths, in ordinal order).</summary>
    public static IEnumerable<string> InvalidConformanceFiles() => ConformanceFiles("invalid");

    private static IEnumerable<string> ConformanceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ConformanceDirectory, folder), "*.txt").Order(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DispatchParser.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DispatchParser.sln above {AppContext.BaseDirectory}.");
    }
}
