using DispatchParser.Diagnostics;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0204: a body paragraph whose text (ordinal, trimmed of the grammar's whitespace) repeats an earlier
/// one — a paragraph pasted twice, common in crawled copy. The message names the first occurrence,
/// 1-based. Briefs are not compared: unrelated items after the notice may repeat on purpose.
/// <para>
/// Linear: one hash set keyed by spans of the source text (hashing and comparing the characters in
/// place), so no paragraph text is copied into a string.
/// </para>
/// </summary>
internal sealed class DuplicateParagraphAnalyzer : IDispatchAnalyzer
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.DuplicateParagraph;

    public void Analyze(AnalysisContext context)
    {
        SyntaxList<ParagraphSyntax> paragraphs = context.Root.Paragraphs;
        if (paragraphs.Count < 2) return;
        string text = context.Text.Text;
        var firstIndex = new Dictionary<TextSpan, int>(paragraphs.Count, new SliceComparer(text));
        int index = 0;
        foreach (ParagraphSyntax paragraph in paragraphs)
        {
            index++;
            TextSpan span = Trim(text, paragraph.TextToken.Span);
            if (span.IsEmpty) continue;
            if (!firstIndex.TryAdd(span, index))
                context.Report(Descriptor, span, firstIndex[span]);
        }
    }

    /// <summary>The parser already trims paragraphs; trimming again keeps this check right if that ever changes.</summary>
    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = CharacterClasses.SkipWhitespace(text.AsSpan(0, span.End), span.Start);
        return TextSpan.FromBounds(start, CharacterClasses.TrimEnd(text, start, span.End));
    }

    /// <summary>Equality of the text two spans cover, not of the spans.</summary>
    private sealed class SliceComparer(string text) : IEqualityComparer<TextSpan>
    {
        public bool Equals(TextSpan x, TextSpan y) =>
            text.AsSpan(x.Start, x.Length).SequenceEqual(text.AsSpan(y.Start, y.Length));

        public int GetHashCode(TextSpan obj) => string.GetHashCode(text.AsSpan(obj.Start, obj.Length));
    }
}
