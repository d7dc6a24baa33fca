using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>
/// Rebuilds a tree bottom-up: override <see cref="VisitToken"/> or <see cref="Visit"/> for the nodes to
/// change; untouched subtrees are shared, not copied. The result is a detached root; wrap it with
/// <see cref="DispatchSyntaxTree.Create"/>.
/// </summary>
public abstract class SyntaxRewriter
{
    public virtual SyntaxNode Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        GreenNode rebuilt = Rebuild(node);
        return ReferenceEquals(rebuilt, node.Green) ? node : SyntaxNode.Create(rebuilt, null, 0);
    }

    /// <summary>The replacement for a token (by default the token itself).</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    private GreenNode Rebuild(SyntaxNode node)
    {
        GreenNode green = node.Green;
        if (green is GreenList list)
        {
            var items = new List<GreenNode>(list.Count);
            bool changed = false;
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                GreenNode item = Visit(child.AsNode!).Green;
                changed |= !ReferenceEquals(item, child.AsNode!.Green);
                items.Add(item);
            }
            return changed ? GreenList.Create(items) : green;
        }

        var slots = new GreenNode?[green.SlotCount];
        bool any = false;
        int offset = node.Position;
        for (int i = 0; i < green.SlotCount; i++)
        {
            GreenNode? slot = green.GetSlot(i);
            if (slot is GreenToken token)
            {
                SyntaxToken replaced = VisitToken(new SyntaxToken(node, token, offset));
                slots[i] = replaced.Green;
            }
            else if (slot is not null)
            {
                SyntaxNode child = SyntaxNode.Create(slot, node, offset);
                slots[i] = child is SyntaxListNode ? Rebuild(child) : Visit(child).Green;
            }
            any |= !ReferenceEquals(slots[i], slot);
            offset += slot?.FullWidth ?? 0;
        }
        if (!any) return green;
        return new GreenSyntaxNode(green.Kind, slots, green.IsMissing, diagnostics: null);
    }
}
