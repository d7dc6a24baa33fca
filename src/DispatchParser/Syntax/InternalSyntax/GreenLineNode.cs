using System.Diagnostics.CodeAnalysis;
using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// A node whose only child is the token of one line: a paragraph, a brief, a headline. It stores the
/// token's parts itself and makes the token on first access, so the parser allocates one object per
/// line instead of two; the made token is kept, so its identity is stable. Diagnostics about the line's
/// whitespace are attached to this node (its span starts where the token's does). The made token is a
/// cache, not a change: it is the same token whichever thread makes it first.
/// </summary>
internal sealed class GreenLineNode : GreenNode
{
    private readonly SyntaxKind _tokenKind;
    private readonly string _source;
    private readonly int _start;
    private readonly int _width;
    private readonly GreenNode? _leading;
    private readonly GreenNode? _trailing;
    private GreenToken? _token;

    public GreenLineNode(SyntaxKind kind, SyntaxKind tokenKind, string source, int start, int width, GreenNode? leading, GreenNode? trailing,
        DiagnosticInfo[]? diagnostics = null)
        : base(kind, (leading?.FullWidth ?? 0) + width + (trailing?.FullWidth ?? 0), FlagsOf(leading) | FlagsOf(trailing), diagnostics)
    {
        _tokenKind = tokenKind;
        _source = source;
        _start = start;
        _width = width;
        _leading = leading;
        _trailing = trailing;
    }

    /// <summary>
    /// A node whose only trivia is its line break (trailing): the node the other constructor makes with no leading trivia,
    /// without gathering flags — a line break carries none (no diagnostic, no skipped text). One per middle paragraph.
    /// </summary>
    public GreenLineNode(SyntaxKind kind, SyntaxKind tokenKind, string source, int start, int width, GreenTrivia lineBreak)
        : base(kind, width + lineBreak.FullWidth, GreenFlags.None, null)
    {
        System.Diagnostics.Debug.Assert(lineBreak.Kind == SyntaxKind.LineBreakTrivia && lineBreak.Flags == GreenFlags.None);
        _tokenKind = tokenKind;
        _source = source;
        _start = start;
        _width = width;
        _trailing = lineBreak;
    }

    public GreenNode? LeadingTrivia => _leading;
    public GreenNode? TrailingTrivia => _trailing;
    public int TextWidth => _width;
    public ReadOnlySpan<char> Text => _source.AsSpan(_start, _width);

    public override int SlotCount => 1;

    public override GreenNode GetSlot(int index) =>
        index == 0 ? Token : throw new ArgumentOutOfRangeException(nameof(index));

    [SuppressMessage("Design", "CA1065", Justification = "Slot access is total for index 0.")]
    private GreenToken Token
    {
        get
        {
            GreenToken? token = Volatile.Read(ref _token);
            if (token is not null) return token;
            var created = new GreenToken(_tokenKind, _source, _start, _width, _leading, _trailing);
            return Interlocked.CompareExchange(ref _token, created, null) ?? created;
        }
    }

    public override GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics) =>
        new GreenLineNode(Kind, _tokenKind, _source, _start, _width, _leading, _trailing, diagnostics);

    public override int LeadingTriviaWidth => _leading?.FullWidth ?? 0;
    public override int TrailingTriviaWidth => _trailing?.FullWidth ?? 0;

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        _leading?.WriteTo(builder);
        builder.Append(_source, _start, _width);
        _trailing?.WriteTo(builder);
    }
}
