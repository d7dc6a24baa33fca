using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Parsing;

/// <summary>Supplies green nodes of an older tree that an incremental parse may take over unchanged.</summary>
internal interface IReusableNodeSource
{
    /// <summary>
    /// A node of <paramref name="kind"/> whose full text starts at <paramref name="fullStart"/> of the new text
    /// and is identical there, taken from a place of the old tree where it had the same role; or null.
    /// </summary>
    GreenNode? TryGet(SyntaxKind kind, int fullStart);
}

internal sealed partial class Parser
{
    /// <summary>
    /// Takes over a middle paragraph or a brief from the old tree when the reuse source has one at this
    /// position. Only nodes free of skipped text qualify, so that the pending trivia (the blank lines
    /// before the line) is exactly the reused node's leading trivia; and only nodes that report the blank
    /// lines before them as a fresh node here would (<paramref name="reported"/>: the blank lines this parse
    /// reports, count 0 for none), since the old node may have stood where they were read or reported otherwise.
    /// </summary>
    private GreenNode? TryReuse(SyntaxKind kind, int fullStart, (int Count, int Start, int Width) reported)
    {
        if (_reuse is null || ContainsSkipped(_pending)) return null;
        GreenNode? node = _reuse.TryGet(kind, fullStart);
        if (node is null || node.ContainsSkippedText || !ReportsBlankLines(node, reported.Count > 0 ? (reported.Start - fullStart, reported.Width) : null))
            return null;
        _pending.Clear();
        _cursor = fullStart + node.FullWidth;
        _position = _cursor;
        return node;
    }

    /// <summary>True when the node's own blank-line diagnostic is exactly <paramref name="expected"/> (offset, width), or absent when null.</summary>
    private static bool ReportsBlankLines(GreenNode node, (int Offset, int Width)? expected)
    {
        foreach (DiagnosticInfo diagnostic in node.GetOwnDiagnostics())
        {
            if (diagnostic.Descriptor == DiagnosticCodes.BlankLineInside)
                return expected is { } blank && diagnostic.Offset == blank.Offset && diagnostic.Length == blank.Width;
        }
        return expected is null;
    }

    private static bool ContainsSkipped(List<GreenTrivia> trivia)
    {
        foreach (GreenTrivia item in trivia)
            if (item.Kind == SyntaxKind.SkippedTextTrivia) return true;
        return false;
    }
}
