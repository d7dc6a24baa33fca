namespace DispatchParser.Cli.Input;

/// <summary>
/// Expands the paths of a command line lazily, in a deterministic order: a file as itself, a folder as
/// every <c>*.txt</c> below it (in ordinal order of their paths), a glob
/// (<c>*</c>, <c>?</c>, <c>**</c>) as its matches, <c>-</c> as standard input. A path that names nothing
/// becomes an <see cref="InputSource"/> with a problem, in its place, so the other inputs still run.
/// </summary>
public static class InputExpander
{
    public const string DispatchPattern = "*.txt";

    public static IEnumerable<InputSource> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
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
                foreach (string file in EnumerateFolder(path))
                {
                    any = true;
                    yield return InputSource.File(file);
                }
                if (!any) yield return InputSource.Failed(path, $"no dispatches ({DispatchPattern}) in folder");
            }
            else if (Glob.IsPattern(path))
            {
                bool any = false;
                foreach (string file in Glob.Expand(path))
                {
                    any = true;
                    yield return InputSource.File(file);
                }
                if (!any) yield return InputSource.Failed(path, "no file matches the pattern");
            }
            else
            {
                yield return InputSource.Failed(path, IsDanglingLink(path) ? "file not found (broken symbolic link)" : "file not found");
            }
        }
    }

    /// <summary>
    /// Every <c>*.txt</c> below <paramref name="folder"/>, lazily, in ordinal order of their paths (each
    /// folder's entries sorted by name, subfolders visited where they sort); inaccessible folders are skipped.
    /// </summary>
    public static IEnumerable<string> EnumerateFolder(string folder)
    {
        var pending = new Stack<(string Path, bool IsFolder)>();
        pending.Push((folder, true));
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, MatchType = MatchType.Simple };
        while (pending.Count > 0)
        {
            (string path, bool isFolder) = pending.Pop();
            if (!isFolder)
            {
                yield return path;
                continue;
            }
            var entries = new List<(string Path, bool IsFolder)>();
            try
            {
                foreach (string file in Directory.EnumerateFiles(path, DispatchPattern, options)) entries.Add((file, false));
                foreach (string sub in Directory.EnumerateDirectories(path, "*", options)) entries.Add((sub, true));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            entries.Sort((left, right) => string.CompareOrdinal(Path.GetFileName(left.Path), Path.GetFileName(right.Path)));
            for (int i = entries.Count - 1; i >= 0; i--) pending.Push(entries[i]);
        }
    }

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
