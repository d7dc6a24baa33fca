namespace DispatchParser.Text;

/// <summary>Replace the text at <see cref="Span"/> (in the old text) with <see cref="NewText"/>.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    public static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);
    public static TextChange Delete(TextSpan span) => new(span, string.Empty);
}

/// <summary>A change described by its extent only: the old span and the length of its replacement.</summary>
public readonly record struct TextChangeRange(TextSpan Span, int NewLength)
{
    public TextSpan NewSpan => new(Span.Start, NewLength);
    public int Delta => NewLength - Span.Length;
}
