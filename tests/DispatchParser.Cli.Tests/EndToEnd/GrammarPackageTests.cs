using System.IO.Compression;
using System.Xml.Linq;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// DispatchParser.Grammar packs as a NuGet package that a consumer restores from a folder feed and uses:
/// the sample tests/DispatchParser.Grammar.Consumer, copied into a temporary folder, parses a dispatch with a
/// listener over the generated parser (slow: one test).
/// </summary>
public sealed class GrammarPackageTests
{
    private static string ConsumerSample => Path.Combine(TestPaths.RepositoryRoot, "tests", "DispatchParser.Grammar.Consumer");

    private static string ProjectFile(string name) => Path.Combine(TestPaths.RepositoryRoot, "src", name, name + ".csproj");

    private static string GrammarFile(string name) => Path.Combine(TestPaths.RepositoryRoot, "grammar", name);

    [Fact]
    public void Packed_grammar_restores_from_a_folder_feed_and_parses_with_a_listener()
    {
        using var folder = new TempFolder();
        string consumer = Path.Combine(folder.Path, "consumer");
        CopySample(consumer);
        // The sample's nuget.config names ./packages as its feed. A version of this run's own: no package
        // cached by an earlier run (or by hand) can stand in for this build's.
        string feed = Path.Combine(consumer, "packages");
        string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        // Packed from this test run's own build of the two projects (no second build: seconds, not minutes).
        string nuspecs = Path.Combine(folder.Path, "nuspec");
        LocalPackageFeed.Pack(ProjectFile("DispatchParser"), feed, nuspecs, "Version=" + version);
        LocalPackageFeed.Pack(ProjectFile("DispatchParser.Grammar"), feed, nuspecs, "Version=" + version);

        CheckGrammarPackage(Path.Combine(feed, $"DispatchParser.Grammar.{version}.nupkg"), version);

        // Restored into a packages folder of its own (nothing of this run lands in the machine's cache);
        // the machine's cache serves the public dependencies (Antlr4.Runtime.Standard) without a download.
        string versionProperty = "-p:DispatchGrammarVersion=" + version;
        ProcessResult restore = DispatchProcess.RunProgram(DispatchProcess.DotnetHost,
            ["restore", consumer, "--packages", Path.Combine(folder.Path, "nuget-packages"), versionProperty,
             "-p:RestoreAdditionalProjectFallbackFolders=" + MachinePackageCache()],
            null, consumer, timeout: LocalPackageFeed.BuildTimeout);
        Assert.True(restore.ExitCode == 0, restore.ToString());

        string output = Path.Combine(folder.Path, "out");
        ProcessResult build = DispatchProcess.RunProgram(DispatchProcess.DotnetHost,
            ["build", consumer, "--no-restore", "--configuration", "Release", "--output", output, versionProperty],
            null, consumer, timeout: LocalPackageFeed.BuildTimeout);
        Assert.True(build.ExitCode == 0, build.ToString());

        ProcessResult run = DispatchProcess.RunProgram(DispatchProcess.DotnetHost,
            [Path.Combine(output, "DispatchParser.Grammar.Consumer.dll")], null, consumer);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "well-formed: True",
                "headline: Ferry service resumes after storm",
                "paragraph lines after the dateline: 1",
                "notice: 1",
                "briefs: 1",
                "paragraphs: 2",
                "dateline agency: AA",
                "agency: AA (Signoff)",
                $"grammar file DispatchLexer.g4: {File.ReadAllLines(GrammarFile("DispatchLexer.g4")).Length} lines",
                $"grammar file DispatchParser.g4: {File.ReadAllLines(GrammarFile("DispatchParser.g4")).Length} lines",
            ],
            run.StdoutLines);
    }

    /// <summary>The package holds the assembly, the .g4 files as they are in grammar/, the readme and the props file,
    /// and depends on DispatchParser of the same version and on the ANTLR runtime.</summary>
    private static void CheckGrammarPackage(string package, string version)
    {
        Assert.True(File.Exists(package), $"{package} was not packed");
        using ZipArchive zip = ZipFile.OpenRead(package);
        Assert.NotNull(zip.GetEntry("lib/net10.0/DispatchParser.Grammar.dll"));
        Assert.NotNull(zip.GetEntry("README.md"));
        Assert.NotNull(zip.GetEntry("build/DispatchParser.Grammar.props"));
        foreach (string name in new[] { "DispatchLexer.g4", "DispatchParser.g4" })
        {
            ZipArchiveEntry entry = zip.GetEntry("grammar/" + name) ?? throw new Xunit.Sdk.XunitException($"grammar/{name} is not in the package");
            using var packed = new MemoryStream();
            using (Stream stream = entry.Open()) stream.CopyTo(packed);
            Assert.Equal(File.ReadAllBytes(GrammarFile(name)), packed.ToArray());
        }

        ZipArchiveEntry nuspecEntry = zip.GetEntry("DispatchParser.Grammar.nuspec") ?? throw new Xunit.Sdk.XunitException("no nuspec");
        XDocument nuspec;
        using (Stream stream = nuspecEntry.Open()) nuspec = XDocument.Load(stream);
        var dependencies = nuspec.Descendants().Where(element => element.Name.LocalName == "dependency")
            .ToDictionary(element => (string)element.Attribute("id")!, element => (string)element.Attribute("version")!);
        Assert.Equal(version, dependencies["DispatchParser"]);
        Assert.True(dependencies.ContainsKey("Antlr4.Runtime.Standard"), string.Join(", ", dependencies.Keys));
        Assert.False(dependencies.ContainsKey("Antlr4BuildTasks"), "the build-time ANTLR tasks must not reach consumers");
    }

    /// <summary>The sample's own files, without what a build or a pack left in it.</summary>
    private static void CopySample(string destination)
    {
        foreach (string file in Directory.EnumerateFiles(ConsumerSample))
        {
            Directory.CreateDirectory(destination);
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
        Assert.True(File.Exists(Path.Combine(destination, "nuget.config")), "the sample has no nuget.config");
    }

    private static string MachinePackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
