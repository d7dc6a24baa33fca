namespace DispatchParser.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies in [Start, End).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share a position, or touch when one of them is empty.</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    public override string ToString() => $"[{Start}..{End})";
}
