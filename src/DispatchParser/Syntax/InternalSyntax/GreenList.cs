using DispatchParser.Diagnostics;

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

/// <summary>
/// Collects the items of a list (paragraphs, briefs) without covariant array stores, straight into the leaf chunks of
/// <see cref="GreenList.ChunkSize"/> items that <see cref="ToList"/> hands over: no array of all the items is grown and
/// copied (a 1 MB body has a few thousand paragraphs), and the list is the one <see cref="GreenList.Create(ReadOnlySpan{GreenElement})"/> builds.
/// </summary>
internal sealed class GreenListBuilder
{
    private GreenElement[]? _chunk;
    private int _inChunk;
    private GreenElement[] _leaves = [];
    private int _leafCount;

    public int Count { get; private set; }

    public void Add(GreenNode node)
    {
        _chunk ??= new GreenElement[GreenList.ChunkSize];
        _chunk[_inChunk++].Node = node;
        Count++;
        if (_inChunk < GreenList.ChunkSize) return;
        if (_leafCount == _leaves.Length) Array.Resize(ref _leaves, Math.Max(4, _leafCount * 2));
        _leaves[_leafCount++].Node = GreenList.Leaf(_chunk);
        _chunk = null;
        _inChunk = 0;
    }

    /// <summary>The list of the items added so far.</summary>
    public GreenList ToList()
    {
        if (Count == 0) return GreenList.Empty;
        if (_inChunk > 0)
        {
            if (_leafCount == _leaves.Length) Array.Resize(ref _leaves, _leafCount + 1);
            _leaves[_leafCount++].Node = GreenList.Leaf(_chunk.AsSpan(0, _inChunk).ToArray());
            _chunk = null;
            _inChunk = 0;
        }
        return GreenList.FromLeaves(_leaves, _leafCount);
    }
}

/// <summary>
/// A list of nodes stored as a balanced tree of chunks of at most <see cref="ChunkSize"/> children, so that
/// replacing one item of a list of thousands (an incremental edit) copies O(log n) small arrays, not the list.
/// Leaves hold the items; inner chunks hold leaves or inner chunks.
/// </summary>
internal sealed partial class GreenList : GreenNode
{
    public const int ChunkSize = 32;

    private readonly GreenElement[] _children;

    private GreenList(GreenElement[] children, bool isLeaf) : this(children, isLeaf, Sum(children), CountItems(children, isLeaf), null)
    {
    }

    /// <summary>A chunk whose width and count are known (its diagnostics set): only the flags are gathered again.</summary>
    private GreenList(GreenElement[] children, bool isLeaf, int width, int count, DiagnosticInfo[]? diagnostics)
        : this(children, isLeaf, width, count, GatherFlags(children), diagnostics)
    {
    }

    /// <summary>A chunk whose width, count and children's flags are known (one child replaced).</summary>
    private GreenList(GreenElement[] children, bool isLeaf, int width, int count, GreenFlags childFlags, DiagnosticInfo[]? diagnostics)
        : base(SyntaxKind.List, width, childFlags, diagnostics)
    {
        _children = children;
        IsLeaf = isLeaf;
        Count = count;
    }

    private static int CountItems(GreenElement[] children, bool isLeaf)
    {
        if (isLeaf) return children.Length;
        int count = 0;
        foreach (GreenElement child in children) count += ((GreenList)child.Node).Count;
        return count;
    }

    private static GreenFlags GatherFlags(GreenElement[] children)
    {
        GreenFlags flags = GreenFlags.None;
        foreach (GreenElement child in children) flags |= FlagsOf(child.Node);
        return flags;
    }

    public override GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics) => new GreenList(_children, IsLeaf, FullWidth, Count, diagnostics);

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
        return builder.ToList();
    }

    /// <summary>A leaf chunk over <paramref name="items"/> (at most <see cref="ChunkSize"/>), which it keeps.</summary>
    internal static GreenList Leaf(GreenElement[] items) => new(items, isLeaf: true);

    public static GreenList Create(ReadOnlySpan<GreenElement> items)
    {
        if (items.Length == 0) return Empty;
        var level = new GreenElement[(items.Length + ChunkSize - 1) / ChunkSize];
        int n = 0;
        for (int i = 0; i < items.Length; i += ChunkSize)
            level[n++].Node = new GreenList(items.Slice(i, Math.Min(ChunkSize, items.Length - i)).ToArray(), isLeaf: true);
        return FromLeaves(level, n);
    }

    /// <summary>The list over the first <paramref name="n"/> leaf chunks of <paramref name="level"/>: inner chunks of <see cref="ChunkSize"/> above them, up to one root.</summary>
    internal static GreenList FromLeaves(GreenElement[] level, int n)
    {
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

    /// <summary>
    /// The slot of this chunk that holds item <paramref name="index"/>, and the item's index within that slot
    /// (the slot is the item itself in a leaf). The one step every walk by index takes, green or red.
    /// </summary>
    public int FindSlotOfItem(int index, out int indexInSlot)
    {
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
        if (IsLeaf)
        {
            indexInSlot = 0;
            return index;
        }
        for (int i = 0; i < _children.Length; i++)
        {
            int count = ((GreenList)_children[i].Node).Count;
            if (index < count)
            {
                indexInSlot = index;
                return i;
            }
            index -= count;
        }
        throw new InvalidOperationException("The chunk counts do not add up.");
    }

    public GreenNode GetItem(int index)
    {
        GreenList chunk = this;
        while (!chunk.IsLeaf)
        {
            int slot = chunk.FindSlotOfItem(index, out index);
            chunk = (GreenList)chunk._children[slot].Node;
        }
        return chunk._children[chunk.FindSlotOfItem(index, out _)].Node;
    }

    /// <summary>
    /// The item whose full span holds <paramref name="offset"/> (relative to this list's full start), with its
    /// offset and index; descends only along the path, O(log n).
    /// </summary>
    public (GreenNode Item, int Offset, int Index) FindItemAt(int offset)
    {
        if ((uint)offset >= (uint)FullWidth) throw new ArgumentOutOfRangeException(nameof(offset));
        GreenList chunk = this;
        int chunkOffset = 0, index = 0;
        while (true)
        {
            bool descended = false;
            for (int i = 0; i < chunk._children.Length && !descended; i++)
            {
                GreenNode child = chunk._children[i].Node;
                if (offset < chunkOffset + child.FullWidth)
                {
                    if (chunk.IsLeaf) return (child, chunkOffset, index + i);
                    chunk = (GreenList)child;
                    descended = true;
                }
                else
                {
                    chunkOffset += child.FullWidth;
                    if (!chunk.IsLeaf) index += ((GreenList)child).Count;
                }
            }
            if (!descended) throw new InvalidOperationException("The chunk widths do not add up.");
        }
    }

    /// <summary>A copy with the item whose full start is <paramref name="offset"/> replaced, copying only the chunks on its path.</summary>
    public GreenList ReplaceItemAt(int offset, GreenNode replacement)
    {
        int childOffset = 0;
        for (int i = 0; i < _children.Length; i++)
        {
            GreenNode child = _children[i].Node;
            if (offset < childOffset + child.FullWidth)
                return WithChild(i, IsLeaf ? replacement : ((GreenList)child).ReplaceItemAt(offset - childOffset, replacement));
            childOffset += child.FullWidth;
        }
        throw new ArgumentOutOfRangeException(nameof(offset), "The item to replace is not in the list.");
    }

    /// <summary>The items in order with their offsets from this list's full start; an explicit stack, no nested iterators.</summary>
    public IEnumerable<(int Offset, GreenNode Item)> ItemsWithOffsets()
    {
        var stack = new Stack<(GreenList Chunk, int Slot, int Offset)>();
        stack.Push((this, 0, 0));
        while (stack.Count > 0)
        {
            (GreenList chunk, int slot, int offset) = stack.Pop();
            if (slot >= chunk._children.Length) continue;
            GreenNode child = chunk._children[slot].Node;
            stack.Push((chunk, slot + 1, offset + child.FullWidth));
            if (chunk.IsLeaf) yield return (offset, child);
            else stack.Push(((GreenList)child, 0, offset));
        }
    }

    public IEnumerable<GreenNode> Items()
    {
        foreach ((_, GreenNode item) in ItemsWithOffsets()) yield return item;
    }

    /// <summary>A copy with the child in slot <paramref name="index"/> replaced (same count; width adjusted).</summary>
    private GreenList WithChild(int index, GreenNode child)
    {
        var children = new GreenElement[_children.Length];
        _children.AsSpan().CopyTo(children);
        GreenNode replaced = children[index].Node;
        int width = FullWidth - replaced.FullWidth + child.FullWidth;
        children[index].Node = child;
        // The children's flags are the union of theirs: when the new child carries every flag the old one did, the union
        // is the old one with the new child's added, without gathering the others again (an edit replaces one line).
        GreenFlags childFlags = (FlagsOf(replaced) & ~FlagsOf(child)) == GreenFlags.None
            ? (Flags & ~GreenFlags.HasOwnDiagnostics) | FlagsOf(child)
            : GatherFlags(children);
        return new GreenList(children, IsLeaf, width, Count, childFlags, OwnDiagnosticsOrNull);
    }

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        foreach (GreenElement child in _children) child.Node.WriteTo(builder);
    }
}
