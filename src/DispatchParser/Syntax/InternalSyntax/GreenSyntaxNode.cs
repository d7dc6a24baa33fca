namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// An interior node with a fixed number of slots (absent optional children are null). Nodes with one
/// slot — a paragraph, a brief, a headline: one per line of a dispatch — keep it in a field, so a line
/// costs one node and one token and no array.
/// </summary>
internal sealed class GreenSyntaxNode : GreenNode
{
    private readonly GreenNode? _single;
    private readonly GreenNode?[]? _slots;

    public GreenSyntaxNode(SyntaxKind kind, GreenNode? single) : base(kind, single?.FullWidth ?? 0)
    {
        _single = single;
        AdoptFlags(single);
    }

    public GreenSyntaxNode(SyntaxKind kind, params GreenNode?[] slots) : base(kind, Sum(slots))
    {
        if (slots.Length == 1)
        {
            _single = slots[0];
        }
        else
        {
            _slots = slots;
        }
        foreach (GreenNode? slot in slots) AdoptFlags(slot);
    }

    private static int Sum(GreenNode?[] slots)
    {
        int width = 0;
        foreach (GreenNode? slot in slots) width += slot?.FullWidth ?? 0;
        return width;
    }

    public static GreenSyntaxNode Missing(SyntaxKind kind, params GreenNode?[] slots)
    {
        var node = new GreenSyntaxNode(kind, slots);
        node.Flags |= GreenFlags.IsMissing;
        return node;
    }

    public override int SlotCount => _slots?.Length ?? 1;
    public override GreenNode? GetSlot(int index) => _slots is null ? (index == 0 ? _single : throw new ArgumentOutOfRangeException(nameof(index))) : _slots[index];

    /// <summary>A copy with one slot replaced; the copy keeps this node's diagnostics and missing flag.</summary>
    public GreenSyntaxNode WithSlot(int index, GreenNode? child)
    {
        GreenNode?[] slots = new GreenNode?[SlotCount];
        for (int i = 0; i < slots.Length; i++) slots[i] = GetSlot(i);
        slots[index] = child;
        var node = new GreenSyntaxNode(Kind, slots);
        if (IsMissing) node.Flags |= GreenFlags.IsMissing;
        return node.WithDiagnostics<GreenSyntaxNode>(GetOwnDiagnostics());
    }

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        if (_slots is null)
        {
            _single?.WriteTo(builder);
            return;
        }
        foreach (GreenNode? slot in _slots) slot?.WriteTo(builder);
    }
}
