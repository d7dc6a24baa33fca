using System.Text;

namespace DispatchParser.Cli.Tests;

/// <summary>
/// Runs the command on a pseudo-terminal (util-linux <c>script</c>), so that it sees a terminal on
/// standard output and error, as a person at a shell would. Both streams arrive mixed in one output.
/// </summary>
public static class Terminal
{
    public const string ScriptPath = "/usr/bin/script";

    public static bool IsAvailable => File.Exists(ScriptPath);

    public static ProcessResult Run(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var command = new StringBuilder(Quote(DispatchProcess.DotnetHost)).Append(' ').Append(Quote(DispatchProcess.DispatchDll));
        foreach (string arg in args) command.Append(' ').Append(Quote(arg));
        // -q: no banner, -e: the child's exit code, -c: the command; the typescript goes nowhere.
        return DispatchProcess.RunProgram(ScriptPath, ["-q", "-e", "-c", command.ToString(), "/dev/null"], null,
            TestPaths.RepositoryRoot, environment);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
