using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Folds the body (dateline to agency tag) and the briefs, each when it spans more than one line.</summary>
internal static class FoldingRanges
{
    public static IReadOnlyList<FoldingRange> Compute(DispatchSyntaxTree tree)
    {
        DocumentSyntax root = tree.Root;
        var ranges = new List<FoldingRange>(2);
        if (Spans.Body(root) is { } body) Add(tree.Text, body, "body", ranges);
        if (Spans.Briefs(root) is { } briefs) Add(tree.Text, briefs, "briefs", ranges);
        return ranges;
    }

    private static void Add(SourceText text, TextSpan span, string collapsedText, List<FoldingRange> into)
    {
        int startLine = text.GetLineNumber(span.Start);
        int endLine = text.GetLineNumber(span.End);
        if (endLine > startLine)
            into.Add(new FoldingRange { StartLine = startLine, EndLine = endLine, Kind = FoldingRangeKind.Region, CollapsedText = collapsedText });
    }
}
