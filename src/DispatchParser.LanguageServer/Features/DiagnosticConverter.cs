using DispatchParser.Diagnostics;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.Syntax;
using Lsp = DispatchParser.LanguageServer.Protocol;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Core diagnostics as LSP diagnostics: stable code, severity, source, and related locations where natural.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "dispatch";

    public static IReadOnlyList<Lsp.Diagnostic> Convert(DocumentSnapshot snapshot)
    {
        var result = new List<Lsp.Diagnostic>(snapshot.Diagnostics.Count);
        var firstParagraphs = new FirstParagraphs(snapshot.Tree.Root);
        foreach (Diagnostic diagnostic in snapshot.Diagnostics)
            if (Severity(diagnostic.Severity) is { } severity)
                result.Add(Convert(snapshot, diagnostic, severity, firstParagraphs));
        return result;
    }

    public static Lsp.Diagnostic Convert(DocumentSnapshot snapshot, Diagnostic diagnostic) =>
        Convert(snapshot, diagnostic, Severity(diagnostic.Severity) ?? Lsp.DiagnosticSeverity.Hint, new FirstParagraphs(snapshot.Tree.Root));

    private static Lsp.Diagnostic Convert(DocumentSnapshot snapshot, Diagnostic diagnostic, Lsp.DiagnosticSeverity severity, FirstParagraphs firstParagraphs) => new()
    {
        Range = snapshot.Tree.Text.ToRange(diagnostic.Span),
        Severity = severity,
        Code = diagnostic.Code,
        Source = Source,
        Message = diagnostic.Message,
        RelatedInformation = Related(snapshot, diagnostic, firstParagraphs),
    };

    /// <summary>
    /// Where each paragraph text first occurs, built on first use and once per conversion: a duplicate's
    /// related location is a lookup, not a scan of the paragraphs before it (quadratic on a document that
    /// repeats itself: 144 s for 128 k duplicates).
    /// </summary>
    private sealed class FirstParagraphs(DocumentSyntax root)
    {
        private Dictionary<string, Text.TextSpan>? _first;

        public Text.TextSpan? Before(string text, int position)
        {
            _first ??= Build(root);
            return _first.TryGetValue(text, out Text.TextSpan span) && span.Start < position ? span : null;
        }

        private static Dictionary<string, Text.TextSpan> Build(DocumentSyntax root)
        {
            var first = new Dictionary<string, Text.TextSpan>(StringComparer.Ordinal);
            foreach (ParagraphSyntax paragraph in root.Paragraphs) first.TryAdd(paragraph.Text, paragraph.Span);
            return first;
        }
    }

    private static Lsp.DiagnosticSeverity? Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Lsp.DiagnosticSeverity.Error,
        DiagnosticSeverity.Warning => Lsp.DiagnosticSeverity.Warning,
        DiagnosticSeverity.Info => Lsp.DiagnosticSeverity.Information,
        _ => null,
    };

    /// <summary>The other place a diagnostic is about: the headline a separator is missing after, the notice naming an agency.</summary>
    private static List<Lsp.DiagnosticRelatedInformation>? Related(DocumentSnapshot snapshot, Diagnostic diagnostic, FirstParagraphs firstParagraphs)
    {
        DocumentSyntax root = snapshot.Tree.Root;
        var related = new List<Lsp.DiagnosticRelatedInformation>();
        switch (diagnostic.Code)
        {
            case "DSP0002" when !root.Headline.IsMissing:
                related.Add(Info(snapshot, root.Headline.Span, "the headline, which needs a blank line after it"));
                break;
            case "DSP0003" when root.Notice.FindNamedAgency() is { } named:
                related.Add(Info(snapshot, named.Span, $"the legal notice names {named.Agency.Name} ({named.Agency.Id})"));
                break;
            case "DSP0201" when !root.Notice.IsMissing:
                related.Add(Info(snapshot, root.Notice.Span, "the legal notice"));
                break;
            case "DSP0204":
                if (firstParagraphs.Before(snapshot.Tree.Text.ToString(diagnostic.Span), diagnostic.Span.Start) is { } first)
                    related.Add(Info(snapshot, first, "the paragraph it repeats"));
                break;
        }
        return related.Count == 0 ? null : related;
    }

    private static Lsp.DiagnosticRelatedInformation Info(DocumentSnapshot snapshot, Text.TextSpan span, string message) =>
        new(new Lsp.Location(snapshot.Uri, snapshot.Tree.Text.ToRange(span)), message);
}
