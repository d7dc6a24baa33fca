namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>What <see cref="GreenList.Visit{TVisitor}"/> calls for each item of a list, in order.</summary>
internal interface IGreenListItemVisitor
{
    /// <param name="item">The item (a paragraph, a brief, …).</param>
    /// <param name="fullStart">Its full start: the list's position plus the widths of the items before it.</param>
    void Visit(GreenNode item, int fullStart);
}

internal sealed partial class GreenList
{
    /// <summary>
    /// Calls <paramref name="visitor"/> for each item in order with its full start, the list starting at
    /// <paramref name="position"/>. For the hot paths (the analyzers over thousands of paragraphs): a struct visitor
    /// is called without boxing or an iterator; <see cref="ItemsWithOffsets"/> is the convenient form.
    /// </summary>
    public void Visit<TVisitor>(int position, ref TVisitor visitor) where TVisitor : struct, IGreenListItemVisitor
    {
        foreach (GreenElement element in _children)
        {
            GreenNode child = element.Node;
            if (IsLeaf) visitor.Visit(child, position);
            else ((GreenList)child).Visit(position, ref visitor);
            position += child.FullWidth;
        }
    }
}
