using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Spans of the parts that are present, without missing zero-width nodes (which sit after a line break).</summary>
internal static class Spans
{
    /// <summary>From the dateline or first paragraph to the agency tag or last paragraph; null when the body is empty.</summary>
    public static TextSpan? Body(DocumentSyntax root)
    {
        int start = int.MaxValue, end = -1;
        void Include(SyntaxNode? node)
        {
            if (node is null || node.IsMissing) return;
            start = Math.Min(start, node.Span.Start);
            end = Math.Max(end, node.Span.End);
        }
        Include(root.Dateline);
        if (root.Paragraphs.Count > 0)
        {
            Include(root.Paragraphs[0]);
            Include(root.Paragraphs[root.Paragraphs.Count - 1]);
        }
        Include(root.AgencyTag);
        return end < 0 ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>From the first brief to the last; null when there is none.</summary>
    public static TextSpan? Briefs(DocumentSyntax root)
    {
        SyntaxList<BriefSyntax> briefs = root.Briefs;
        return briefs.Count == 0 ? null : TextSpan.FromBounds(briefs[0].Span.Start, briefs[briefs.Count - 1].Span.End);
    }
}
