namespace DispatchParser.Parsing;

/// <summary>
/// The class of a line, decided by its content alone (grammar/README.md, section 1). The order is the
/// lexer's priority order: when several patterns match the whole line, the first listed wins.
/// </summary>
internal enum LineClass : byte
{
    Blank,
    Notice,
    EndMarker,
    Stamp,
    SignOff,
    DatelineLine,
    DatelinePara,
    Tagged,
    Text,
}

internal static class LineClassExtensions
{
    /// <summary>Lines that may stand as a body paragraph or a brief ("paragraph" lines in the spec).</summary>
    public static bool IsParagraphLine(this LineClass lineClass) =>
        lineClass is LineClass.Text or LineClass.Tagged or LineClass.Stamp or LineClass.DatelineLine or LineClass.DatelinePara;

    public static bool CanBeHeadline(this LineClass lineClass) =>
        lineClass is LineClass.Text or LineClass.Tagged or LineClass.Stamp;
}
