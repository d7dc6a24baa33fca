using System.Text;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// Hover on a mark that names an agency — the tag, sign-off (with who signed it and where) or credit, the dateline's, the byline's or the source line's
/// agency: the agency's full name, id and aliases from the registry. On an end marker: what it means and its time
/// stamp; on a lead-in: what kind it is; on a place dateline's place: that it names no agency.
/// </summary>
internal static class HoverProvider
{
    public static Hover? Compute(DispatchSyntaxTree tree, int offset)
    {
        DocumentSyntax root = tree.Root;
        foreach (AgencyMark mark in AgencyMarks.All(root))
            if (Touches(mark.Span, offset)) return DescribeAgency(tree.Text, mark);

        if (root.EndMarker is { MarkerToken: { IsNone: false, IsMissing: false } } marker && Touches(marker.Span, offset))
            return DescribeEndMarker(tree.Text, marker);

        foreach (LeadInSyntax leadIn in root.LeadIns)
            if (Touches(leadIn.Span, offset)) return DescribeLeadIn(tree.Text, leadIn);

        if (root.Dateline is { AgencyNameToken.IsNone: true, PlaceToken: { IsNone: false, IsMissing: false } place } && Touches(place.Span, offset))
            return Markdown(tree.Text, place.Span, $"**Place dateline** {Code(place.Text)}: where the story comes from; it names no agency.");
        return null;
    }

    /// <summary>Inside the span or right after its last character (where a cursor stands after typing it).</summary>
    private static bool Touches(TextSpan span, int offset) => offset >= span.Start && offset <= span.End;

    private static Hover DescribeAgency(SourceText text, AgencyMark mark)
    {
        var markdown = new StringBuilder();
        if (mark.Agency is { } agency)
        {
            markdown.Append("**").Append(agency.Name).Append("** (").Append(mark.Role).Append(")\n\n");
            markdown.Append("Id: `").Append(agency.Id).Append("`\n\n");
            markdown.Append("Aliases: ").AppendJoin(", ", agency.Aliases.Select(Code)).Append("\n\n");
            markdown.Append("Names: ").AppendJoin(", ", agency.Names);
        }
        else
        {
            markdown.Append(Code(mark.Spelling)).Append(" (").Append(mark.Role).Append(") is not an agency of the registry.");
        }
        if (mark.SignedSignOff is { } signed)
        {
            markdown.Append("\n\nSigned");
            if (signed.SignatureReporterSpan is { } reporter) markdown.Append(" by ").Append(Code(text.ToString(reporter)));
            if (signed.SignaturePlaceSpan is { } place) markdown.Append(" in ").Append(Code(text.ToString(place)));
            markdown.Append('.');
        }
        return Markdown(text, mark.Span, markdown.ToString());
    }

    private static Hover DescribeEndMarker(SourceText text, EndMarkerSyntax marker)
    {
        var markdown = new StringBuilder();
        markdown.Append(marker.IsContinuation
            ? "**Continuation marker**: the story continues in a later dispatch."
            : "**End marker**: the story ends here.");
        if (marker.IsInline) markdown.Append("\n\nIt ends the last paragraph's line rather than standing on a line of its own.");
        if (marker.StampSpan is { } stamp) markdown.Append("\n\nTime stamp: ").Append(Code(text.ToString(stamp)));
        return Markdown(text, marker.Span, markdown.ToString());
    }

    private static Hover DescribeLeadIn(SourceText text, LeadInSyntax leadIn)
    {
        string what = leadIn.Kind switch
        {
            SyntaxKind.Residue => "scraper residue (share bars, page navigation)",
            SyntaxKind.SourcePrefix => "a source prefix naming no particular agency",
            SyntaxKind.TakeLabel => "the take label of a continued wire item",
            _ => "text before the first paragraph",
        };
        return Markdown(text, leadIn.Span, $"**Lead-in**: {what}; not a paragraph of the story.");
    }

    private static Hover Markdown(SourceText text, TextSpan span, string markdown) =>
        new(new MarkupContent(MarkupKind.Markdown, markdown), text.ToRange(span));

    private static string Code(string value) => $"`{value}`";
}
