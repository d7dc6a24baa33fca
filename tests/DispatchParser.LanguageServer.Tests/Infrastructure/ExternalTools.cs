using System.Diagnostics;
using System.Text;

namespace DispatchParser.LanguageServer.Tests.Infrastructure;

/// <summary>Runs the tools the end-to-end tests drive (npm, node, nvim, apt-get) and finds the built server.</summary>
internal static class ExternalTools
{
    public sealed record Result(int ExitCode, string Output, string Error, bool TimedOut)
    {
        public override string ToString() => $"exit {ExitCode}{(TimedOut ? " (timed out)" : "")}\n{Output}\n{Error}";
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? Find(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The dotnet host that runs these tests (and so can run dispatch.dll).</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : Find("dotnet") ?? "dotnet";

    /// <summary>The `dispatch` CLI built next to the tests (the project reference copies it).</summary>
    public static string DispatchDll => Path.Combine(AppContext.BaseDirectory, "dispatch.dll");

    /// <summary>The folder of the Node end-to-end client, in the source tree.</summary>
    public static string NodeClientDirectory => Path.Combine(RepositoryRoot, "tests", "DispatchParser.LanguageServer.Tests", "node");

    public static string RepositoryRoot => TestPaths.RepositoryRoot;

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, string? workingDirectory, TimeSpan timeout,
        IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        if (environment is not null)
            foreach ((string key, string value) in environment) start.Environment[key] = value;

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        process.WaitForExit();
        lock (output) lock (error) return new Result(timedOut ? -1 : process.ExitCode, output.ToString(), error.ToString(), timedOut);
    }
}
