using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace DispatchParser.Cli.Tests;

/// <summary>What a run of the command printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the built <c>dispatch</c> command as a process, as a user would.</summary>
public static class DispatchProcess
{
    private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromMinutes(2);

    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The dispatch.dll the build of this test project produced (see the test project file).</summary>
    public static string DispatchDll
    {
        get
        {
            string? path = typeof(DispatchProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == "DispatchCliPath")?.Value;
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
                throw new InvalidOperationException($"dispatch.dll not found at '{path}': build the test project (it builds the CLI first).");
            return path;
        }
    }

    public static ProcessResult Run(params string[] args) => Run(args, input: null);

    /// <summary>Runs <c>dispatch args</c> with <paramref name="input"/> (UTF-8) on standard input.</summary>
    public static ProcessResult Run(string[] args, string? input, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null) =>
        RunBytes(args, input is null ? null : Encoding.UTF8.GetBytes(input), workingDirectory, environment);

    public static ProcessResult RunBytes(string[] args, byte[]? input, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var arguments = new List<string> { DispatchDll };
        arguments.AddRange(args);
        return RunProgram(DotnetHost, arguments, input, workingDirectory ?? TestPaths.RepositoryRoot, environment);
    }

    public static ProcessResult RunProgram(string program, IEnumerable<string> args, byte[]? stdin, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        TimeSpan limit = timeout ?? s_defaultTimeout;
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Colour decisions depend on these: start from a known terminal type, no overrides (tests pass their own).
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("FORCE_COLOR");
        start.Environment["TERM"] = "xterm";
        if (environment is not null)
            foreach ((string key, string value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = new MemoryStream();
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task<string> readErr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited without reading all of its input; what it printed says why.
        }
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {limit}.");
        }
        copyOut.Wait(limit);
        string stderr = readErr.Result;
        byte[] bytes = stdout.ToArray();
        return new ProcessResult(process.ExitCode, Encoding.UTF8.GetString(bytes), stderr, bytes);
    }
}
