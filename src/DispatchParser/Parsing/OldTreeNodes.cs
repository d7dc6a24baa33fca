using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Parsing;

/// <summary>
/// The old tree's middle paragraphs and briefs, by full start, offered to a full reparse when they lie
/// wholly outside the edit. A node [a, b) is unaffected when b &lt; edit start (the character after it, which
/// decides whether a CR pairs with an LF, is unchanged too) or a ≥ edit end.
/// </summary>
internal sealed class OldTreeNodes : IReusableNodeSource
{
    private readonly Dictionary<int, GreenNode> _paragraphs = new();
    private readonly Dictionary<int, GreenNode> _briefs = new();
    private readonly TextChangeRange _change;

    public OldTreeNodes(DispatchSyntaxTree oldTree, TextChangeRange change)
    {
        _change = change;
        GreenSyntaxNode document = oldTree.GreenRoot;
        var body = (GreenSyntaxNode)document.GetSlot(DocumentSlots.Body)!;
        var briefs = (GreenSyntaxNode)document.GetSlot(DocumentSlots.BriefList)!;
        var paragraphList = (GreenList)body.GetSlot(BodySlots.Paragraphs)!;
        int paragraphsPosition = document.GetSlotOffset(DocumentSlots.Body) + body.GetSlotOffset(BodySlots.Paragraphs);
        int count = paragraphList.Count, index = 0;
        foreach ((int offset, GreenNode node) in paragraphList.ItemsWithOffsets())
        {
            // First and last paragraphs have context-dependent shapes (dateline, tag); they are never offered.
            if (index > 0 && index < count - 1) _paragraphs[paragraphsPosition + offset] = node;
            index++;
        }
        int briefsPosition = document.GetSlotOffset(DocumentSlots.BriefList) + briefs.GetSlotOffset(BriefListSlots.Briefs);
        foreach ((int offset, GreenNode node) in ((GreenList)briefs.GetSlot(BriefListSlots.Briefs)!).ItemsWithOffsets())
            _briefs[briefsPosition + offset] = node;
    }

    public GreenNode? TryGet(SyntaxKind kind, int fullStart)
    {
        int oldStart;
        if (fullStart < _change.Span.Start) oldStart = fullStart;
        else if (fullStart >= _change.Span.Start + _change.NewLength) oldStart = fullStart - _change.Delta;
        else return null;

        Dictionary<int, GreenNode> nodes = kind == SyntaxKind.Paragraph ? _paragraphs : _briefs;
        if (!nodes.TryGetValue(oldStart, out GreenNode? node)) return null;
        bool before = oldStart + node.FullWidth < _change.Span.Start;
        bool after = oldStart >= _change.Span.End;
        return before || after ? node : null;
    }
}
