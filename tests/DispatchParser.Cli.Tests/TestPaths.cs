using System.Reflection;

namespace DispatchParser.Cli.Tests;

/// <summary>Where the repository, its test data and the built <c>dispatch.dll</c> are.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder that holds DispatchParser.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    public static string ConformanceDirectory => Path.Combine(RepositoryRoot, "tests", "conformance");

    public static string SamplesDirectory => Path.Combine(RepositoryRoot, "tests", "samples");

    public static string CliProject => Path.Combine(RepositoryRoot, "src", "DispatchParser.Cli", "DispatchParser.Cli.csproj");

    /// <summary>The dispatch.dll the build of this test project produced (see the test project file).</summary>
    public static string DispatchDll
    {
        get
        {
            string? path = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == "DispatchCliPath")?.Value;
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
                throw new InvalidOperationException($"dispatch.dll not found at '{path}': build the test project (it builds the CLI first).");
            return path;
        }
    }

    public static IEnumerable<string> ValidConformanceFiles() => ConformanceFiles("valid");

    public static IEnumerable<string> InvalidConformanceFiles() => ConformanceFiles("invalid");

    private static IEnumerable<string> ConformanceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ConformanceDirectory, folder), "*.txt").Order(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DispatchParser.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No DispatchParser.sln above {AppContext.BaseDirectory}.");
    }
}
