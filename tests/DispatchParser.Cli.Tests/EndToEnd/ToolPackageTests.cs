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

        // A RID-specific tool (.NET 10): the package users install names a ReadyToRun package for linux-x64 and a
        // portable one for every other machine. Their builds (RuntimeIdentifier linux-x64 and any) are not part of this
        // test project's build, so the pack builds them: minutes under load, hence the longer timeout.
        LocalPackageFeed.Pack(TestPaths.CliProject, packages, Path.Combine(folder.Path, "nuspec"), build: true, TimeSpan.FromMinutes(20));
        Assert.Equal(
            ["DispatchParser.Cli.0.1.0.nupkg", "DispatchParser.Cli.any.0.1.0.nupkg", "DispatchParser.Cli.linux-x64.0.1.0.nupkg"],
            Directory.GetFiles(packages, "DispatchParser.Cli.*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        ProcessResult install = DispatchProcess.RunProgram(DispatchProcess.DotnetHost,
            ["tool", "install", "--tool-path", tools, "--add-source", packages, "--configfile", config, "DispatchParser.Cli"],
            null, folder.Path, timeout: LocalPackageFeed.BuildTimeout);
        Assert.True(install.ExitCode == 0, install.ToString());

        // What this machine got: on linux-x64 the precompiled build (a ReadyToRun image has a managed native header).
        string installed = Directory.GetFiles(Path.Combine(tools, ".store"), "dispatch.dll", SearchOption.AllDirectories).Single();
        bool linuxX64 = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;
        Assert.Equal(linuxX64, IsReadyToRun(installed));

        ProcessResult version = DispatchProcess.RunProgram(Path.Combine(tools, "dispatch"), ["--version"], null, folder.Path);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Equal("0.1.0", version.Stdout.Trim());

        ProcessResult check = DispatchProcess.RunProgram(Path.Combine(tools, "dispatch"), ["check", "-"],
            Encoding.UTF8.GetBytes("Başlık\n\nMetin.\nYASAL UYARI: x\n"), folder.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("<stdin>(3,7): error DSP0003:", check.Stdout, StringComparison.Ordinal);
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
