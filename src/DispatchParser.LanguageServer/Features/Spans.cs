using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Spans of the parts that are present, without missing zero-width nodes (which sit after a line break).</summary>
internal static class Spans
{
    /// <summary>From the first lead-in, deck line, byline, dateline or paragraph to the source line, agency tag or last paragraph; null when the body is empty.</summary>
    public static TextSpan? Body(DocumentSyntax root)
    {
        int start = int.MaxValue, end = -1;
        void Include(SyntaxNode? node)
        {
            if (node is null || node.IsMissing) return;
            start = Math.Min(start, node.Span.Start);
            end = Math.Max(end, node.Span.End);
        }
        foreach (LeadInSyntax leadIn in root.LeadIns) Include(leadIn);
        foreach (ParagraphSyntax deck in root.Body.LeadParagraphs) Include(deck);
        Include(root.Byline);
        Include(root.Dateline);
        if (root.Paragraphs.Count > 0)
        {
            Include(root.Paragraphs[0]);
            Include(root.Paragraphs[root.Paragraphs.Count - 1]);
        }
        Include(root.AgencyTag);
        Include(root.Source);
        return end < 0 ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>From the first brief to the last; null when there is none.</summary>
    public static TextSpan? Briefs(DocumentSyntax root)
    {
        SyntaxList<BriefSyntax> briefs = root.Briefs;
        return briefs.Count == 0 ? null : TextSpan.FromBounds(briefs[0].Span.Start, briefs[briefs.Count - 1].Span.End);
    }
}
