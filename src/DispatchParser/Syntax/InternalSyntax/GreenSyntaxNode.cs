namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>An interior node with a fixed number of slots (absent optional children are null).</summary>
internal sealed class GreenSyntaxNode : GreenNode
{
    private readonly GreenNode?[] _slots;

    public GreenSyntaxNode(SyntaxKind kind, params GreenNode?[] slots) : base(kind, Sum(slots))
    {
        _slots = slots;
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

    public override int SlotCount => _slots.Length;
    public override GreenNode? GetSlot(int index) => _slots[index];

    /// <summary>A copy with one slot replaced; the copy keeps this node's diagnostics and missing flag.</summary>
    public GreenSyntaxNode WithSlot(int index, GreenNode? child)
    {
        var slots = (GreenNode?[])_slots.Clone();
        slots[index] = child;
        var node = new GreenSyntaxNode(Kind, slots);
        if (IsMissing) node.Flags |= GreenFlags.IsMissing;
        return node.WithDiagnostics<GreenSyntaxNode>(GetOwnDiagnostics());
    }

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        foreach (GreenNode? slot in _slots) slot?.WriteTo(builder);
    }
}
