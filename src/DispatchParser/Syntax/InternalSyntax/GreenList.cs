namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// A node reference in a struct. Storing a GreenSyntaxNode into a GreenNode[] costs a covariant array store
/// check (CastHelpers.StelemRef, a slow path since the element type is abstract); an array of this struct needs
/// none. Roslyn's ArrayElement&lt;T&gt; exists for the same reason.
/// </summary>
internal struct GreenElement
{
    public GreenNode Node;
}

/// <summary>Collects the items of a list (paragraphs, briefs) without covariant array stores.</summary>
internal sealed class GreenListBuilder
{
    private GreenElement[] _items = new GreenElement[16];
    public int Count { get; private set; }

    public void Add(GreenNode node)
    {
        if (Count == _items.Length) Array.Resize(ref _items, Count * 2);
        _items[Count++].Node = node;
    }

    public ReadOnlySpan<GreenElement> AsSpan() => _items.AsSpan(0, Count);
}

/// <summary>
/// A list of nodes stored as a balanced tree of chunks of at most <see cref="ChunkSize"/> children, so that
/// replacing one item of a list of thousands (an incremental edit) copies O(log n) small arrays, not the list.
/// Leaves hold the items; inner chunks hold leaves or inner chunks.
/// </summary>
internal sealed class GreenList : GreenNode
{
    public const int ChunkSize = 32;

    private readonly GreenElement[] _children;

    private GreenList(GreenElement[] children, bool isLeaf) : base(SyntaxKind.List, Sum(children))
    {
        _children = children;
        IsLeaf = isLeaf;
        int count = 0;
        foreach (GreenElement child in children)
        {
            AdoptFlags(child.Node);
            count += isLeaf ? 1 : ((GreenList)child.Node).Count;
        }
        Count = count;
    }

    /// <summary>A chunk whose width and count are known (one child replaced): only the flags are gathered again.</summary>
    private GreenList(GreenElement[] children, bool isLeaf, int width, int count) : base(SyntaxKind.List, width)
    {
        _children = children;
        IsLeaf = isLeaf;
        Count = count;
        foreach (GreenElement child in children) AdoptFlags(child.Node);
    }

    public static readonly GreenList Empty = new([], isLeaf: true);

    private static int Sum(GreenElement[] children)
    {
        int width = 0;
        foreach (GreenElement child in children) width += child.Node.FullWidth;
        return width;
    }

    public bool IsLeaf { get; }

    /// <summary>The number of items (leaf entries) under this chunk.</summary>
    public int Count { get; }

    public override bool IsList => true;
    public override int SlotCount => _children.Length;
    public override GreenNode GetSlot(int index) => _children[index].Node;

    public static GreenList Create(IReadOnlyList<GreenNode> items)
    {
        var builder = new GreenListBuilder();
        foreach (GreenNode item in items) builder.Add(item);
        return Create(builder.AsSpan());
    }

    public static GreenList Create(ReadOnlySpan<GreenElement> items)
    {
        if (items.Length == 0) return Empty;
        var level = new GreenElement[(items.Length + ChunkSize - 1) / ChunkSize];
        int n = 0;
        for (int i = 0; i < items.Length; i += ChunkSize)
            level[n++].Node = new GreenList(items.Slice(i, Math.Min(ChunkSize, items.Length - i)).ToArray(), isLeaf: true);
        while (n > 1)
        {
            var next = new GreenElement[(n + ChunkSize - 1) / ChunkSize];
            int m = 0;
            for (int i = 0; i < n; i += ChunkSize)
                next[m++].Node = new GreenList(level.AsSpan(i, Math.Min(ChunkSize, n - i)).ToArray(), isLeaf: false);
            level = next;
            n = m;
        }
        return (GreenList)level[0].Node;
    }

    public GreenNode GetItem(int index)
    {
        GreenList chunk = this;
        while (!chunk.IsLeaf)
        {
            foreach (GreenElement child in chunk._children)
            {
                var sub = (GreenList)child.Node;
                if (index < sub.Count)
                {
                    chunk = sub;
                    goto next;
                }
                index -= sub.Count;
            }
            throw new ArgumentOutOfRangeException(nameof(index));
        next:;
        }
        return chunk._children[index].Node;
    }

    public IEnumerable<GreenNode> Items()
    {
        if (IsLeaf)
        {
            foreach (GreenElement child in _children) yield return child.Node;
            yield break;
        }
        foreach (GreenElement child in _children)
            foreach (GreenNode item in ((GreenList)child.Node).Items()) yield return item;
    }

    /// <summary>A copy with the child in slot <paramref name="index"/> replaced (same count; width adjusted).</summary>
    public GreenList WithChild(int index, GreenNode child)
    {
        var children = (GreenElement[])_children.Clone();
        int width = FullWidth - children[index].Node.FullWidth + child.FullWidth;
        children[index].Node = child;
        return new GreenList(children, IsLeaf, width, Count);
    }

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        foreach (GreenElement child in _children) child.Node.WriteTo(builder);
    }
}
