namespace DispatchParser.Cli.Input;

/// <summary>
/// Expands the paths of a command line lazily, in a deterministic order: a file as itself, a folder as
/// every <c>*.txt</c> below it (names in ordinal order, files before subfolders), a glob
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

    /// <summary>Every <c>*.txt</c> below <paramref name="folder"/>: sorted, files first, lazily, inaccessible folders skipped.</summary>
    public static IEnumerable<string> EnumerateFolder(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, MatchType = MatchType.Simple };
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(current, DispatchPattern, options);
                folders = Directory.GetDirectories(current, "*", options);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            foreach (string file in files) yield return file;
            for (int i = folders.Length - 1; i >= 0; i--) pending.Push(folders[i]);
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
