namespace DispatchParser.Cli.Input;

/// <summary>
/// One input named on the command line, after expanding folders and globs: a file, standard input
/// (<c>-</c>), or a problem found while expanding (a missing path, a folder without dispatches).
/// </summary>
public sealed record InputSource(string DisplayPath, string? FilePath, bool IsStandardInput, string? Problem)
{
    /// <summary>
    /// Found by walking a folder or expanding a glob rather than named: such a FIFO or device is
    /// skipped (reported), where a named one is read like standard input.
    /// </summary>
    public bool IsFound { get; init; }

    public const string StandardInputName = "<stdin>";

    public static InputSource File(string path) => new(path, path, false, null);
    public static InputSource Found(string path) => new(path, path, false, null) { IsFound = true };
    public static InputSource StandardInput(string? name = null) => new(name ?? StandardInputName, null, true, null);
    public static InputSource Failed(string path, string problem) => new(path, null, false, problem);
}
