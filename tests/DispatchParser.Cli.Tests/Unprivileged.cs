namespace DispatchParser.Cli.Tests;

/// <summary>
/// Runs <c>dispatch</c> as a user without privileges, for tests of permission errors: root reads every
/// file whatever its mode, so as root the command is started as <c>nobody</c> through <c>setpriv</c>
/// (util-linux); as any other user it is started as it is.
/// </summary>
public static class Unprivileged
{
    private const string NobodyId = "65534";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public static string? WhyNot =>
        !IsRoot ? null : File.Exists("/usr/bin/setpriv") ? null : "running as root and setpriv (util-linux) is not installed: cannot drop privileges";

    public static ProcessResult Run(string workingDirectory, params string[] args)
    {
        var arguments = new List<string>();
        string program = DispatchProcess.DotnetHost;
        if (IsRoot)
        {
            program = "/usr/bin/setpriv";
            arguments.AddRange(["--reuid=" + NobodyId, "--regid=" + NobodyId, "--clear-groups", DispatchProcess.DotnetHost]);
        }
        arguments.Add(DispatchProcess.DispatchDll);
        arguments.AddRange(args);
        var environment = new Dictionary<string, string> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() };
        return DispatchProcess.RunProgram(program, arguments, stdin: null, workingDirectory, environment);
    }
}
