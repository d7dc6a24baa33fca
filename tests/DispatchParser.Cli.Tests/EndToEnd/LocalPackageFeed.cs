using System.Reflection;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Packs projects of this repository into a local folder feed for the package tests (the tool package,
/// the grammar package).
/// </summary>
internal static class LocalPackageFeed
{
    /// <summary>For a pack, a restore, a tool install or a consumer's build: seconds on a quiet machine, minutes under load.</summary>
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
    /// <c>dotnet pack <paramref name="project"/> --no-build</c> into <paramref name="feed"/>: packs what the build of this
    /// test project already made (in its configuration; the project must be one this test project builds), in seconds
    /// instead of a second build from nothing. The generated .nuspec goes to <paramref name="nuspecFolder"/>, so nothing
    /// new lands in the repository's obj/. <paramref name="properties"/> are MSBuild properties (<c>Name=Value</c>).
    /// </summary>
    public static void Pack(string project, string feed, string nuspecFolder, params string[] properties) =>
        Pack(project, feed, nuspecFolder, build: false, BuildTimeout, properties);

    /// <summary>
    /// <c>dotnet pack</c>; with <paramref name="build"/>, building what the pack needs and this test project's build did
    /// not make (the RID-specific builds of a RID-specific tool: the build of the project itself is up to date and left alone).
    /// </summary>
    public static void Pack(string project, string feed, string nuspecFolder, bool build, TimeSpan timeout, params string[] properties)
    {
        var arguments = new List<string> { "pack", project };
        if (!build) arguments.Add("--no-build");
        arguments.AddRange(["--configuration", TestBuildConfiguration, "--output", feed, "--nologo", "-p:NuspecOutputPath=" + nuspecFolder + Path.DirectorySeparatorChar]);
        arguments.AddRange(properties.Select(property => "-p:" + property));
        ProcessResult pack = DispatchProcess.RunProgram(DispatchProcess.DotnetHost, arguments, null, TestPaths.RepositoryRoot,
            timeout: timeout);
        Assert.True(pack.ExitCode == 0, pack.ToString());
    }

    /// <summary>The configuration this test project was built in (AssemblyMetadata "BuildConfiguration", see the project file).</summary>
    private static string TestBuildConfiguration =>
        typeof(LocalPackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BuildConfiguration").Value
        ?? throw new InvalidOperationException("The test assembly does not say which configuration built it.");
}
