using System.Diagnostics;

namespace DispatchParser.Tests.Grammar.CrossTarget;

/// <summary>
/// Generates the parser of grammar/*.g4 for the Java and JavaScript targets with the same ANTLR
/// tool jar the C# build uses, and runs their drivers (tests/DispatchParser.Targets/). Generated
/// code goes to a temporary folder (Java) and to the ignored javascript/generated/ folder (its
/// imports of the npm runtime resolve from there); nothing generated is committed.
/// </summary>
internal static class TargetToolchain
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    public static string TargetsDirectory => Path.Combine(TestPaths.RepositoryRoot, "tests", "DispatchParser.Targets");

    public static string ToolJar => Path.Combine(TestPaths.RepositoryRoot, "src", "DispatchParser.Grammar", "tool",
        "node_modules", "antlr4ng-cli", "antlr4-4.13.2-SNAPSHOT-complete.jar");

    private static string[] GrammarFiles =>
        [Path.Combine(TestPaths.GrammarDirectory, "DispatchLexer.g4"), Path.Combine(TestPaths.GrammarDirectory, "DispatchParser.g4")];

    /// <summary>The first missing tool, said in one line; null when every tool is there.</summary>
    public static string? Missing(params string[] tools)
    {
        if (!File.Exists(ToolJar))
        {
            return $"the ANTLR tool jar is missing ({ToolJar}; building src/DispatchParser.Grammar fetches it)";
        }

        foreach (string tool in tools)
        {
            if (FindOnPath(tool) is null)
            {
                return $"'{tool}' is not on PATH";
            }
        }

        return null;
    }

    /// <summary>Generates and compiles the Java parser with the driver; returns the class path to run it with.</summary>
    public static string BuildJava(string workDirectory)
    {
        string sources = Path.Combine(workDirectory, "java-src");
        string classes = Path.Combine(workDirectory, "java-classes");
        Directory.CreateDirectory(classes);
        Generate("Java", sources);
        Run("javac", ["-nowarn", "-encoding", "UTF-8", "-cp", ToolJar, "-d", classes,
            .. Directory.GetFiles(sources, "*.java"), Path.Combine(TargetsDirectory, "java", "DispatchDump.java")]);
        return ToolJar + Path.PathSeparator + classes;
    }

    /// <summary>Generates the JavaScript parser next to the driver and installs the pinned runtime when missing.</summary>
    public static string BuildJavaScript()
    {
        string package = Path.Combine(TargetsDirectory, "javascript");
        if (!File.Exists(Path.Combine(package, "node_modules", "antlr4", "package.json")))
        {
            Run("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], package);
        }

        Generate("JavaScript", Path.Combine(package, "generated"));
        return Path.Combine(package, "dump.mjs");
    }

    public static string RunJavaDriver(string classPath, IReadOnlyList<string> files) =>
        Run("java", ["-cp", classPath, "DispatchDump", .. files]);

    public static string RunJavaScriptDriver(string driver, IReadOnlyList<string> files) =>
        Run("node", [driver, .. files]);

    private static void Generate(string language, string outputDirectory)
    {
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        Run("java", ["-jar", ToolJar, $"-Dlanguage={language}", "-Xexact-output-dir", "-o", outputDirectory, .. GrammarFiles]);
    }

    private static string Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(FindOnPath(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? TestPaths.RepositoryRoot,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {s_timeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList.Take(4))} … exited {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
