using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// A token: its text is a slice of the string it was read from (no copy is made when parsing), with
/// leading and trailing trivia. A missing token has no text and carries <see cref="GreenFlags.IsMissing"/>.
/// </summary>
internal sealed class GreenToken : GreenNode
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _width;

    public GreenToken(SyntaxKind kind, string source, int start, int width, GreenNode? leading, GreenNode? trailing,
        DiagnosticInfo[]? diagnostics = null)
        : this(kind, source, start, width, leading, trailing, isMissing: false, diagnostics)
    {
    }

    private GreenToken(SyntaxKind kind, string source, int start, int width, GreenNode? leading, GreenNode? trailing,
        bool isMissing, DiagnosticInfo[]? diagnostics)
        : base(kind, (leading?.FullWidth ?? 0) + width + (trailing?.FullWidth ?? 0),
            FlagsOf(leading) | FlagsOf(trailing) | (isMissing ? GreenFlags.IsMissing : GreenFlags.None), diagnostics)
    {
        _source = source;
        _start = start;
        _width = width;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
    }

    public static GreenToken Missing(SyntaxKind kind, GreenNode? leading = null) =>
        new(kind, string.Empty, 0, 0, leading, null, isMissing: true, diagnostics: null);

    public static GreenToken FromText(SyntaxKind kind, string text, GreenNode? leading = null, GreenNode? trailing = null) =>
        new(kind, text, 0, text.Length, leading, trailing);

    public GreenNode? LeadingTrivia { get; }
    public GreenNode? TrailingTrivia { get; }

    public ReadOnlySpan<char> Text => _source.AsSpan(_start, _width);
    public string TextString => _source.Substring(_start, _width);
    public int TextWidth => _width;

    public override bool IsToken => true;
    public override int SlotCount => 0;
    public override GreenNode? GetSlot(int index) => null;
    public override int LeadingTriviaWidth => LeadingTrivia?.FullWidth ?? 0;
    public override int TrailingTriviaWidth => TrailingTrivia?.FullWidth ?? 0;

    /// <summary>A copy with other trivia; it keeps this token's diagnostics and missing flag.</summary>
    public GreenToken WithTrivia(GreenNode? leading, GreenNode? trailing) =>
        new(Kind, _source, _start, _width, leading, trailing, IsMissing, OwnDiagnosticsOrNull);

    public override GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics) =>
        new GreenToken(Kind, _source, _start, _width, LeadingTrivia, TrailingTrivia, IsMissing, diagnostics);

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        LeadingTrivia?.WriteTo(builder);
        builder.Append(_source, _start, _width);
        TrailingTrivia?.WriteTo(builder);
    }
}
