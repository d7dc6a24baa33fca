using DispatchParser.Syntax;

namespace DispatchParser.TestSupport;

/// <summary>
/// Asserts a tree's shape in pre-order, reading like the tree:
/// <c>N(SyntaxKind.Body); N(SyntaxKind.Paragraph); T(SyntaxKind.TextToken, "…"); … EOF();</c>
/// </summary>
public sealed class TreeShape
{
    private readonly List<SyntaxNodeOrToken> _items = new();
    private int _next;

    public TreeShape(SyntaxNode root) => Flatten(root);

    private void Flatten(SyntaxNode node)
    {
        _items.Add(node);
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode is { } inner) Flatten(inner);
            else _items.Add(child);
        }
    }

    public SyntaxNode N(SyntaxKind kind)
    {
        SyntaxNodeOrToken item = Next();
        Assert.True(item.IsNode, $"Expected node {kind}, found token {item.Kind} at {Describe()}");
        Assert.Equal(kind, item.Kind);
        return item.AsNode!;
    }

    /// <summary>A missing node: zero width, flagged missing.</summary>
    public SyntaxNode Missing(SyntaxKind kind)
    {
        SyntaxNode node = N(kind);
        Assert.True(node.IsMissing, $"{kind} should be missing");
        return node;
    }

    public SyntaxToken T(SyntaxKind kind, string? text = null)
    {
        SyntaxNodeOrToken item = Next();
        Assert.True(item.IsToken, $"Expected token {kind}, found node {item.Kind} at {Describe()}");
        Assert.Equal(kind, item.Kind);
        if (text is not null) Assert.Equal(text, item.AsToken.Text);
        return item.AsToken;
    }

    public SyntaxToken MissingToken(SyntaxKind kind)
    {
        SyntaxToken token = T(kind);
        Assert.True(token.IsMissing, $"{kind} should be missing");
        Assert.Equal(0, token.Span.Length);
        return token;
    }

    public void EOF()
    {
        T(SyntaxKind.EndOfFileToken);
        Assert.True(_next == _items.Count, $"Unexpected {(_next < _items.Count ? _items[_next].Kind.ToString() : "")} after the end-of-file token");
    }

    private SyntaxNodeOrToken Next()
    {
        Assert.True(_next < _items.Count, "The tree has fewer nodes and tokens than expected");
        return _items[_next++];
    }

    private string Describe() => string.Join(" ", _items.Take(_next).TakeLast(4).Select(item => item.Kind));
}
