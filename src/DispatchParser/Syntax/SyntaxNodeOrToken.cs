using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>Either a node or a token: a child of a node.</summary>
public readonly struct SyntaxNodeOrToken
{
    private SyntaxNodeOrToken(SyntaxNode? node, SyntaxToken token)
    {
        AsNode = node;
        AsToken = token;
    }

    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node, default);
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(null, token);

    public SyntaxNode? AsNode { get; }
    public SyntaxToken AsToken { get; }
    public bool IsNode => AsNode is not null;
    public bool IsToken => AsNode is null;
    public SyntaxKind Kind => AsNode?.Kind ?? AsToken.Kind;
    public TextSpan FullSpan => AsNode?.FullSpan ?? AsToken.FullSpan;
    public TextSpan Span => AsNode?.Span ?? AsToken.Span;

    public override string ToString() => AsNode?.ToString() ?? AsToken.ToString();
}
