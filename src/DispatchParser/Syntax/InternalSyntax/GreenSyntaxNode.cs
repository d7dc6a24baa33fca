using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// An interior node with a fixed number of slots (absent optional children are null); the slots of each kind
/// are named in <see cref="GreenFactory"/>, which builds them. Nodes with one slot — a paragraph, a brief, a
/// headline: one per line of a dispatch — keep it in a field, so a line costs one node and one token and no array.
/// </summary>
internal sealed class GreenSyntaxNode : GreenNode
{
    private readonly GreenNode? _single;
    private readonly GreenNode?[]? _slots;

    public GreenSyntaxNode(SyntaxKind kind, GreenNode? single, DiagnosticInfo[]? diagnostics = null)
        : base(kind, single?.FullWidth ?? 0, FlagsOf(single), diagnostics)
    {
        _single = single;
    }

    public GreenSyntaxNode(SyntaxKind kind, params GreenNode?[] slots) : this(kind, slots, isMissing: false, diagnostics: null)
    {
    }

    public GreenSyntaxNode(SyntaxKind kind, GreenNode?[] slots, bool isMissing, DiagnosticInfo[]? diagnostics)
        : base(kind, Sum(slots), GatherFlags(slots) | (isMissing ? GreenFlags.IsMissing : GreenFlags.None), diagnostics)
    {
        if (slots.Length == 1)
        {
            _single = slots[0];
        }
        else
        {
            _slots = slots;
        }
    }

    private static int Sum(GreenNode?[] slots)
    {
        int width = 0;
        foreach (GreenNode? slot in slots) width += slot?.FullWidth ?? 0;
        return width;
    }

    private static GreenFlags GatherFlags(GreenNode?[] slots)
    {
        GreenFlags flags = GreenFlags.None;
        foreach (GreenNode? slot in slots) flags |= FlagsOf(slot);
        return flags;
    }

    public static GreenSyntaxNode Missing(SyntaxKind kind, params GreenNode?[] slots) => new(kind, slots, isMissing: true, diagnostics: null);

    public override int SlotCount => _slots?.Length ?? 1;
    public override GreenNode? GetSlot(int index) => _slots is null ? (index == 0 ? _single : throw new ArgumentOutOfRangeException(nameof(index))) : _slots[index];

    private GreenNode?[] CopySlots()
    {
        var slots = new GreenNode?[SlotCount];
        for (int i = 0; i < slots.Length; i++) slots[i] = GetSlot(i);
        return slots;
    }

    /// <summary>A copy with one slot replaced; the copy keeps this node's diagnostics and missing flag.</summary>
    public GreenSyntaxNode WithSlot(int index, GreenNode? child)
    {
        GreenNode?[] slots = CopySlots();
        slots[index] = child;
        return new GreenSyntaxNode(Kind, slots, IsMissing, OwnDiagnosticsOrNull);
    }

    public override GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics) => new GreenSyntaxNode(Kind, CopySlots(), IsMissing, diagnostics);

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
