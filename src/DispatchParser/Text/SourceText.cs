namespace DispatchParser.Text;

/// <summary>
/// An immutable text with a lazily computed line table. Line breaks are CR LF, CR and LF; columns count
/// UTF-16 code units, the unit LSP uses by default.
/// </summary>
public sealed class SourceText
{
    private static readonly Lock s_materializeLock = new();

    private int[]? _lineStarts;
    private string? _text;

    // A text made by WithChanges is its base plus changes until someone reads its characters: an
    // incremental reparse that touches one line never needs the whole new string.
    private SourceText? _base;
    private TextChange[]? _changes;

    private SourceText(string text)
    {
        _text = text;
        Length = text.Length;
    }

    private SourceText(SourceText baseText, TextChange[] changes, int length)
    {
        _base = baseText;
        _changes = changes;
        Length = length;
    }

    /// <summary>The characters. For a text made by <see cref="WithChanges"/>, built on first use.</summary>
    public string Text => Volatile.Read(ref _text) ?? Materialize();

    public int Length { get; }
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
        int endWithBreak = lineNumber + 1 < starts.Length ? starts[lineNumber + 1] : Length;
        int end = endWithBreak - LineBreak.LengthBefore(Text.AsSpan(start, endWithBreak - start), endWithBreak - start);
        return new TextLine(lineNumber, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, endWithBreak));
    }

    /// <summary>The line holding <paramref name="position"/>; the end of the text belongs to the last line.</summary>
    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Length);
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
        if (position.Line >= LineCount) return Length;
        TextLine line = GetLine(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Span.Length);
    }

    /// <summary>
    /// The text with <paramref name="changes"/> applied (spans in this text's coordinates, not overlapping).
    /// The new characters are assembled lazily, on the first read.
    /// </summary>
    public SourceText WithChanges(params IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        TextChange[] ordered = changes is TextChange[] { Length: 1 } single ? [single[0]] : [.. changes.OrderBy(change => change.Span.Start)];
        if (ordered.Length == 0) return this;
        int cursor = 0, length = Length;
        foreach (TextChange change in ordered)
        {
            ArgumentNullException.ThrowIfNull(change.NewText, nameof(changes));
            if (change.Span.Start < cursor || change.Span.End > Length)
                throw new ArgumentException("Changes must not overlap and must lie inside the text.", nameof(changes));
            cursor = change.Span.End;
            length += change.NewText.Length - change.Span.Length;
        }
        return new SourceText(this, ordered, length);
    }

    /// <summary>Builds the characters of this text and of every unbuilt text it derives from, oldest first, without recursion.</summary>
    private string Materialize()
    {
        lock (s_materializeLock)
        {
            var pending = new Stack<SourceText>();
            for (SourceText? text = this; text is not null && text._text is null; text = text._base) pending.Push(text);
            while (pending.Count > 0)
            {
                SourceText text = pending.Pop();
                text._text = Apply(text._base!._text!, text._changes!);
                text._base = null;
                text._changes = null;
            }
            return _text!;
        }
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="changes"/> made, in text order and not overlapping (as <see cref="WithChanges"/>
    /// orders them). The fuzz harness builds an edit's expected text with it, without a derived <see cref="SourceText"/>.
    /// </summary>
    internal static string Apply(string text, TextChange[] changes)
    {
        var builder = new System.Text.StringBuilder(text.Length + changes.Sum(change => change.NewText.Length));
        int cursor = 0;
        foreach (TextChange change in changes)
        {
            builder.Append(text, cursor, change.Span.Start - cursor).Append(change.NewText);
            cursor = change.Span.End;
        }
        return builder.Append(text, cursor, text.Length - cursor).ToString();
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
            position += LineBreak.LengthAt(span, position);
            starts.Add(position);
        }
        return [.. starts];
    }
}
