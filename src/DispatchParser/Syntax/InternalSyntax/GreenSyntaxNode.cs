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
        : this(kind, slots, Sum(slots), Own(isMissing, GatherFlags(slots)), diagnostics)
    {
    }

    /// <summary>A node whose width and flags (its own missing flag and its children's) are known: one slot replaced.</summary>
    private GreenSyntaxNode(SyntaxKind kind, GreenNode?[] slots, int width, GreenFlags flags, DiagnosticInfo[]? diagnostics)
        : base(kind, width, flags, diagnostics)
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
        if (_slots is null) return [_single];
        // A block copy: storing each slot into a GreenNode[] would check every store's type (the array is covariant).
        var slots = new GreenNode?[_slots.Length];
        ((ReadOnlySpan<GreenNode?>)_slots).CopyTo(slots); // a read-only span: no covariance check on a derived array
        return slots;
    }

    /// <summary>A copy with one slot replaced; the copy keeps this node's diagnostics and missing flag.</summary>
    public GreenSyntaxNode WithSlot(int index, GreenNode? child)
    {
        GreenNode?[] slots = CopySlots();
        GreenNode? replaced = slots[index];
        slots[index] = child;
        int width = FullWidth - (replaced?.FullWidth ?? 0) + (child?.FullWidth ?? 0);
        // As GreenList.WithChild: the flags need no gathering again when the new child carries every flag the old one did.
        GreenFlags flags = (FlagsOf(replaced) & ~FlagsOf(child)) == GreenFlags.None
            ? (Flags & ~GreenFlags.HasOwnDiagnostics) | FlagsOf(child)
            : Own(IsMissing, GatherFlags(slots));
        return new GreenSyntaxNode(Kind, slots, width, flags, OwnDiagnosticsOrNull);
    }

    /// <summary>
    /// A copy with two slots replaced (<paramref name="first"/> and <paramref name="second"/>, distinct): one copy where two
    /// <see cref="WithSlot"/> calls make two (the incremental parser replaces the dateline and the first paragraph, or the
    /// last paragraph and the agency tag, of the body).
    /// </summary>
    public GreenSyntaxNode WithSlots(int first, GreenNode? firstChild, int second, GreenNode? secondChild)
    {
        GreenNode?[] slots = CopySlots();
        GreenNode? firstReplaced = slots[first], secondReplaced = slots[second];
        slots[first] = firstChild;
        slots[second] = secondChild;
        int width = FullWidth - (firstReplaced?.FullWidth ?? 0) - (secondReplaced?.FullWidth ?? 0) + (firstChild?.FullWidth ?? 0) + (secondChild?.FullWidth ?? 0);
        // As WithSlot, for each of the two: no gathering when the new children carry every flag the old ones did.
        GreenFlags flags = (FlagsOf(firstReplaced) & ~FlagsOf(firstChild)) == GreenFlags.None && (FlagsOf(secondReplaced) & ~FlagsOf(secondChild)) == GreenFlags.None
            ? (Flags & ~GreenFlags.HasOwnDiagnostics) | FlagsOf(firstChild) | FlagsOf(secondChild)
            : Own(IsMissing, GatherFlags(slots));
        return new GreenSyntaxNode(Kind, slots, width, flags, OwnDiagnosticsOrNull);
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
