using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>The red counterpart of a <see cref="GreenList"/> chunk; flattened away by the public API.</summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    internal SyntaxListNode(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    private GreenList List => (GreenList)Green;

    public int Count => List.Count;

    public SyntaxNode GetItem(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        SyntaxListNode chunk = this;
        while (!chunk.List.IsLeaf) chunk = (SyntaxListNode)chunk.GetNodeSlot(chunk.List.FindSlotOfItem(index, out index))!;
        return chunk.GetNodeSlot(chunk.List.FindSlotOfItem(index, out _))!;
    }

    /// <summary>The items in order, walking the chunks with an explicit stack (no nested iterators).</summary>
    internal IEnumerable<SyntaxNode> Items()
    {
        var stack = new Stack<(SyntaxListNode Chunk, int Slot, int Position)>();
        stack.Push((this, 0, Position));
        while (stack.Count > 0)
        {
            (SyntaxListNode chunk, int slot, int position) = stack.Pop();
            if (slot >= chunk.Green.SlotCount) continue;
            GreenNode child = chunk.Green.GetSlot(slot)!;
            stack.Push((chunk, slot + 1, position + child.FullWidth));
            SyntaxNode red = chunk.GetNodeSlot(slot, position)!;
            if (chunk.List.IsLeaf) yield return red;
            else stack.Push(((SyntaxListNode)red, 0, position));
        }
    }
}

/// <summary>A read-only list of typed nodes (paragraphs, briefs), indexable in O(log n).</summary>
public readonly struct SyntaxList<T> : IReadOnlyList<T> where T : SyntaxNode
{
    private readonly SyntaxListNode? _node;

    internal SyntaxList(SyntaxListNode? node) => _node = node;

    public int Count => _node?.Count ?? 0;

    public T this[int index] => _node is null ? throw new ArgumentOutOfRangeException(nameof(index)) : (T)_node.GetItem(index);

    public T? FirstOrDefault() => Count > 0 ? this[0] : null;

    public T? LastOrDefault() => Count > 0 ? this[Count - 1] : null;

    public IEnumerator<T> GetEnumerator()
    {
        if (_node is null) yield break;
        foreach (SyntaxNode item in _node.Items()) yield return (T)item;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
