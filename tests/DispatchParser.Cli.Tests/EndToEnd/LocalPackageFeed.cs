using System.Reflection;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Packs projects of this repository into a local folder feed for the package tests (the tool package,
/// the grammar package).
/// </summary>
internal static class LocalPackageFeed
{
    /// <summary>A Release build from nothing: about two minutes alone on two cores, more while other test projects run.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

    /// <summary>A nuget.config with no package source at all: what is installed must come from the feed given.</summary>
    public const string NoSourcesConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
          </packageSources>
        </configuration>
        """;

    /// <summary>
    /// <c>dotnet pack <paramref name="project"/></c> in Release into <paramref name="feed"/>, built from nothing under
    /// <paramref name="artifacts"/>, so that the repository's bin/ and obj/ stay untouched; <paramref name="properties"/>
    /// are MSBuild properties (<c>Name=Value</c>).
    /// </summary>
    public static void Pack(string project, string feed, string artifacts, params string[] properties) =>
        RunPack(project, feed, ["--configuration", "Release", "--artifacts-path", artifacts], properties);

    /// <summary>
    /// <c>dotnet pack <paramref name="project"/> --no-build</c> into <paramref name="feed"/>: packs what the build of this
    /// test project already made (its configuration; the project must be one this test project builds), in seconds
    /// instead of a second build. The generated .nuspec goes to <paramref name="nuspecFolder"/>, so nothing new lands
    /// in the repository's obj/.
    /// </summary>
    public static void PackBuilt(string project, string feed, string nuspecFolder, params string[] properties) =>
        RunPack(project, feed, ["--no-build", "--configuration", TestBuildConfiguration, "-p:NuspecOutputPath=" + nuspecFolder + Path.DirectorySeparatorChar],
            properties);

    /// <summary>The configuration this test project was built in (AssemblyMetadata "BuildConfiguration", see the project file).</summary>
    private static string TestBuildConfiguration =>
        typeof(LocalPackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BuildConfiguration").Value
        ?? throw new InvalidOperationException("The test assembly does not say which configuration built it.");

    private static void RunPack(string project, string feed, IEnumerable<string> options, string[] properties)
    {
        var arguments = new List<string> { "pack", project, "--output", feed, "--nologo" };
        arguments.AddRange(options);
        arguments.AddRange(properties.Select(property => "-p:" + property));
        ProcessResult pack = DispatchProcess.RunProgram(DispatchProcess.DotnetHost, arguments, null, TestPaths.RepositoryRoot,
            timeout: BuildTimeout);
        Assert.True(pack.ExitCode == 0, pack.ToString());
    }
}
