using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// The outline: headline; the body with its dateline, paragraphs and agency tag; end marker; legal notice;
/// the briefs. Missing parts are left out (their diagnostics say they are missing).
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
        if (root.Dateline is { } dateline)
            body.Add(Symbol(text, "Dateline", dateline.ToString(), SymbolKind.Event, dateline.Span));
        int number = 0;
        foreach (ParagraphSyntax paragraph in root.Paragraphs)
            body.Add(Symbol(text, $"Paragraph {++number}", paragraph.Text, SymbolKind.String, paragraph.Span));
        if (root.AgencyTag is { IsMissing: false } tag)
        {
            string name = tag.IsSignOff ? "Sign-off" : "Agency tag";
            body.Add(Symbol(text, name, AgencyLookup.Find(tag.Name) is { } agency ? $"{tag.Name} — {agency.Name}" : tag.Name, SymbolKind.Constant, tag.Span));
        }
        if (Spans.Body(root) is { } bodySpan)
            symbols.Add(Symbol(text, "Body", $"{number} paragraph{(number == 1 ? "" : "s")}", SymbolKind.Module, bodySpan, body));

        if (root.EndMarker is { } marker)
        {
            string name = marker.IsContinuation ? "Continuation marker" : "End marker";
            symbols.Add(Symbol(text, name, marker.MarkerToken.Text, SymbolKind.Key, marker.Span));
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
