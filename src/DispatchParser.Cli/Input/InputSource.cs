namespace DispatchParser.Cli.Input;

/// <summary>
/// One input named on the command line, after expanding folders and globs: a file, standard input
/// (<c>-</c>), or a problem found while expanding (a missing path, a folder without dispatches).
/// </summary>
public sealed record InputSource(string DisplayPath, string? FilePath, bool IsStandardInput, string? Problem)
{
    public const string StandardInputName = "<stdin>";

    public static InputSource File(string path) => new(path, path, false, null);
    public static InputSource StandardInput() => new(StandardInputName, null, true, null);
    public static InputSource Failed(string path, string problem) => new(path, null, false, problem);
}
