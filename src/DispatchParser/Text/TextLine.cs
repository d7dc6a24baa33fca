namespace DispatchParser.Text;

/// <summary>One line of a <see cref="SourceText"/>: its content span and its span with the line break.</summary>
public readonly record struct TextLine(int LineNumber, TextSpan Span, TextSpan SpanIncludingLineBreak)
{
    public int Start => Span.Start;
    public int End => Span.End;
    public int LineBreakLength => SpanIncludingLineBreak.Length - Span.Length;
}
