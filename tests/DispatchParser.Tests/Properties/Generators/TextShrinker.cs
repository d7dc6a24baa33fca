namespace DispatchParser.Tests.Properties.Generators;

/// <summary>
/// Shrinks any text towards a small counterexample: first whole lines are dropped (one at a time, then
/// halves), then runs of characters (halves, quarters, … single characters), then characters are
/// simplified (a non-ASCII letter becomes 'a'). Every candidate is strictly smaller or simpler, so
/// shrinking terminates.
/// </summary>
internal static class TextShrinker
{
    public static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0) yield break;
        yield return "";

        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        if (lines.Count > 1)
        {
            for (int i = 0; i < lines.Count; i++)
                yield return Join(lines.Where((_, k) => k != i));
            // Drop a line's break: merges it with the next.
            for (int i = 0; i < lines.Count - 1; i++)
                yield return Join(lines.Select((line, k) => k == i ? (line.Content, "") : line));
        }

        for (int chunk = text.Length / 2; chunk >= 1; chunk /= 2)
            for (int start = 0; start + chunk <= text.Length; start += chunk)
                yield return text.Remove(start, chunk);

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 'z' || (c < ' ' && c is not ('\r' or '\n')))
                yield return string.Concat(text.AsSpan(0, i), "a", text.AsSpan(i + 1));
        }
    }

    private static string Join(IEnumerable<(string Content, string Break)> lines) =>
        string.Concat(lines.Select(line => line.Content + line.Break));
}
