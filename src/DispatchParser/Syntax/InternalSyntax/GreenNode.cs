using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

[Flags]
internal enum GreenFlags : byte
{
    None = 0,
    IsMissing = 1,
    ContainsMissing = 2,
    HasOwnDiagnostics = 4,
    ContainsDiagnostics = 8,
    ContainsSkippedText = 16,
}

/// <summary>
/// An immutable, position-free node of the tree: kind, width, children and its own diagnostics, shareable
/// between trees (the incremental parser reuses them). Everything is fixed by the constructor: attaching a
/// diagnostic (<see cref="WithDiagnostics{T}"/>) makes a new node, so a node shared between trees — or one of
/// the process-wide trivia of <see cref="GreenTrivia"/> — can never gain one. Clean nodes pay one null field.
/// </summary>
internal abstract class GreenNode
{
    private readonly DiagnosticInfo[]? _diagnostics;

    /// <param name="flags">The node's own flags (missing, skipped text) and those gathered from its children (<see cref="FlagsOf(GreenNode?)"/>).</param>
    /// <param name="diagnostics">The node's own diagnostics, offsets relative to its full start; null or empty for none.</param>
    protected GreenNode(SyntaxKind kind, int fullWidth, GreenFlags flags, DiagnosticInfo[]? diagnostics)
    {
        Kind = kind;
        FullWidth = fullWidth;
        if (diagnostics is { Length: > 0 })
        {
            _diagnostics = diagnostics;
            flags |= GreenFlags.HasOwnDiagnostics;
        }
        Flags = flags;
    }

    public SyntaxKind Kind { get; }
    public int FullWidth { get; }
    public GreenFlags Flags { get; }

    public bool IsMissing => (Flags & GreenFlags.IsMissing) != 0;
    public bool ContainsMissing => (Flags & (GreenFlags.IsMissing | GreenFlags.ContainsMissing)) != 0;
    public bool ContainsDiagnostics => (Flags & (GreenFlags.HasOwnDiagnostics | GreenFlags.ContainsDiagnostics)) != 0;
    public bool ContainsSkippedText => (Flags & GreenFlags.ContainsSkippedText) != 0;

    public virtual bool IsToken => false;
    public virtual bool IsTrivia => false;
    public virtual bool IsList => false;

    public abstract int SlotCount { get; }
    public abstract GreenNode? GetSlot(int index);

    /// <summary>Width without the first token's leading and the last token's trailing trivia.</summary>
    public int Width => FullWidth - LeadingTriviaWidth - TrailingTriviaWidth;

    public virtual int LeadingTriviaWidth
    {
        get
        {
            for (int i = 0; i < SlotCount; i++)
            {
                GreenNode? child = GetSlot(i);
                if (child is not null && child.FullWidth > 0) return child.LeadingTriviaWidth;
            }
            return 0;
        }
    }

    public virtual int TrailingTriviaWidth
    {
        get
        {
            for (int i = SlotCount - 1; i >= 0; i--)
            {
                GreenNode? child = GetSlot(i);
                if (child is not null && child.FullWidth > 0) return child.TrailingTriviaWidth;
            }
            return 0;
        }
    }

    public int GetSlotOffset(int index)
    {
        int offset = 0;
        for (int i = 0; i < index; i++) offset += GetSlot(i)?.FullWidth ?? 0;
        return offset;
    }

    /// <summary>Diagnostics attached to this node itself, offsets relative to its full start.</summary>
    public DiagnosticInfo[] GetOwnDiagnostics() => _diagnostics ?? [];

    /// <summary>The own diagnostics as stored (null for none): what a copy of this node carries over.</summary>
    private protected DiagnosticInfo[]? OwnDiagnosticsOrNull => _diagnostics;

    /// <summary>
    /// A new node equal to this one with <paramref name="diagnostics"/> added to its own; this node is not changed.
    /// The result must be used: the parser builds a node and replaces it by the one with diagnostics.
    /// </summary>
    public T WithDiagnostics<T>(params DiagnosticInfo[] diagnostics) where T : GreenNode =>
        diagnostics.Length == 0 ? (T)this : (T)SetDiagnostics(_diagnostics is null ? diagnostics : [.. _diagnostics, .. diagnostics]);

    /// <summary>A copy of this node whose own diagnostics are exactly <paramref name="diagnostics"/> (as Roslyn's SetDiagnostics).</summary>
    public abstract GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics);

    /// <summary>The flags a parent gathers from a child.</summary>
    protected static GreenFlags FlagsOf(GreenNode? child)
    {
        if (child is null) return GreenFlags.None;
        GreenFlags flags = GreenFlags.None;
        if (child.ContainsMissing) flags |= GreenFlags.ContainsMissing;
        if (child.ContainsDiagnostics) flags |= GreenFlags.ContainsDiagnostics;
        if (child.ContainsSkippedText) flags |= GreenFlags.ContainsSkippedText;
        return flags;
    }

    /// <summary>The flags of a node that is itself missing or not, gathered with its children's (<paramref name="children"/>).</summary>
    protected static GreenFlags Own(bool isMissing, GreenFlags children) => isMissing ? children | GreenFlags.IsMissing : children;

    public abstract void WriteTo(System.Text.StringBuilder builder);

    public string ToFullString()
    {
        var builder = new System.Text.StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    public override string ToString() => ToFullString();
}
