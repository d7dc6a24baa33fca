namespace DispatchParser.Text;

/// <summary>A zero-based line and a zero-based column counted in UTF-16 code units (as LSP counts).</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"({Line},{Character})";
}

/// <summary>A range between two line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
