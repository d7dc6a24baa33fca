using System.IO.Enumeration;

namespace DispatchParser.Cli.Input;

/// <summary>
/// File globs for shells that do not expand them (or quoted patterns): <c>*</c> and <c>?</c> within a
/// name, <c>**</c> for any number of folders. <c>feeds/**/*.txt</c>, <c>samples/*-tr.txt</c>.
/// </summary>
public static class Glob
{
    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files matching <paramref name="pattern"/>, in ordinal order per folder.</summary>
    public static IEnumerable<string> Expand(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string normalized = pattern.Replace('\\', '/');
        string[] segments = normalized.Split('/');
        int firstPattern = 0;
        while (!IsPattern(segments[firstPattern])) firstPattern++;
        string root = firstPattern == 0 ? "." : string.Join('/', segments, 0, firstPattern);
        if (firstPattern > 0 && root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        string display = firstPattern == 0 ? string.Empty : root == "/" ? "/" : root + "/";
        return Match(root, display, segments.AsMemory(firstPattern), new HashSet<string>(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Match(string folder, string display, ReadOnlyMemory<string> segments, HashSet<string> seen)
    {
        if (segments.Length == 0) yield break;
        string segment = segments.Span[0];
        bool last = segments.Length == 1;
        var options = new EnumerationOptions { IgnoreInaccessible = true, MatchType = MatchType.Simple };

        if (segment == "**")
        {
            // Zero folders, then one more folder and "**" again.
            foreach (string file in Match(folder, display, segments[1..], seen)) yield return file;
            foreach (string sub in Sorted(SafeDirectories(folder, options)))
            {
                string name = Path.GetFileName(sub);
                foreach (string file in Match(sub, display + name + "/", segments, seen)) yield return file;
            }
            yield break;
        }

        if (last)
        {
            foreach (string file in Sorted(SafeFiles(folder, options)))
            {
                string name = Path.GetFileName(file);
                if (FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase: false) && seen.Add(display + name))
                    yield return display + name;
            }
            yield break;
        }

        foreach (string sub in Sorted(SafeDirectories(folder, options)))
        {
            string name = Path.GetFileName(sub);
            if (FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase: false))
                foreach (string file in Match(sub, display + name + "/", segments[1..], seen)) yield return file;
        }
    }

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    private static string[] SafeFiles(string folder, EnumerationOptions options)
    {
        try { return Directory.GetFiles(folder, "*", options); }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException) { return []; }
    }

    private static string[] SafeDirectories(string folder, EnumerationOptions options)
    {
        try { return Directory.GetDirectories(folder, "*", options); }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException) { return []; }
    }
}
