using System.Buffers;
using System.Numerics;
using DispatchParser.Diagnostics;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0204: a body paragraph whose text (ordinal, trimmed of the grammar's whitespace) repeats an earlier
/// one — a paragraph pasted twice, common in crawled copy. The message names the first occurrence,
/// 1-based. Briefs are not compared: unrelated items after the notice may repeat on purpose.
/// <para>
/// Linear, and cheap on the usual dispatch, where no two paragraphs share their length and first, middle and
/// last characters: the paragraphs' spans are read from the green list (no red paragraph or token is made for
/// this check alone), and only paragraphs that share those with another one are hashed in full — texts that
/// differ in them cannot be equal. Over 10,000 files, making the red nodes and hashing every paragraph (Marvin)
/// were 18 % of <c>dispatch check</c>'s CPU time. The hash set is keyed by spans of the source text (hashing and
/// comparing the characters in place), so no paragraph text is copied into a string.
/// </para>
/// </summary>
internal sealed class DuplicateParagraphAnalyzer : IDispatchAnalyzer
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.DuplicateParagraph;

    public void Analyze(AnalysisContext context)
    {
        BodySyntax body = context.Root.Body;
        if (body.Green.GetSlot(BodySlots.Paragraphs) is not GreenList list || list.Count < 2) return;
        string text = context.Text.Text;

        TextSpan[] spans = ArrayPool<TextSpan>.Shared.Rent(list.Count);
        // Counters (0, 1, 2 = shared) per slot of a table of at least 16 slots per paragraph, indexed by a cheap
        // hash of the length and three characters: only paragraphs whose slot another one shares can repeat one.
        // No chaining, so a crafted input cannot make it quadratic; a collision only sends a paragraph on to the
        // exact comparison below.
        int tableSize = (int)Math.Min(1L << 24, BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, list.Count * 16)));
        byte[] table = ArrayPool<byte>.Shared.Rent(tableSize);
        try
        {
            var collector = new SpanCollector(text, spans);
            list.Visit(body.Position + body.Green.GetSlotOffset(BodySlots.Paragraphs), ref collector);
            int count = collector.Count;
            Span<byte> slots = table.AsSpan(0, tableSize);
            slots.Clear();
            bool anyShared = false;
            for (int i = 0; i < count; i++)
            {
                if (spans[i].IsEmpty) continue;
                ref byte slot = ref slots[Slot(text, spans[i], tableSize)];
                if (slot < 2) slot++;
                anyShared |= slot == 2;
            }
            if (!anyShared) return;

            var firstIndex = new Dictionary<TextSpan, int>(new SliceComparer(text));
            for (int i = 0; i < count; i++)
            {
                TextSpan span = spans[i];
                if (span.IsEmpty || slots[Slot(text, span, tableSize)] < 2) continue;
                if (!firstIndex.TryAdd(span, i + 1))
                    context.Report(Descriptor, span, firstIndex[span]);
            }
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(spans);
            ArrayPool<byte>.Shared.Return(table);
        }
    }

    /// <summary>Writes the trimmed text span of each paragraph into <see cref="Spans"/>, in order.</summary>
    private struct SpanCollector(string text, TextSpan[] spans) : IGreenListItemVisitor
    {
        public readonly TextSpan[] Spans = spans;
        public int Count;

        public void Visit(GreenNode item, int fullStart) => Spans[Count++] = Trim(text, TextSpanOf(item, fullStart));
    }

    /// <summary>The table slot of a non-empty span: its length and its first, middle and last characters, mixed.</summary>
    private static int Slot(string text, TextSpan span, int tableSize)
    {
        ulong key = ((ulong)(uint)span.Length << 32)
            | ((ulong)text[span.Start] << 21) ^ ((ulong)text[span.Start + (span.Length / 2)] << 10) ^ text[span.End - 1];
        return (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - BitOperations.Log2((uint)tableSize)));
    }

    /// <summary>
    /// The span of a paragraph's text token (<see cref="ParagraphSyntax.TextToken"/>'s <c>Span</c>) from its green
    /// node at <paramref name="fullStart"/>; empty when it has none.
    /// </summary>
    private static TextSpan TextSpanOf(GreenNode paragraph, int fullStart)
    {
        // The parser's paragraphs hold their token's parts themselves (asking for the token would make it).
        if (paragraph is GreenLineNode line) return new TextSpan(fullStart + line.LeadingTriviaWidth, line.TextWidth);
        if (paragraph.GetSlot(LineSlots.Token) is not GreenToken token) return default;
        return new TextSpan(fullStart + paragraph.GetSlotOffset(LineSlots.Token) + token.LeadingTriviaWidth, token.TextWidth);
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
