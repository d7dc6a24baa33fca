using Microsoft.Extensions.FileSystemGlobbing;

namespace DispatchParser.Cli.Input;

/// <summary>
/// File globs for shells that do not expand them (or quoted patterns): <c>*</c> and <c>?</c> within a
/// name, <c>**</c> for any number of folders (<c>feeds/**/*.txt</c>, <c>tests/samples/*-tr.txt</c>). The
/// folders are walked by <see cref="FolderWalker"/> (so links and loops are treated as in a folder walk)
/// and the names matched by Microsoft.Extensions.FileSystemGlobbing, case-sensitively.
/// </summary>
public static class Glob
{
    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files matching <paramref name="pattern"/> (or the folders that could not be read), in walk order.</summary>
    /// <param name="pattern">The glob.</param>
    /// <param name="links">Whether to enter links to folders.</param>
    /// <param name="keep">A further filter on each match, by its path relative to the glob's fixed folder.</param>
    public static IEnumerable<WalkedEntry> Expand(string pattern, LinkPolicy links, Func<string, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string[] segments = pattern.Replace('\\', '/').Split('/');
        int firstPattern = 0;
        while (!IsPattern(segments[firstPattern])) firstPattern++;
        string root = firstPattern == 0 ? "." : string.Join('/', segments, 0, firstPattern);
        if (firstPattern > 0 && root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        string prefix = firstPattern == 0 ? string.Empty : root == "/" ? "/" : root + "/";
        string relativePattern = string.Join('/', segments, firstPattern, segments.Length - firstPattern);
        bool anyDepth = Array.IndexOf(segments, "**", firstPattern) >= 0;
        int depth = anyDepth ? int.MaxValue : segments.Length - firstPattern - 1;
        return Match(root, prefix, relativePattern, depth, links, keep ?? (static _ => true));
    }

    private static IEnumerable<WalkedEntry> Match(string root, string prefix, string relativePattern, int depth, LinkPolicy links, Func<string, bool> keep)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        foreach (WalkedEntry entry in FolderWalker.Walk(root, static _ => true, links, depth))
        {
            string relative = entry.RelativePath.Replace('\\', '/');
            if (entry.Problem is not null)
                yield return entry with { RelativePath = relative.Length == 0 ? root : prefix + relative };
            else if (matcher.Match(relative).HasMatches && keep(relative))
                yield return entry with { RelativePath = prefix + relative };
        }
    }
}
