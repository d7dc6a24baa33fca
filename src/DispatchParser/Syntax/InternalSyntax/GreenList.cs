namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// A list of nodes stored as a balanced tree of chunks of at most <see cref="ChunkSize"/> children, so that
/// replacing one item of a list of thousands (an incremental edit) copies O(log n) small arrays, not the list.
/// Leaves hold the items; inner chunks hold leaves or inner chunks.
/// </summary>
internal sealed class GreenList : GreenNode
{
    public const int ChunkSize = 32;

    private readonly GreenNode[] _children;

    private GreenList(GreenNode[] children, bool isLeaf) : base(SyntaxKind.List, Sum(children))
    {
        _children = children;
        IsLeaf = isLeaf;
        int count = 0;
        foreach (GreenNode child in children)
        {
            AdoptFlags(child);
            count += isLeaf ? 1 : ((GreenList)child).Count;
        }
        Count = count;
    }

    public static readonly GreenList Empty = new([], isLeaf: true);

    private static int Sum(GreenNode[] children)
    {
        int width = 0;
        foreach (GreenNode child in children) width += child.FullWidth;
        return width;
    }

    public bool IsLeaf { get; }

    /// <summary>The number of items (leaf entries) under this chunk.</summary>
    public int Count { get; }

    public override bool IsList => true;
    public override int SlotCount => _children.Length;
    public override GreenNode GetSlot(int index) => _children[index];

    public static GreenList Create(IReadOnlyList<GreenNode> items)
    {
        if (items.Count == 0) return Empty;
        var level = new List<GreenList>((items.Count + ChunkSize - 1) / ChunkSize);
        for (int i = 0; i < items.Count; i += ChunkSize)
        {
            var chunk = new GreenNode[Math.Min(ChunkSize, items.Count - i)];
            for (int j = 0; j < chunk.Length; j++) chunk[j] = items[i + j];
            level.Add(new GreenList(chunk, isLeaf: true));
        }
        while (level.Count > 1)
        {
            var next = new List<GreenList>((level.Count + ChunkSize - 1) / ChunkSize);
            for (int i = 0; i < level.Count; i += ChunkSize)
            {
                var chunk = new GreenNode[Math.Min(ChunkSize, level.Count - i)];
                for (int j = 0; j < chunk.Length; j++) chunk[j] = level[i + j];
                next.Add(new GreenList(chunk, isLeaf: false));
            }
            level = next;
        }
        return level[0];
    }

    public GreenNode GetItem(int index)
    {
        GreenList chunk = this;
        while (!chunk.IsLeaf)
        {
            foreach (GreenNode child in chunk._children)
            {
                var sub = (GreenList)child;
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
        return chunk._children[index];
    }

    public IEnumerable<GreenNode> Items()
    {
        if (IsLeaf)
        {
            foreach (GreenNode child in _children) yield return child;
            yield break;
        }
        foreach (GreenNode child in _children)
            foreach (GreenNode item in ((GreenList)child).Items()) yield return item;
    }

    /// <summary>A copy with the child in slot <paramref name="index"/> replaced.</summary>
    public GreenList WithChild(int index, GreenNode child)
    {
        var children = (GreenNode[])_children.Clone();
        children[index] = child;
        return new GreenList(children, IsLeaf);
    }

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        foreach (GreenNode child in _children) child.WriteTo(builder);
    }
}
