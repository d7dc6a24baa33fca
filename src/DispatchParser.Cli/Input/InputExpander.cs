using Microsoft.Extensions.FileSystemGlobbing;

namespace DispatchParser.Cli.Input;

/// <summary>How command-line paths are expanded into inputs.</summary>
/// <param name="Links">Whether folder walks and globs enter links to folders.</param>
/// <param name="Extensions">The file extensions a folder walk takes (without the dot, compared case-insensitively).</param>
/// <param name="Include">Globs a file found in a folder walk or glob must match (relative to the folder walked; none: every file).</param>
/// <param name="Exclude">Globs that leave out a file found in a folder walk or glob (a file named on the command line is always read).</param>
/// <param name="StandardInputName">The name standard input is reported under.</param>
public sealed record InputOptions(
    LinkPolicy Links,
    IReadOnlyList<string> Extensions,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    string StandardInputName)
{
    public static IReadOnlyList<string> DefaultExtensions { get; } = ["txt"];

    public static InputOptions Default { get; } = new(LinkPolicy.DoNotFollow, DefaultExtensions, [], [], InputSource.StandardInputName);

    /// <summary>The extensions as folder walks describe them: <c>*.txt</c>, <c>*.txt, *.dispatch</c>.</summary>
    public string ExtensionPatterns => string.Join(", ", Extensions.Select(extension => "*." + extension));

    public bool IsDispatchName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (string extension in Extensions)
        {
            if (name.Length > extension.Length + 1 && name[^(extension.Length + 1)] == '.'
                && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether the include and exclude globs keep a file found in a walk, by its path relative to the walk's root.</summary>
    public bool Keeps(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (Include.Count == 0 && Exclude.Count == 0) return true;
        return Filter().Match(relativePath.Replace('\\', '/')).HasMatches;
    }

    // Built once per pair of lists (a record copied with other globs builds its own); published whole, so
    // threads expanding the same options at once see a complete filter.
    private FilterCache? _filter;

    private Matcher Filter()
    {
        FilterCache? built = Volatile.Read(ref _filter);
        if (built is not null && ReferenceEquals(built.Include, Include) && ReferenceEquals(built.Exclude, Exclude)) return built.Matcher;
        var matcher = new Matcher(StringComparison.Ordinal);
        if (Include.Count == 0) matcher.AddInclude("**/*");
        foreach (string pattern in Include) matcher.AddInclude(pattern);
        foreach (string pattern in Exclude) matcher.AddExclude(pattern);
        Volatile.Write(ref _filter, new FilterCache(Include, Exclude, matcher));
        return matcher;
    }

    private sealed record FilterCache(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, Matcher Matcher);
}

/// <summary>
/// Expands the paths of a command line lazily, in a deterministic order: a file as itself, a folder as
/// every <c>*.txt</c> (or other <see cref="InputOptions.Extensions"/>) below it that the include and
/// exclude globs keep (in ordinal order of their paths), a glob
/// (<c>*</c>, <c>?</c>, <c>**</c>) as its matches, <c>-</c> as standard input. A path that names nothing,
/// or a folder that cannot be read, becomes an <see cref="InputSource"/> with a problem, in its place, so
/// the other inputs still run. Links to folders inside a walk are entered only with
/// <see cref="LinkPolicy.Follow"/>, and even then each real folder once.
/// </summary>
public static class InputExpander
{
    public static IEnumerable<InputSource> Expand(IEnumerable<string> paths) => Expand(paths, InputOptions.Default);

    public static IEnumerable<InputSource> Expand(IEnumerable<string> paths, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        foreach (string path in paths)
        {
            if (path == "-")
            {
                yield return InputSource.StandardInput(options.StandardInputName);
            }
            else if (File.Exists(path))
            {
                yield return InputSource.File(path);
            }
            else if (Directory.Exists(path))
            {
                bool any = false;
                foreach (WalkedEntry entry in FolderWalker.Walk(path, relative => options.IsDispatchName(Path.GetFileName(relative)) && options.Keeps(relative), options.Links))
                {
                    any = true;
                    string found = entry.RelativePath.Length == 0 ? path : Path.Combine(path, entry.RelativePath);
                    yield return entry.Problem is null ? InputSource.Found(found) : InputSource.Failed(found, entry.Problem);
                }
                if (!any) yield return InputSource.Failed(path, $"no dispatches ({options.ExtensionPatterns}) in folder");
            }
            else if (Glob.IsPattern(path))
            {
                bool any = false;
                foreach (WalkedEntry entry in Glob.Expand(path, options.Links, options.Keeps))
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
