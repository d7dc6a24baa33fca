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
    /// before the line) is exactly the reused node's leading trivia.
    /// </summary>
    private GreenNode? TryReuse(SyntaxKind kind, int fullStart)
    {
        if (_reuse is null || ContainsSkipped(_pending)) return null;
        GreenNode? node = _reuse.TryGet(kind, fullStart);
        if (node is null || node.ContainsSkippedText) return null;
        _pending.Clear();
        _cursor = fullStart + node.FullWidth;
        _position = _cursor;
        return node;
    }

    private static bool ContainsSkipped(List<GreenTrivia> trivia)
    {
        foreach (GreenTrivia item in trivia)
            if (item.Kind == SyntaxKind.SkippedTextTrivia) return true;
        return false;
    }
}
