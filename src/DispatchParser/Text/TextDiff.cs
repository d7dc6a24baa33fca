namespace DispatchParser.Text;

/// <summary>Reduces edits to the single range of the old text they touch.</summary>
internal static class TextDiff
{
    /// <summary>The range that differs between the texts (common prefix and suffix removed), or null when equal.</summary>
    public static TextChangeRange? Compute(string oldText, string newText)
    {
        if (ReferenceEquals(oldText, newText)) return null;
        int prefix = oldText.AsSpan().CommonPrefixLength(newText);
        if (prefix == oldText.Length && prefix == newText.Length) return null;
        int maxSuffix = Math.Min(oldText.Length, newText.Length) - prefix;
        int suffix = 0;
        while (suffix < maxSuffix && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix]) suffix++;
        return new TextChangeRange(TextSpan.FromBounds(prefix, oldText.Length - suffix), newText.Length - suffix - prefix);
    }

    /// <summary>One range covering non-overlapping changes given in old-text coordinates.</summary>
    public static TextChangeRange Merge(IReadOnlyList<TextChange> changes)
    {
        int start = int.MaxValue, end = 0, delta = 0;
        foreach (TextChange change in changes)
        {
            start = Math.Min(start, change.Span.Start);
            end = Math.Max(end, change.Span.End);
            delta += change.NewText.Length - change.Span.Length;
        }
        return new TextChangeRange(TextSpan.FromBounds(start, end), end - start + delta);
    }
}
