namespace DispatchParser.Text;

/// <summary>
/// An immutable text with a lazily computed line table. Line breaks are CR LF, CR and LF; columns count
/// UTF-16 code units, the unit LSP uses by default.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    private SourceText(string text) => Text = text;

    public string Text { get; }
    public int Length => Text.Length;
    public char this[int index] => Text[index];

    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text);
    }

    public ReadOnlySpan<char> AsSpan() => Text.AsSpan();

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    public int LineCount => LineStarts.Length;

    public TextLine GetLine(int lineNumber)
    {
        int[] starts = LineStarts;
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineNumber, starts.Length);
        int start = starts[lineNumber];
        int endWithBreak = lineNumber + 1 < starts.Length ? starts[lineNumber + 1] : Text.Length;
        int end = endWithBreak;
        if (end > start && Text[end - 1] == '\n') end--;
        if (end > start && Text[end - 1] == '\r') end--;
        return new TextLine(lineNumber, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, endWithBreak));
    }

    /// <summary>The line holding <paramref name="position"/>; the end of the text belongs to the last line.</summary>
    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Text.Length);
        int index = Array.BinarySearch(LineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineNumber(position);
        return new LinePosition(line, position - LineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>
    /// The offset of a line position; a character past the end of its line clamps to the line's end
    /// (before the line break) and a line past the last clamps to the end of the text, as LSP asks.
    /// </summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= LineCount) return Text.Length;
        TextLine line = GetLine(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Span.Length);
    }

    public SourceText WithChanges(params IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var ordered = changes.OrderBy(change => change.Span.Start).ToList();
        if (ordered.Count == 0) return this;
        var builder = new System.Text.StringBuilder(Text.Length);
        int cursor = 0;
        foreach (TextChange change in ordered)
        {
            if (change.Span.Start < cursor || change.Span.End > Text.Length)
                throw new ArgumentException("Changes must not overlap and must lie inside the text.", nameof(changes));
            builder.Append(Text, cursor, change.Span.Start - cursor).Append(change.NewText);
            cursor = change.Span.End;
        }
        builder.Append(Text, cursor, Text.Length - cursor);
        return new SourceText(builder.ToString());
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        ReadOnlySpan<char> span = text.AsSpan();
        int position = 0;
        while (true)
        {
            int index = span[position..].IndexOfAny('\r', '\n');
            if (index < 0) break;
            position += index;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            starts.Add(position);
        }
        return [.. starts];
    }
}
