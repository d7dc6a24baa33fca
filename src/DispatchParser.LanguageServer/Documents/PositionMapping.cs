using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Text;
using Range = DispatchParser.LanguageServer.Protocol.Range;

namespace DispatchParser.LanguageServer.Documents;

/// <summary>
/// Offsets ↔ LSP positions. Both count UTF-16 code units, the only position encoding this server speaks;
/// positions past the end of a line or of the text clamp to it, as LSP asks.
/// </summary>
internal static class PositionMapping
{
    public static Position ToPosition(this SourceText text, int offset)
    {
        LinePosition position = text.GetLinePosition(Math.Clamp(offset, 0, text.Length));
        return new Position(position.Line, position.Character);
    }

    public static Range ToRange(this SourceText text, TextSpan span) =>
        new(text.ToPosition(span.Start), text.ToPosition(span.End));

    public static int ToOffset(this SourceText text, Position position) =>
        text.GetPosition(new LinePosition(position.Line, position.Character));

    /// <summary>The span of a range; a range whose end precedes its start is read as empty at its start.</summary>
    public static TextSpan ToSpan(this SourceText text, Range range)
    {
        int start = text.ToOffset(range.Start);
        int end = text.ToOffset(range.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
