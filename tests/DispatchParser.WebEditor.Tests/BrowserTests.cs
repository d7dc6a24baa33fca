using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace DispatchParser.WebEditor.Tests;

/// <summary>
/// The web editor as a user meets it: the real `dispatch serve` on a free port, Debian's headless
/// chromium driven by npm's puppeteer-core (browser/e2e.mjs). Paste a canonical dispatch (no error
/// marker), delete the tag (DSP0003 appears), apply the quick fix (it goes), the panels, a second tab,
/// a screenshot, and the keystroke-to-marker latency on a 100 KB dispatch (reported, not asserted).
/// Skips with a message when chromium, node or npm is missing (.ci/run installs chromium).
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static string RepositoryRoot => TestPaths.RepositoryRoot;

    private static string? Find(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (directory.Length == 0) continue;
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    [SkippableFact]
    public async Task In_headless_chromium_the_editor_shows_and_clears_a_DSP0003_marker_and_the_parts()
    {
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        Skip.IfNot(File.Exists(chromium), $"no chromium at {chromium}: install Debian's (apt-get install -y chromium; .ci/run does) or set CHROMIUM.");
        string? node = Find("node");
        Skip.If(node is null, "node is not on PATH: the browser test needs Node.js 18+ and npm (for puppeteer-core).");
        string browserDirectory = Path.Combine(RepositoryRoot, "tests", "DispatchParser.WebEditor.Tests", "browser");
        if (!Directory.Exists(Path.Combine(browserDirectory, "node_modules", "puppeteer-core")))
        {
            string? npm = Find("npm");
            Skip.If(npm is null, "npm is not on PATH: it installs puppeteer-core (npm ci in tests/DispatchParser.WebEditor.Tests/browser).");
            (int code, string text) = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], browserDirectory, TimeSpan.FromMinutes(5));
            Skip.If(code != 0, $"npm ci failed, so puppeteer-core is missing: {text}");
        }
        string dispatch = Path.Combine(AppContext.BaseDirectory, "dispatch.dll");
        Assert.True(File.Exists(dispatch), $"the dispatch CLI is not built next to the tests: {dispatch}");

        using Process serve = StartServe(dispatch);
        var serveErrors = new StringBuilder();
        serve.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (serveErrors) serveErrors.AppendLine(e.Data); };
        serve.BeginErrorReadLine();
        try
        {
            string? url = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (url is null || !url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            {
                lock (serveErrors) Assert.Fail($"dispatch serve printed no URL: {url}; {serveErrors}");
            }
            string screenshots = Path.Combine(AppContext.BaseDirectory, "web-editor-test-output");
            (int exit, string result) = await RunAsync(node, ["e2e.mjs", url, screenshots, chromium], browserDirectory, TimeSpan.FromMinutes(5));
            output.WriteLine(result);
            Assert.True(exit == 0, result);
            foreach (string expected in new[]
            {
                "ok - pasted a canonical dispatch: no error marker",
                "ok - deleted the tag: a DSP0003 marker appears",
                "ok - applied the quick fix",
                "ok - the parts panel (export JSON) shows the headline",
                "ok - a second tab checks its own document",
                "latency: ",
            })
                Assert.Contains(expected, result, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(screenshots, "web-editor.png")), "no screenshot");
            output.WriteLine($"screenshot: {Path.Combine(screenshots, "web-editor.png")}");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static Process StartServe(string dispatch)
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : Find("dotnet") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { dispatch, "serve", "--port", "0" }) start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("dispatch serve did not start");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var text = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            lock (text) return (-1, $"timed out after {timeout}\n{text}");
        }
        process.WaitForExit();
        lock (text) return (process.ExitCode, text.ToString());
    }
}
