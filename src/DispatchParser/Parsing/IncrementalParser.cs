using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Parsing;

/// <summary>
/// Reparses after an edit, reusing the old tree's green nodes. The unit of reuse is the line: a middle body
/// paragraph or a brief.
///
/// Fast path — an edit inside one middle paragraph or brief that adds or removes no line break: only that
/// line is lexed again and the O(log n) chunks above it in the balanced list are copied. A middle line's
/// role cannot change while it stays plain text (the structure depends only on the head lines, the last line,
/// and lines with a tag, a sign-off, a source or a marker), so the result equals a full parse.
///
/// Slow path — anything else (the structure may change): a full parse that takes over every old middle
/// paragraph and brief lying wholly outside the edit (widened by one character on each side, the lookahead
/// a line break needs: <c>\r</c> + <c>\n</c>).
/// </summary>
internal static class IncrementalParser
{
    /// <param name="edit">The single change when there is exactly one; the fast path needs its text.</param>
    public static GreenSyntaxNode Reparse(DispatchSyntaxTree oldTree, SourceText newText, TextChangeRange change, TextChange? edit) =>
        (edit is { } single ? TryReparseOneLine(oldTree, single) : null)
        ?? new Parser(newText.Text, reuse: new OldTreeNodes(oldTree, change)).ParseDocument();

    /// <summary>
    /// The fast path. Walks the green tree only (no red nodes) to the edited line, and works on that line's
    /// own characters (the old node's text with the edit applied), so it costs O(line + log n) and never
    /// builds the new document string.
    /// </summary>
    private static GreenSyntaxNode? TryReparseOneLine(DispatchSyntaxTree oldTree, TextChange edit)
    {
        if (edit.NewText.AsSpan().IndexOfAny('\r', '\n', '\uFEFF') >= 0) return null;
        GreenSyntaxNode document = oldTree.GreenRoot;
        int position = edit.Span.Start;

        // The edit must fall in the body's paragraph list or in the brief list.
        var body = (GreenSyntaxNode)document.GetSlot(DocumentSlots.Body)!;
        var briefs = (GreenSyntaxNode)document.GetSlot(DocumentSlots.BriefList)!;
        int bodyPosition = document.GetSlotOffset(DocumentSlots.Body);
        int paragraphsPosition = bodyPosition + body.GetSlotOffset(BodySlots.Paragraphs);
        int briefsPosition = document.GetSlotOffset(DocumentSlots.BriefList) + briefs.GetSlotOffset(BriefListSlots.Briefs);
        var paragraphs = (GreenList)body.GetSlot(BodySlots.Paragraphs)!;
        var briefList = (GreenList)briefs.GetSlot(BriefListSlots.Briefs)!;
        bool inParagraphs = position >= paragraphsPosition && position < paragraphsPosition + paragraphs.FullWidth;
        bool inBriefs = position >= briefsPosition && position < briefsPosition + briefList.FullWidth;
        if (!inParagraphs && !inBriefs) return null;

        GreenList list = inParagraphs ? paragraphs : briefList;
        int listPosition = inParagraphs ? paragraphsPosition : briefsPosition;
        (GreenNode line, int lineOffset, int index) = list.FindItemAt(position - listPosition);
        int linePosition = listPosition + lineOffset;
        // First and last paragraphs have context-dependent shapes (dateline, tag): only middle ones qualify.
        // The first lines may become a byline or a dateline (the head), the last one a tagged line.
        if (inParagraphs && (index < Parser.HeadLines || index == list.Count - 1)) return null;
        if (line.ContainsSkippedText) return null;

        // The edit must stay inside the line: between its first character and its line break.
        (GreenNode? leading, int textWidth, GreenNode? trailing) = LineParts(line);
        int textStart = linePosition + (leading?.FullWidth ?? 0);
        int lineStart = textStart - TrailingWhitespaceWidth(leading);
        int lineEnd = textStart + textWidth + LeadingWhitespaceWidth(trailing);
        if (edit.Span.Start < lineStart || edit.Span.End > lineEnd || !EndsWithLineBreak(trailing)) return null;

        // The new line in one allocation: the old line's pieces copied straight into the new string.
        int relativeStart = edit.Span.Start - linePosition;
        string newLine = string.Create(line.FullWidth + edit.NewText.Length - edit.Span.Length, (line, relativeStart, edit), static (span, state) =>
        {
            (GreenNode node, int at, TextChange change) = state;
            Span<char> old = node.FullWidth <= 1024 ? stackalloc char[node.FullWidth] : new char[node.FullWidth];
            CopyText(node, old);
            old[..at].CopyTo(span);
            change.NewText.AsSpan().CopyTo(span[at..]);
            old[(at + change.Span.Length)..].CopyTo(span[(at + change.NewText.Length)..]);
        });
        int newLineStart = lineStart - linePosition;
        if (newLineStart < newLine.Length && newLine[newLineStart] == '\uFEFF') return null;

        // The edit adds no line, so a notice below the body stays there.
        bool noticeBelow = !((GreenNode)document.GetSlot(DocumentSlots.Notice)!).IsMissing;
        GreenNode? replacement = new Parser(newLine).ReparseLine(line.Kind, 0, newLine.Length, noticeBelow);
        if (replacement is null) return null;

        GreenList newList = list.ReplaceItemAt(lineOffset, replacement);
        return inParagraphs
            ? document.WithSlot(DocumentSlots.Body, body.WithSlot(BodySlots.Paragraphs, newList))
            : document.WithSlot(DocumentSlots.BriefList, briefs.WithSlot(BriefListSlots.Briefs, newList));
    }

    /// <summary>Copies a node's full text (trivia included) into <paramref name="destination"/>; returns its width.</summary>
    private static int CopyText(GreenNode node, Span<char> destination)
    {
        switch (node)
        {
            case GreenTrivia trivia:
                trivia.Text.CopyTo(destination);
                return trivia.FullWidth;
            case GreenLineNode line:
            {
                int written = line.LeadingTrivia is { } leading ? CopyText(leading, destination) : 0;
                line.Text.CopyTo(destination[written..]);
                written += line.TextWidth;
                if (line.TrailingTrivia is { } trailing) written += CopyText(trailing, destination[written..]);
                return written;
            }
            case GreenToken token:
            {
                int written = token.LeadingTrivia is { } leading ? CopyText(leading, destination) : 0;
                token.Text.CopyTo(destination[written..]);
                written += token.TextWidth;
                if (token.TrailingTrivia is { } trailing) written += CopyText(trailing, destination[written..]);
                return written;
            }
            default:
            {
                int written = 0;
                for (int i = 0; i < node.SlotCount; i++)
                    if (node.GetSlot(i) is { } child) written += CopyText(child, destination[written..]);
                return written;
            }
        }
    }

    /// <summary>A one-line node's leading trivia, text width and trailing trivia (without making a parsed line's token).</summary>
    private static (GreenNode? Leading, int TextWidth, GreenNode? Trailing) LineParts(GreenNode line) => line switch
    {
        GreenLineNode parsed => (parsed.LeadingTrivia, parsed.TextWidth, parsed.TrailingTrivia),
        _ when line.GetSlot(LineSlots.Token) is GreenToken token => (token.LeadingTrivia, token.TextWidth, token.TrailingTrivia),
        _ => (null, 0, null),
    };

    // Trivia runs are null, one GreenTrivia, or a GreenTriviaList of them: read them without allocating.
    private static int TriviaCount(GreenNode? trivia) => trivia switch { null => 0, GreenTrivia => 1, _ => trivia.SlotCount };

    private static GreenNode TriviaAt(GreenNode trivia, int index) => trivia is GreenTrivia ? trivia : trivia.GetSlot(index)!;

    private static int TrailingWhitespaceWidth(GreenNode? trivia)
    {
        int width = 0;
        for (int i = TriviaCount(trivia) - 1; i >= 0 && TriviaAt(trivia!, i).Kind == SyntaxKind.WhitespaceTrivia; i--)
            width += TriviaAt(trivia!, i).FullWidth;
        return width;
    }

    private static int LeadingWhitespaceWidth(GreenNode? trivia) =>
        TriviaCount(trivia) > 0 && TriviaAt(trivia!, 0) is { Kind: SyntaxKind.WhitespaceTrivia } first ? first.FullWidth : 0;

    private static bool EndsWithLineBreak(GreenNode? trivia) =>
        TriviaCount(trivia) > 0 && TriviaAt(trivia!, TriviaCount(trivia) - 1).Kind == SyntaxKind.LineBreakTrivia;
}
