using DispatchParser.LanguageServer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// The real `dispatch lsp` (the built CLI) driven by a real LSP client: node/e2e.mjs with npm's
/// vscode-languageserver-protocol, through open, edit, diagnostics appearing, changing and
/// disappearing, symbols, folding, semantic tokens, hover, both quick fixes, formatting, close, exit.
/// </summary>
public sealed class NodeClientTests(ITestOutputHelper output)
{
    private static readonly SemaphoreSlim s_install = new(1, 1);

    [SkippableFact]
    public async Task The_vscode_languageserver_protocol_client_sees_diagnostics_appear_change_and_disappear()
    {
        string? node = ExternalTools.Find("node");
        Skip.If(node is null, "node is not on PATH: the end-to-end client needs Node.js 18+ (and npm to install its two packages).");
        Assert.True(File.Exists(ExternalTools.DispatchDll), $"the dispatch CLI is not built next to the tests: {ExternalTools.DispatchDll}");
        await EnsurePackagesAsync();

        ExternalTools.Result result = await ExternalTools.RunAsync(node, ["e2e.mjs", ExternalTools.Dotnet, ExternalTools.DispatchDll, "lsp"],
            ExternalTools.NodeClientDirectory, TimeSpan.FromSeconds(120));
        output.WriteLine(result.Output);
        output.WriteLine(result.Error);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ok - quick fix \"Insert a blank line after the headline\" applied: diagnostics disappear", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok - shutdown and exit: exit code 0", result.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 14 item 1: `dispatch lsp` started as vscode-languageclient starts an executable server
    /// (node/vscode-launch.mjs): `--stdio` with nothing but frames on stdout, `--clientProcessId=PID`,
    /// `--clientProcessId PID` and initialize's processId (the server exits when that process is
    /// killed), `--socket=PORT` and `--pipe=NAME` (the client listens, the server connects).
    /// </summary>
    [SkippableFact]
    public async Task Dispatch_lsp_accepts_the_arguments_vscode_languageclient_appends()
    {
        string? node = ExternalTools.Find("node");
        Skip.If(node is null, "node is not on PATH: the launch test needs Node.js 18+ (and npm to install its packages).");
        Assert.True(File.Exists(ExternalTools.DispatchDll), $"the dispatch CLI is not built next to the tests: {ExternalTools.DispatchDll}");
        await EnsurePackagesAsync();

        ExternalTools.Result result = await ExternalTools.RunAsync(node, ["vscode-launch.mjs", ExternalTools.Dotnet, ExternalTools.DispatchDll, "lsp"],
            ExternalTools.NodeClientDirectory, TimeSpan.FromSeconds(150));
        output.WriteLine(result.Output);
        output.WriteLine(result.Error);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (string expected in new[]
        {
            "ok - stdio: standard output holds nothing but Content-Length frames",
            "ok - --clientProcessId=",
            "ok - --clientProcessId ",
            "ok - initialize processId: the client process killed, the server exits (code 1)",
            "ok - socket: --socket=",
            "ok - pipe: --pipe=",
        })
            Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    /// <summary><c>npm ci</c> into the (git-ignored) node_modules when it is missing; skips when npm cannot.</summary>
    private async Task EnsurePackagesAsync()
    {
        string directory = ExternalTools.NodeClientDirectory;
        if (Directory.Exists(Path.Combine(directory, "node_modules", "vscode-languageserver-protocol"))) return;
        await s_install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(directory, "node_modules", "vscode-languageserver-protocol"))) return;
            string? npm = ExternalTools.Find("npm");
            Skip.If(npm is null, "npm is not on PATH: it installs the end-to-end client's packages (npm ci in tests/DispatchParser.LanguageServer.Tests/node).");
            ExternalTools.Result install = await ExternalTools.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
            output.WriteLine($"npm ci: {install}");
            Skip.If(install.ExitCode != 0, $"npm ci failed, so vscode-languageserver-protocol is missing: {install.Error}");
        }
        finally
        {
            s_install.Release();
        }
    }
}
