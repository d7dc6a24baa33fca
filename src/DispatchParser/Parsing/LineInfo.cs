namespace DispatchParser.Parsing;

/// <summary>
/// One physical line: <c>[Start, TextStart)</c> is a run of U+FEFF at its start (usually empty),
/// <c>[TextStart, End)</c> its content, <c>[End, BreakEnd)</c> its line break (empty on the last line).
/// </summary>
internal readonly record struct LineInfo(int Start, int TextStart, int End, int BreakEnd, LineClass Class)
{
    public bool HasBreak => BreakEnd > End;
}
