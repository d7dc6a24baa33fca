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
/// role cannot change when its class stays a paragraph line (the structure depends only on the classes of
/// the first, last and marker lines), so the result equals a full parse.
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
    /// The fast path. Works on the edited line's own characters only (the old node's text with the edit
    /// applied), so it costs O(line + log n) and never builds the new document string.
    /// </summary>
    private static GreenSyntaxNode? TryReparseOneLine(DispatchSyntaxTree oldTree, TextChange edit)
    {
        if (edit.NewText.AsSpan().IndexOfAny('\r', '\n', '\uFEFF') >= 0) return null;
        DocumentSyntax root = oldTree.Root;
        if (edit.Span.Start >= root.FullSpan.End) return null;
        SyntaxNode? line = root.FindToken(edit.Span.Start).Parent;
        if (line is not (ParagraphSyntax or BriefSyntax) || line.ContainsSkippedText) return null;

        // The edit must stay inside the line: between its first character and its line break.
        SyntaxToken token = line is ParagraphSyntax paragraph ? paragraph.TextToken : ((BriefSyntax)line).TextToken;
        int lineStart = token.Span.Start - IndentationWidth(token);
        int lineEnd = token.Span.End + TrailingSpaceWidth(token);
        if (edit.Span.Start < lineStart || edit.Span.End > lineEnd || !EndsWithLineBreak(token)) return null;

        GreenList list;
        int listPosition;
        if (line is ParagraphSyntax)
        {
            SyntaxList<ParagraphSyntax> paragraphs = root.Body.Paragraphs;
            if (paragraphs.Count < 3 || paragraphs[0].Position == line.Position || paragraphs[^1].Position == line.Position) return null;
            list = (GreenList)root.Body.Green.GetSlot(1)!;
            listPosition = root.Body.Position + root.Body.Green.GetSlotOffset(1);
        }
        else
        {
            list = (GreenList)root.BriefList.Green.GetSlot(0)!;
            listPosition = root.BriefList.Position;
        }

        string oldLine = line.Green.ToFullString();
        int relativeStart = edit.Span.Start - line.Position;
        string newLine = string.Concat(oldLine.AsSpan(0, relativeStart), edit.NewText, oldLine.AsSpan(relativeStart + edit.Span.Length));
        int newLineStart = lineStart - line.Position;
        if (newLineStart < newLine.Length && newLine[newLineStart] == '\uFEFF') return null;

        GreenNode? replacement = new Parser(newLine).ReparseLine(line.Kind, 0, newLine.Length);
        if (replacement is null) return null;

        GreenList newList = ReplaceItem(list, listPosition, line.Position, replacement);
        GreenSyntaxNode document = oldTree.GreenRoot;
        if (line is ParagraphSyntax)
        {
            var body = (GreenSyntaxNode)document.GetSlot(2)!;
            return document.WithSlot(2, body.WithSlot(1, newList));
        }
        var briefs = (GreenSyntaxNode)document.GetSlot(5)!;
        return document.WithSlot(5, briefs.WithSlot(0, newList));
    }

    private static int IndentationWidth(SyntaxToken token)
    {
        int width = 0;
        for (int i = token.LeadingTrivia.Count - 1; i >= 0 && token.LeadingTrivia[i].Kind == SyntaxKind.WhitespaceTrivia; i--)
            width += token.LeadingTrivia[i].Span.Length;
        return width;
    }

    private static int TrailingSpaceWidth(SyntaxToken token)
    {
        SyntaxTriviaList trailing = token.TrailingTrivia;
        return trailing.Count > 0 && trailing[0].Kind == SyntaxKind.WhitespaceTrivia ? trailing[0].Span.Length : 0;
    }

    private static bool EndsWithLineBreak(SyntaxToken token)
    {
        SyntaxTriviaList trailing = token.TrailingTrivia;
        return trailing.Count > 0 && trailing[^1].Kind == SyntaxKind.LineBreakTrivia;
    }

    /// <summary>Replaces the item whose full start is <paramref name="itemPosition"/>, copying only the chunks on its path.</summary>
    private static GreenList ReplaceItem(GreenList list, int listPosition, int itemPosition, GreenNode replacement)
    {
        int offset = listPosition;
        for (int i = 0; i < list.SlotCount; i++)
        {
            GreenNode child = list.GetSlot(i);
            if (itemPosition < offset + child.FullWidth)
            {
                if (list.IsLeaf) return list.WithChild(i, replacement);
                return list.WithChild(i, ReplaceItem((GreenList)child, offset, itemPosition, replacement));
            }
            offset += child.FullWidth;
        }
        throw new InvalidOperationException("The item to replace is not in the list.");
    }
}
