namespace DispatchParser.Cli.Input;

/// <summary>How command-line paths are expanded into inputs.</summary>
public sealed record InputOptions(LinkPolicy Links)
{
    public static InputOptions Default { get; } = new(LinkPolicy.DoNotFollow);
}

/// <summary>
/// Expands the paths of a command line lazily, in a deterministic order: a file as itself, a folder as
/// every <c>*.txt</c> below it (in ordinal order of their paths), a glob
/// (<c>*</c>, <c>?</c>, <c>**</c>) as its matches, <c>-</c> as standard input. A path that names nothing,
/// or a folder that cannot be read, becomes an <see cref="InputSource"/> with a problem, in its place, so
/// the other inputs still run. Links to folders inside a walk are entered only with
/// <see cref="LinkPolicy.Follow"/>, and even then each real folder once.
/// </summary>
public static class InputExpander
{
    public const string DispatchPattern = "*.txt";

    public static IEnumerable<InputSource> Expand(IEnumerable<string> paths) => Expand(paths, InputOptions.Default);

    public static IEnumerable<InputSource> Expand(IEnumerable<string> paths, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        foreach (string path in paths)
        {
            if (path == "-")
            {
                yield return InputSource.StandardInput();
            }
            else if (File.Exists(path))
            {
                yield return InputSource.File(path);
            }
            else if (Directory.Exists(path))
            {
                bool any = false;
                foreach (WalkedEntry entry in FolderWalker.Walk(path, IsDispatchName, options.Links))
                {
                    any = true;
                    string found = entry.RelativePath.Length == 0 ? path : Path.Combine(path, entry.RelativePath);
                    yield return entry.Problem is null ? InputSource.Found(found) : InputSource.Failed(found, entry.Problem);
                }
                if (!any) yield return InputSource.Failed(path, $"no dispatches ({DispatchPattern}) in folder");
            }
            else if (Glob.IsPattern(path))
            {
                bool any = false;
                foreach (WalkedEntry entry in Glob.Expand(path, options.Links))
                {
                    any = true;
                    yield return entry.Problem is null ? InputSource.Found(entry.RelativePath) : InputSource.Failed(entry.RelativePath, entry.Problem);
                }
                if (!any) yield return InputSource.Failed(path, "no file matches the pattern");
            }
            else
            {
                yield return InputSource.Failed(path, IsDanglingLink(path) ? "file not found (broken symbolic link)" : "file not found");
            }
        }
    }

    private static bool IsDispatchName(string name) => name.EndsWith(".txt", StringComparison.Ordinal);

    private static bool IsDanglingLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }
}
