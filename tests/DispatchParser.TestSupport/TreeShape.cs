using DispatchParser.Syntax;

namespace DispatchParser.TestSupport;

/// <summary>
/// Asserts a tree's shape in pre-order, reading like the tree (as Roslyn's parser tests do with <c>N(SyntaxKind.X)</c>
/// and <c>EOF()</c>). A node's children may be written inside a <c>using</c> block of its <see cref="N"/>: leaving the
/// block asserts that every node and token under it has been named, so the nesting is checked, not only the order.
/// <code>
/// var shape = new TreeShape(tree.Root);
/// using (shape.N(Document))
/// {
///     using (shape.N(Headline)) shape.T(TextToken, "Başlık");
///     …
/// }
/// shape.EOF();
/// </code>
/// </summary>
public sealed class TreeShape
{
    private readonly List<SyntaxNodeOrToken> _items = new();

    // For each item, the index one past the last item of its subtree (a token's is its own index + 1).
    private readonly List<int> _subtreeEnds = new();
    private int _next;

    public TreeShape(SyntaxNode root) => Flatten(root);

    private void Flatten(SyntaxNode node)
    {
        int index = _items.Count;
        _items.Add(node);
        _subtreeEnds.Add(0);
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode is { } inner)
            {
                Flatten(inner);
            }
            else
            {
                _items.Add(child);
                _subtreeEnds.Add(_items.Count);
            }
        }
        _subtreeEnds[index] = _items.Count;
    }

    /// <summary>The next item is a node of <paramref name="kind"/>; dispose the result to assert all under it was named.</summary>
    public Scope N(SyntaxKind kind)
    {
        int index = _next;
        SyntaxNodeOrToken item = Next();
        Assert.True(item.IsNode, $"Expected node {kind}, found token {item.Kind} at {Describe()}");
        Assert.Equal(kind, item.Kind);
        return new Scope(this, item.AsNode!, _subtreeEnds[index]);
    }

    /// <summary>A missing node: zero width, flagged missing.</summary>
    public Scope Missing(SyntaxKind kind)
    {
        Scope scope = N(kind);
        Assert.True(scope.Node.IsMissing, $"{kind} should be missing");
        return scope;
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

    /// <summary>A node being read; disposing it asserts that its whole subtree has been named.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly TreeShape _shape;
        private readonly int _end;

        internal Scope(TreeShape shape, SyntaxNode node, int end)
        {
            _shape = shape;
            Node = node;
            _end = end;
        }

        public SyntaxNode Node { get; }

        public static implicit operator SyntaxNode(Scope scope) => scope.Node;

        public void Dispose() => Assert.True(_shape._next == _end,
            _shape._next < _end
                ? $"{Node.Kind} has more under it than the test names: next is {_shape._items[_shape._next].Kind} ({_shape.Describe()})"
                : $"{Node.Kind}: the test named items beyond its subtree");
    }
}
