using System.Text.Json;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// A real editor: headless Neovim (Debian's neovim, 0.7.2 here) with its built-in LSP client and no
/// plugin runs `dispatch lsp` on a dispatch that lacks its agency tag (nvim/lsp_test.lua), reads the
/// diagnostic, adds the tag as a buffer edit, sees the diagnostic disappear, removes the tag again and
/// sees it come back. Neovim is installed with apt-get when missing; the test skips if that fails.
/// </summary>
public sealed class NeovimTests(ITestOutputHelper output)
{
    private static readonly SemaphoreSlim s_install = new(1, 1);

    [SkippableFact]
    public async Task Headless_neovim_sees_the_missing_tag_diagnostic_disappear_and_come_back()
    {
        string nvim = await FindOrInstallNeovimAsync();
        Assert.True(File.Exists(ExternalTools.DispatchDll), $"the dispatch CLI is not built next to the tests: {ExternalTools.DispatchDll}");

        string directory = Directory.CreateTempSubdirectory("dispatch-nvim-").FullName;
        try
        {
            string document = Path.Combine(directory, "dispatch.txt");
            await File.WriteAllTextAsync(document, Samples.MissingTag + "\n");
            string results = Path.Combine(directory, "results.json");
            string script = Path.Combine(ExternalTools.RepositoryRoot, "tests", "DispatchParser.LanguageServer.Tests", "nvim", "lsp_test.lua");
            var environment = new Dictionary<string, string>
            {
                ["DISPATCH_LSP_CMD"] = JsonSerializer.Serialize(new[] { ExternalTools.Dotnet, ExternalTools.DispatchDll, "lsp" }),
                ["DISPATCH_LSP_OUT"] = results,
                ["HOME"] = directory,
                ["XDG_STATE_HOME"] = directory,
                ["XDG_CACHE_HOME"] = directory,
            };

            ExternalTools.Result run = await ExternalTools.RunAsync(nvim,
                ["--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", $"luafile {script}", "dispatch.txt"],
                directory, TimeSpan.FromSeconds(150), environment);
            output.WriteLine(run.ToString());
            Assert.True(File.Exists(results), $"Neovim wrote no results: {run}");
            string json = await File.ReadAllTextAsync(results);
            output.WriteLine(json);
            Assert.True(run.ExitCode == 0, $"Neovim failed: {json}\n{run}");

            using JsonDocument parsed = JsonDocument.Parse(json);
            JsonElement[] phases = [.. parsed.RootElement.GetProperty("phases").EnumerateArray()];
            Assert.Equal(["opened", "tag added", "tag removed"], phases.Select(phase => phase.GetProperty("phase").GetString()));

            JsonElement opened = Assert.Single(phases[0].GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("DSP0003", opened.GetProperty("code").GetString());
            Assert.Equal("dispatch", opened.GetProperty("source").GetString());
            Assert.Equal(3, opened.GetProperty("lnum").GetInt32());
            Assert.Empty(phases[1].GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("DSP0003", Assert.Single(phases[2].GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
            Assert.Equal(0, parsed.RootElement.GetProperty("server_exit_code").GetInt32());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<string> FindOrInstallNeovimAsync()
    {
        await s_install.WaitAsync();
        try
        {
            if (ExternalTools.Find("nvim") is { } found) return found;
            string? aptGet = ExternalTools.Find("apt-get");
            Skip.If(aptGet is null, "nvim is not installed and there is no apt-get to install Debian's neovim.");
            ExternalTools.Result update = await ExternalTools.RunAsync(aptGet, ["update"], null, TimeSpan.FromMinutes(5));
            ExternalTools.Result install = await ExternalTools.RunAsync(aptGet, ["install", "-y", "--no-install-recommends", "neovim"], null,
                TimeSpan.FromMinutes(8), new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" });
            output.WriteLine($"apt-get update: exit {update.ExitCode}; apt-get install neovim: {install}");
            string? nvim = ExternalTools.Find("nvim");
            Skip.If(nvim is null, $"nvim is missing and apt-get install -y neovim failed (exit {install.ExitCode}): {install.Error.Trim()}");
            return nvim;
        }
        finally
        {
            s_install.Release();
        }
    }
}
