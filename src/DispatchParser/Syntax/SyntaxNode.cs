using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>
/// A node of the red tree: a green node plus its parent and absolute position, created lazily as the tree
/// is walked and cached, so walking costs only what is visited. Safe to share between threads: each lazily
/// made child (and the array holding them) is published with a compare-and-swap, so every thread sees the
/// same red node for a slot, whichever made it first.
/// </summary>
public abstract partial class SyntaxNode
{
    private readonly DispatchSyntaxTree? _tree;
    private readonly SyntaxNode? _parent;
    private SyntaxNode?[]? _children;

    private protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position, DispatchSyntaxTree? tree = null)
    {
        Green = green;
        _parent = parent;
        Position = position;
        _tree = tree;
    }

    internal GreenNode Green { get; }
    /// <summary>The parent node; the internal chunks of long lists are skipped.</summary>
    public SyntaxNode? Parent
    {
        get
        {
            SyntaxNode? parent = _parent;
            while (parent is SyntaxListNode list) parent = list._parent;
            return parent;
        }
    }

    /// <summary>The full start: where the leading trivia of the node's first token begins.</summary>
    public int Position { get; }

    public SyntaxKind Kind => Green.Kind;
    public DispatchSyntaxTree? SyntaxTree => _tree ?? _parent?.SyntaxTree;

    public TextSpan FullSpan => new(Position, Green.FullWidth);
    public TextSpan Span => new(Position + Green.LeadingTriviaWidth, Green.Width);

    public bool IsMissing => Green.IsMissing;
    public bool ContainsMissing => Green.ContainsMissing;
    public bool ContainsDiagnostics => Green.ContainsDiagnostics;
    public bool ContainsSkippedText => Green.ContainsSkippedText;

    /// <summary>The red node for a node slot (null for an absent child or a token slot).</summary>
    private protected SyntaxNode? GetNodeSlot(int index) => GetNodeSlot(index, -1);

    /// <summary>The red node for a node slot; <paramref name="position"/> is its full start when the caller knows it (else -1).</summary>
    private protected SyntaxNode? GetNodeSlot(int index, int position)
    {
        GreenNode? green = Green.GetSlot(index);
        if (green is null || green.IsToken) return null;
        SyntaxNode?[] children = Volatile.Read(ref _children) ?? PublishChildren();
        SyntaxNode? existing = Volatile.Read(ref children[index]);
        if (existing is not null) return existing;
        SyntaxNode created = Create(green, this, position >= 0 ? position : Position + Green.GetSlotOffset(index));
        return Interlocked.CompareExchange(ref children[index], created, null) ?? created;
    }

    /// <summary>Makes the child cache; when two threads race, both use the array that was published first.</summary>
    private SyntaxNode?[] PublishChildren()
    {
        var created = new SyntaxNode?[Green.SlotCount];
        return Interlocked.CompareExchange(ref _children, created, null) ?? created;
    }

    private protected SyntaxToken GetTokenSlot(int index)
    {
        var green = Green.GetSlot(index) as GreenToken;
        return green is null ? default : new SyntaxToken(this, green, Position + Green.GetSlotOffset(index));
    }

    private protected T? GetNode<T>(int index) where T : SyntaxNode => (T?)GetNodeSlot(index);

    private protected SyntaxList<T> GetList<T>(int index) where T : SyntaxNode => new((SyntaxListNode?)GetNodeSlot(index));

    internal static SyntaxNode Create(GreenNode green, SyntaxNode? parent, int position) => green.Kind switch
    {
        SyntaxKind.Document => new DocumentSyntax(green, parent, position),
        SyntaxKind.Headline => new HeadlineSyntax(green, parent, position),
        SyntaxKind.Separator => new SeparatorSyntax(green, parent, position),
        SyntaxKind.Body => new BodySyntax(green, parent, position),
        SyntaxKind.Dateline => new DatelineSyntax(green, parent, position),
        SyntaxKind.Paragraph => new ParagraphSyntax(green, parent, position),
        SyntaxKind.Residue or SyntaxKind.SourcePrefix or SyntaxKind.TakeLabel => new LeadInSyntax(green, parent, position),
        SyntaxKind.AgencyTag or SyntaxKind.SignOff => new AgencyTagSyntax(green, parent, position),
        SyntaxKind.EndMarker => new EndMarkerSyntax(green, parent, position),
        SyntaxKind.LegalNotice => new LegalNoticeSyntax(green, parent, position),
        SyntaxKind.BriefList => new BriefListSyntax(green, parent, position),
        SyntaxKind.Brief => new BriefSyntax(green, parent, position),
        SyntaxKind.Byline => new BylineSyntax(green, parent, position),
        SyntaxKind.SourceLine => new SourceLineSyntax(green, parent, position),
        SyntaxKind.List => new SyntaxListNode(green, parent, position),
        _ => throw new InvalidOperationException($"No red node for {green.Kind}."),
    };

    /// <summary>Children in order; the chunks of long lists are flattened away.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        int offset = Position;
        for (int i = 0; i < Green.SlotCount; i++)
        {
            GreenNode? green = Green.GetSlot(i);
            if (green is null) continue;
            if (green is GreenToken token)
            {
                yield return new SyntaxToken(this, token, offset);
            }
            else
            {
                SyntaxNode child = GetNodeSlot(i, offset)!;
                if (child is SyntaxListNode list)
                    foreach (SyntaxNodeOrToken item in list.ChildNodesAndTokens()) yield return item;
                else
                    yield return child;
            }
            offset += green.FullWidth;
        }
    }

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (SyntaxNodeOrToken child in ChildNodesAndTokens())
            if (child.AsNode is { } node) yield return node;
    }

    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (SyntaxNodeOrToken child in ChildNodesAndTokens())
            if (child.IsToken) yield return child.AsToken;
    }

    public IEnumerable<SyntaxNode> DescendantNodes() => DescendantNodesAndSelf().Skip(1);

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            SyntaxNode node = stack.Pop();
            yield return node;
            SyntaxNode[] children = [.. node.ChildNodes()];
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (SyntaxNodeOrToken child in ChildNodesAndTokens())
        {
            if (child.AsNode is { } node)
                foreach (SyntaxToken token in node.DescendantTokens()) yield return token;
            else
                yield return child.AsToken;
        }
    }

    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (SyntaxToken token in DescendantTokens())
        {
            foreach (SyntaxTrivia trivia in token.LeadingTrivia) yield return trivia;
            foreach (SyntaxTrivia trivia in token.TrailingTrivia) yield return trivia;
        }
    }

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (SyntaxNode? node = Parent; node is not null; node = node.Parent) yield return node;
    }

    public SyntaxToken GetFirstToken() => EdgeToken(first: true) ?? default;

    public SyntaxToken GetLastToken() => EdgeToken(first: false) ?? default;

    private SyntaxToken? EdgeToken(bool first)
    {
        int count = Green.SlotCount;
        for (int step = 0; step < count; step++)
        {
            int i = first ? step : count - 1 - step;
            GreenNode? green = Green.GetSlot(i);
            if (green is null) continue;
            if (green is GreenToken token) return new SyntaxToken(this, token, Position + Green.GetSlotOffset(i));
            SyntaxToken? inner = GetNodeSlot(i)!.EdgeToken(first);
            if (inner is not null) return inner;
        }
        return null;
    }

    /// <summary>
    /// The token whose full span (trivia included) holds <paramref name="position"/>; the end of the text
    /// finds the last token (the end-of-file token of a document). Descends only along the path: O(depth).
    /// </summary>
    public SyntaxToken FindToken(int position)
    {
        if (position < FullSpan.Start || position > FullSpan.End)
            throw new ArgumentOutOfRangeException(nameof(position), $"Position {position} is outside {FullSpan}.");
        if (position == FullSpan.End) return GetLastToken();
        SyntaxNode node = this;
        while (true)
        {
            int offset = node.Position;
            SyntaxNode? next = null;
            for (int i = 0; i < node.Green.SlotCount && next is null; i++)
            {
                GreenNode? green = node.Green.GetSlot(i);
                if (green is null) continue;
                int end = offset + green.FullWidth;
                if (position < end)
                {
                    if (green is GreenToken token) return new SyntaxToken(node, token, offset);
                    next = node.GetNodeSlot(i);
                }
                offset = end;
            }
            if (next is null) return node.GetLastToken();
            node = next;
        }
    }

    /// <summary>The innermost node whose span contains <paramref name="span"/>.</summary>
    public SyntaxNode FindNode(TextSpan span)
    {
        if (!FullSpan.Contains(span))
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} is outside {FullSpan}.");
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNode? inner = null;
            foreach (SyntaxNode child in node.ChildNodes())
            {
                if (child.FullSpan.Contains(span) && (span.Length > 0 || child.FullSpan.Length > 0))
                {
                    inner = child;
                    break;
                }
            }
            if (inner is null) return node;
            node = inner;
        }
    }

    /// <summary>The node's text without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public override string ToString()
    {
        string full = ToFullString();
        return full.Substring(Green.LeadingTriviaWidth, Green.Width);
    }

    public string ToFullString() => Green.ToFullString();

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToFullString());
    }
}
