using System.Runtime.CompilerServices;
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
/// An immutable, position-free node of the tree: kind, width and children only, shareable between trees
/// (the incremental parser reuses them). Diagnostics live in a side table, flagged by a bit, so clean
/// subtrees cost nothing.
/// </summary>
internal abstract class GreenNode
{
    private static readonly ConditionalWeakTable<GreenNode, DiagnosticInfo[]> s_diagnostics = new();

    protected GreenNode(SyntaxKind kind, int fullWidth)
    {
        Kind = kind;
        FullWidth = fullWidth;
    }

    public SyntaxKind Kind { get; }
    public int FullWidth { get; }
    public GreenFlags Flags { get; protected set; }

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
    public DiagnosticInfo[] GetOwnDiagnostics() =>
        (Flags & GreenFlags.HasOwnDiagnostics) != 0 && s_diagnostics.TryGetValue(this, out DiagnosticInfo[]? list)
            ? list
            : [];

    /// <summary>Attaches diagnostics to a freshly built node (before it is shared).</summary>
    public T WithDiagnostics<T>(params DiagnosticInfo[] diagnostics) where T : GreenNode
    {
        if (diagnostics.Length == 0) return (T)this;
        DiagnosticInfo[] merged = [.. GetOwnDiagnostics(), .. diagnostics];
        s_diagnostics.AddOrUpdate(this, merged);
        Flags |= GreenFlags.HasOwnDiagnostics;
        return (T)this;
    }

    protected void AdoptFlags(GreenNode? child)
    {
        if (child is null) return;
        if (child.ContainsMissing) Flags |= GreenFlags.ContainsMissing;
        if (child.ContainsDiagnostics) Flags |= GreenFlags.ContainsDiagnostics;
        if (child.ContainsSkippedText) Flags |= GreenFlags.ContainsSkippedText;
    }

    public abstract void WriteTo(System.Text.StringBuilder builder);

    public string ToFullString()
    {
        var builder = new System.Text.StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    public override string ToString() => ToFullString();
}
