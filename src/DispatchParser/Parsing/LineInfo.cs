namespace DispatchParser.Parsing;

/// <summary>
/// One physical line: <c>[Start, TextStart)</c> is a run of U+FEFF at its start (usually empty),
/// <c>[TextStart, End)</c> its content, <c>[End, BreakEnd)</c> its line break (empty on the last line).
/// The parts are fields, not properties: the parser reads them several times for every line, and a property is a call
/// wherever the JIT does not inline it.
/// </summary>
internal readonly record struct LineInfo(int Start, int TextStart, int End, int BreakEnd, LineClass Class)
{
    public readonly int Start = Start;
    public readonly int TextStart = TextStart;
    public readonly int End = End;
    public readonly int BreakEnd = BreakEnd;
    public readonly LineClass Class = Class;

    public bool HasBreak => BreakEnd > End;
}
