using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0205: a legal-notice marker (<c>تنبيه:</c>, <c>YASAL UYARI:</c>, <c>HIŞYARÎ:</c>, <c>LEGAL NOTICE:</c>
/// — a registry marker, optional whitespace, a colon) inside a body paragraph or the headline. The grammar
/// makes a line a notice only when it starts with a marker, so a notice run into the end of a paragraph
/// (a lost line break) silently stays body text; this finds it.
/// <para>
/// Every marker found in a paragraph or headline is "not at the start of the line": a line that starts with
/// one is a notice line, never a paragraph or a headline. The marker must start a word (so <c>وتنبيه:</c>
/// is not one). The span covers the marker through its colon, as the notice's marker token does.
/// </para>
/// <para>
/// Every marker ends with a colon, and colons are rare in prose, so the headline and the body are scanned
/// for ':' (one vectorized <c>IndexOf</c> pass, no walk of the paragraph list) and only at a colon does the
/// analyzer look back for a marker. A candidate then looks up its token, to make sure it stands in paragraph
/// or headline text (not in a dateline, a tag or skipped trivia).
/// </para>
/// </summary>
internal sealed class NoticeInsideBodyAnalyzer : IDispatchAnalyzer
{
    private static readonly string[] s_markers = AgencyRegistry.Default.NoticeMarkers.Select(marker => marker.Marker).ToArray();

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.NoticeInsideBody;

    public void Analyze(AnalysisContext context)
    {
        Scan(context, context.Root.Headline.Span);
        Scan(context, context.Root.Body.Span);
    }

    private void Scan(AnalysisContext context, TextSpan region)
    {
        ReadOnlySpan<char> text = context.Text.AsSpan();
        int offset = region.Start;
        while (offset < region.End)
        {
            int found = text[offset..region.End].IndexOf(':');
            if (found < 0) return;
            int colon = offset + found;
            offset = colon + 1;
            if (MarkerStart(text[region.Start..colon]) is not int relative) continue;

            int start = region.Start + relative;
            SyntaxToken token = context.Root.FindToken(start);
            if (token.Parent is not (ParagraphSyntax or HeadlineSyntax) || !token.Span.Contains(start) || colon >= token.Span.End) continue;
            // A marker starts a word: the token's own start counts as a boundary.
            if (start > token.Span.Start && AgencyNames.IsWordCharacterBefore(text, start)) continue;

            var marker = TextSpan.FromBounds(start, colon + 1);
            context.Report(Descriptor, marker, text.Slice(marker.Start, marker.Length).ToString());
        }
    }

    /// <summary>Where a notice marker starts when <paramref name="beforeColon"/> ends with one (and optional whitespace), or null.</summary>
    private static int? MarkerStart(ReadOnlySpan<char> beforeColon)
    {
        ReadOnlySpan<char> trimmed = beforeColon[..CharacterClasses.TrimEnd(beforeColon, 0, beforeColon.Length)];
        foreach (string marker in s_markers)
            if (trimmed.EndsWith(marker, StringComparison.Ordinal)) return trimmed.Length - marker.Length;
        return null;
    }
}
