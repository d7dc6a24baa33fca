using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// The outline: headline; the body with its lead-ins, deck, byline, dateline (or place dateline), paragraphs, agency
/// tag, sign-off (signed or not) or credit, and source line; end marker (with its time stamp); legal notice; the briefs. Missing
/// parts are left out (their diagnostics say they are missing).
/// </summary>
internal static class DocumentSymbols
{
    private const int DetailLength = 80;

    public static IReadOnlyList<DocumentSymbol> Compute(DispatchSyntaxTree tree)
    {
        DocumentSyntax root = tree.Root;
        SourceText text = tree.Text;
        var symbols = new List<DocumentSymbol>();

        if (!root.Headline.IsMissing)
            symbols.Add(Symbol(text, "Headline", root.Headline.Text, SymbolKind.String, root.Headline.Span));

        var body = new List<DocumentSymbol>();
        foreach (LeadInSyntax leadIn in root.LeadIns)
            body.Add(Symbol(text, LeadInName(leadIn.Kind), leadIn.Text, SymbolKind.Null, leadIn.Span));
        int deck = 0;
        foreach (ParagraphSyntax line in root.Body.LeadParagraphs)
            body.Add(Symbol(text, $"Deck {++deck}", line.Text, SymbolKind.String, line.Span));
        if (root.Byline is { } byline)
            body.Add(Symbol(text, "Byline", WithAgency(byline.ToString(), byline.Agency), SymbolKind.Field, byline.Span));
        if (root.Dateline is { } dateline)
        {
            string name = dateline.AgencyNameToken.IsNone ? "Place dateline" : "Dateline";
            body.Add(Symbol(text, name, dateline.ToString(), SymbolKind.Event, dateline.Span));
        }
        int number = 0;
        foreach (ParagraphSyntax paragraph in root.Paragraphs)
            body.Add(Symbol(text, $"Paragraph {++number}", paragraph.Text, SymbolKind.String, paragraph.Span));
        if (root.AgencyTag is { IsMissing: false } tag)
        {
            string role = AgencyMarks.Role(tag);
            string name = string.Concat(role[..1].ToUpperInvariant(), role[1..]);
            string detail = tag.IsCredit ? $"{tag.ReporterToken.Text} / {tag.Name}"
                : !tag.SignatureToken.IsNone ? $"{tag.SignatureToken.Text} {tag.Name}"
                : tag.Name;
            body.Add(Symbol(text, name, WithAgency(detail, tag.Agency), SymbolKind.Constant, tag.Span));
        }
        if (root.Source is { } source)
            body.Add(Symbol(text, "Source line", WithAgency(source.ToString(), source.Agency), SymbolKind.Constant, source.Span));
        if (Spans.Body(root) is { } bodySpan)
            symbols.Add(Symbol(text, "Body", $"{number} paragraph{(number == 1 ? "" : "s")}", SymbolKind.Module, bodySpan, body));

        if (root.EndMarker is { } marker)
        {
            string name = marker.IsContinuation ? "Continuation marker" : "End marker";
            string detail = marker.StampSpan is { } stamp && !marker.MarkerToken.Span.Contains(stamp)
                ? $"{marker.MarkerToken.Text} {text.ToString(stamp)}"
                : marker.MarkerToken.Text;
            symbols.Add(Symbol(text, name, marker.IsInline ? detail + " (ends the last paragraph's line)" : detail, SymbolKind.Key, marker.Span));
        }

        if (!root.Notice.IsMissing)
            symbols.Add(Symbol(text, "Legal notice", root.Notice.ToString(), SymbolKind.Object, root.Notice.Span));

        if (Spans.Briefs(root) is { } briefsSpan)
        {
            var children = new List<DocumentSymbol>(root.Briefs.Count);
            number = 0;
            foreach (BriefSyntax brief in root.Briefs)
                children.Add(Symbol(text, $"Brief {++number}", brief.Text, SymbolKind.String, brief.Span));
            symbols.Add(Symbol(text, "Briefs", $"{number} brief{(number == 1 ? "" : "s")}", SymbolKind.Array, briefsSpan, children));
        }
        return symbols;
    }

    private static string LeadInName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Residue => "Lead-in: residue",
        SyntaxKind.SourcePrefix => "Lead-in: source prefix",
        SyntaxKind.TakeLabel => "Lead-in: take label",
        _ => "Lead-in",
    };

    /// <summary>The detail and, when the registry knows the agency, its full name after a dash.</summary>
    private static string WithAgency(string detail, Dialects.Agency? agency) => agency is null ? detail : $"{detail} — {agency.Name}";

    private static DocumentSymbol Symbol(SourceText text, string name, string detail, SymbolKind kind, TextSpan span,
        IReadOnlyList<DocumentSymbol>? children = null)
    {
        Protocol.Range range = Documents.PositionMapping.ToRange(text, span);
        return new DocumentSymbol
        {
            Name = name,
            Detail = Shorten(detail),
            Kind = kind,
            Range = range,
            SelectionRange = range,
            Children = children,
        };
    }

    private static string Shorten(string detail)
    {
        string line = detail.ReplaceLineEndings(" ").Trim();
        return line.Length <= DetailLength ? line : string.Concat(line.AsSpan(0, DetailLength - 1), "…");
    }
}
