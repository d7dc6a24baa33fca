using System.Text;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>The command packs as a .NET tool that installs and runs (slow: one test).</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void Pack_and_tool_install_give_a_working_dispatch_command()
    {
        using var folder = new TempFolder();
        string packages = Path.Combine(folder.Path, "packages");
        string tools = Path.Combine(folder.Path, "tools");
        // Only the local folder as a package source: the tool must come from this build.
        string config = folder.Write("nuget.config", LocalPackageFeed.NoSourcesConfig);

        // Packed from this test run's own build of the command (no second build).
        LocalPackageFeed.Pack(TestPaths.CliProject, packages, Path.Combine(folder.Path, "nuspec"));
        Assert.Single(Directory.GetFiles(packages, "DispatchParser.Cli.*.nupkg"));

        ProcessResult install = DispatchProcess.RunProgram(DispatchProcess.DotnetHost,
            ["tool", "install", "--tool-path", tools, "--add-source", packages, "--configfile", config, "DispatchParser.Cli"],
            null, folder.Path, timeout: LocalPackageFeed.BuildTimeout);
        Assert.True(install.ExitCode == 0, install.ToString());

        ProcessResult version = DispatchProcess.RunProgram(Path.Combine(tools, "dispatch"), ["--version"], null, folder.Path);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Equal("0.1.0", version.Stdout.Trim());

        ProcessResult check = DispatchProcess.RunProgram(Path.Combine(tools, "dispatch"), ["check", "-"],
            Encoding.UTF8.GetBytes("Başlık\n\nMetin.\nYASAL UYARI: x\n"), folder.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("<stdin>(3,7): error DSP0003:", check.Stdout, StringComparison.Ordinal);
    }
}
