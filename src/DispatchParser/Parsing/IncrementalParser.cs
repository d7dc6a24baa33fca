using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Parsing;

/// <summary>
/// Reparses after an edit, reusing the old tree's green nodes. The unit of reuse is the line.
///
/// Fast path — an edit inside one line that adds or removes no line break, where the line plays a part whose reading
/// cannot change the rest of the document while the line keeps it: the headline (with a separator after it), the
/// body's first line opening with a dateline, a middle paragraph, the tagged last paragraph before the notice, the
/// notice, a brief. Only that line is parsed again (its fragment: its full text with the edit applied, see
/// <c>Parser.Incremental.cs</c>), and the O(log n) chunks above it in the balanced lists are copied. When the edited
/// line would play another part (it lost its tag, became a sign-off, a notice, a dateline…), the fragment reparse
/// says so and the slow path runs.
///
/// Slow path — anything else (the structure may change): a full parse that takes over every old middle
/// paragraph and brief lying wholly outside the edit (widened by one character on each side, the lookahead
/// a line break needs: <c>\r</c> + <c>\n</c>).
/// </summary>
internal static class IncrementalParser
{
    /// <param name="edit">The single change when there is exactly one; the fast path needs its text.</param>
    public static GreenSyntaxNode Reparse(DispatchSyntaxTree oldTree, SourceText newText, TextChangeRange change, TextChange? edit)
    {
        // The wrapped layout (grammar/README.md 1.1): a node of a wrapped tree is a logical line that an edit near a fold
        // may split or join, so a wrapped text is parsed in full, without reuse, unless the fast path can show that the
        // edit keeps every physical line's part in the layout (see WrappedLayoutKept); the fast path is not taken for an
        // edit that could make canonical copy wrapped.
        GreenSyntaxNode oldRoot = oldTree.GreenRoot;
        if (FirstFold(oldRoot) is int firstFold)
            return (edit is { } wrappedEdit ? TryReparseOneLine(oldRoot, wrappedEdit, firstFold, oldText: null) : null) ?? new Parser(newText.Text).ParseDocument();
        // The layout test reads the old text (made now if it was not yet), so the fast path reads the edited line there too.
        string oldText = oldTree.Text.Text;
        GreenSyntaxNode green = (edit is { } single && !LayoutRule.EditMayChangeLayout(oldText, single) ? TryReparseOneLine(oldRoot, single, firstFold: null, oldText) : null)
            ?? new Parser(newText.Text, reuse: new OldTreeNodes(oldTree, change)).ParseDocument();
        return FirstFold(green) is not null ? new Parser(newText.Text).ParseDocument() : green;
    }

    /// <summary>Where the first fold of a wrapped document stands (its wrapped-layout note); null for the canonical layout.</summary>
    private static int? FirstFold(GreenNode document)
    {
        foreach (Diagnostics.DiagnosticInfo diagnostic in document.GetOwnDiagnostics())
            if (diagnostic.Descriptor == Diagnostics.DiagnosticCodes.WrappedLayout) return diagnostic.Offset;
        return null;
    }

    /// <summary>The part an edited line plays, which the fast path keeps.</summary>
    private enum LineRole
    {
        Headline,

        /// <summary>The body's first line, a dateline then the first paragraph (two nodes).</summary>
        DatelineParagraph,

        /// <summary>The body's first paragraph when no dateline, byline or lead-in opens the body.</summary>
        FirstParagraph,

        /// <summary>The second or third paragraph while the head (a byline or dateline line) may still follow.</summary>
        OpeningParagraph,
        MiddleParagraph,

        /// <summary>The body's last paragraph and its agency tag on the same line (two nodes), the notice below.</summary>
        TaggedLastParagraph,
        Notice,
        Brief,
    }

    /// <summary>
    /// The edited line: its part, its full start in the old text, its node(s), where the first node stands in its list,
    /// and how many line nodes (each at least one non-blank line) stand before it at least.
    /// </summary>
    private readonly record struct EditedLine(LineRole Role, int Start, GreenNode First, GreenNode? Second = null, int ListOffset = 0, int NodesBefore = 0)
    {
        public int FullWidth => First.FullWidth + (Second?.FullWidth ?? 0);
    }

    /// <summary>
    /// The fast path. Walks the green tree only (no red nodes) to the edited line, and works on that line's
    /// own characters (the old nodes' text with the edit applied), so it costs O(line + log n) and never
    /// builds the new document string.
    /// </summary>
    /// <param name="firstFold">Where the first fold of a wrapped <paramref name="document"/> stands; null when it is canonical.</param>
    /// <param name="oldText">The document's text when it is at hand (the edited line is read there); null to read the line from the nodes.</param>
    private static GreenSyntaxNode? TryReparseOneLine(GreenSyntaxNode document, TextChange edit, int? firstFold, string? oldText)
    {
        if (edit.NewText.AsSpan().IndexOfAny('\r', '\n', '\uFEFF') >= 0) return null;
        if (FindLine(document, edit.Span.Start) is not { } line || line.First.ContainsSkippedText || line.Second?.ContainsSkippedText == true)
            return null;
        // In the wrapped layout, only a line past the window that decides hard-wrapped copy (so the decision stays), after
        // the first fold (so the layout note stays) and not the first line (whose continuation has its own rule).
        if (firstFold is int fold && (line.NodesBefore <= LayoutRule.HardWrapWindow || fold >= edit.Span.Start)) return null;
        bool endsDocument = line.Start + line.FullWidth == document.FullWidth;
        bool classifyOld = line.Role is LineRole.FirstParagraph or LineRole.OpeningParagraph;
        var body = (GreenSyntaxNode)document.GetSlot(DocumentSlots.Body)!;
        var paragraphs = (GreenList)body.GetSlot(BodySlots.Paragraphs)!;
        GreenNode? secondParagraph = line.Role == LineRole.FirstParagraph ? paragraphs.GetItem(1) : null;
        if (EditedFragment(line, edit, endsDocument, classifyOld, secondParagraph, wrapped: firstFold is not null, oldText, out LineClass oldClass, out int contentLineStart)
            is not { } fragment)
            return null;

        var parser = new Parser(fragment, contentLineStart);
        switch (line.Role)
        {
            case LineRole.Headline:
                return parser.ReparseHeadline() is { } headline ? document.WithSlot(DocumentSlots.Headline, headline) : null;
            case LineRole.Notice:
                return parser.ReparseNotice() is { } notice ? document.WithSlot(DocumentSlots.Notice, notice) : null;
            case LineRole.DatelineParagraph:
                if (parser.ReparseDatelineParagraph() is not var (dateline, opening)) return null;
                return document.WithSlot(DocumentSlots.Body, body.WithSlots(BodySlots.Dateline, dateline, BodySlots.Paragraphs, paragraphs.ReplaceItemAt(0, opening)));
            case LineRole.TaggedLastParagraph:
                // The edit may leave the tag's text alone (it ends before the tag): then the tag may be taken over.
                GreenSyntaxNode? unchangedTag = edit.Span.End <= line.Start + line.First.FullWidth ? line.Second as GreenSyntaxNode : null;
                if (parser.ReparseTaggedLastParagraph(unchangedTag) is not var (last, tag)) return null;
                return document.WithSlot(DocumentSlots.Body, body.WithSlots(BodySlots.Paragraphs, paragraphs.ReplaceItemAt(line.ListOffset, last), BodySlots.AgencyTag, tag));
            case LineRole.FirstParagraph or LineRole.OpeningParagraph:
            {
                bool first = line.Role == LineRole.FirstParagraph;
                if (!Parser.IsOpeningParagraphClass(oldClass, first)) return null;
                bool noticeBelow = !((GreenNode)document.GetSlot(DocumentSlots.Notice)!).IsMissing;
                GreenNode? paragraph = parser.ReparseOpeningParagraph(first, noticeBelow);
                return paragraph is null ? null
                    : document.WithSlot(DocumentSlots.Body, body.WithSlot(BodySlots.Paragraphs, paragraphs.ReplaceItemAt(line.ListOffset, paragraph)));
            }
            case LineRole.MiddleParagraph:
            {
                // The edit adds no line, so a notice below the body stays there.
                bool noticeBelow = !((GreenNode)document.GetSlot(DocumentSlots.Notice)!).IsMissing;
                GreenNode? paragraph = parser.ReparseLine(SyntaxKind.Paragraph, 0, fragment.Length, noticeBelow);
                return paragraph is null ? null
                    : document.WithSlot(DocumentSlots.Body, body.WithSlot(BodySlots.Paragraphs, paragraphs.ReplaceItemAt(line.ListOffset, paragraph)));
            }
            default:
            {
                // With no notice, the first brief is the line after the body, which the body's last line looks at.
                bool followsBody = line.ListOffset == 0 && ((GreenNode)document.GetSlot(DocumentSlots.Notice)!).IsMissing;
                GreenNode? brief = parser.ReparseBrief(followsBody);
                var briefs = (GreenSyntaxNode)document.GetSlot(DocumentSlots.BriefList)!;
                var briefList = (GreenList)briefs.GetSlot(BriefListSlots.Briefs)!;
                return brief is null ? null
                    : document.WithSlot(DocumentSlots.BriefList, briefs.WithSlot(BriefListSlots.Briefs, briefList.ReplaceItemAt(line.ListOffset, brief)));
            }
        }
    }

    /// <summary>
    /// The line holding <paramref name="position"/> when it plays a part the fast path keeps, checked on the old tree:
    /// nothing after the line reads it differently while it keeps that part (a missing part's diagnostic, anchored at the
    /// end of the line before it, excluded: the headline needs its separator, the last paragraph its tag and the notice).
    /// </summary>
    private static EditedLine? FindLine(GreenSyntaxNode document, int position)
    {
        var headline = (GreenNode)document.GetSlot(DocumentSlots.Headline)!;
        if (position < headline.FullWidth)
        {
            // A body with no paragraph anchors its diagnostics (no paragraph, no notice) at the end of the headline's text,
            // which the edit may move (trailing whitespace): reparsed in full then.
            bool separated = !((GreenNode)document.GetSlot(DocumentSlots.Separator)!).IsMissing;
            return !headline.IsMissing && separated && ParagraphCount(document) > 0 ? new EditedLine(LineRole.Headline, 0, headline) : null;
        }

        var notice = (GreenNode)document.GetSlot(DocumentSlots.Notice)!;
        int noticePosition = document.GetSlotOffset(DocumentSlots.Notice);
        if (position >= noticePosition && position < noticePosition + notice.FullWidth)
            return notice.IsMissing ? null : new EditedLine(LineRole.Notice, noticePosition, notice, NodesBefore: ParagraphCount(document));

        var briefs = (GreenSyntaxNode)document.GetSlot(DocumentSlots.BriefList)!;
        int briefsPosition = document.GetSlotOffset(DocumentSlots.BriefList) + briefs.GetSlotOffset(BriefListSlots.Briefs);
        var briefList = (GreenList)briefs.GetSlot(BriefListSlots.Briefs)!;
        if (position >= briefsPosition && position < briefsPosition + briefList.FullWidth)
        {
            (GreenNode brief, int offset, int index) = briefList.FindItemAt(position - briefsPosition);
            return new EditedLine(LineRole.Brief, briefsPosition + offset, brief, ListOffset: offset, NodesBefore: ParagraphCount(document) + index);
        }

        var body = (GreenSyntaxNode)document.GetSlot(DocumentSlots.Body)!;
        int bodyPosition = document.GetSlotOffset(DocumentSlots.Body);
        var paragraphs = (GreenList)body.GetSlot(BodySlots.Paragraphs)!;
        int paragraphsPosition = bodyPosition + body.GetSlotOffset(BodySlots.Paragraphs);
        if (paragraphs.Count < 2) return null;

        // The dateline and the first paragraph: the body's first line, when nothing stands before the dateline in the body.
        int datelinePosition = bodyPosition + body.GetSlotOffset(BodySlots.Dateline);
        if (body.GetSlot(BodySlots.Dateline) is { Kind: SyntaxKind.Dateline } dateline
            && position >= datelinePosition && position < paragraphsPosition + paragraphs.GetItem(0).FullWidth)
        {
            bool opensBody = body.GetSlot(BodySlots.LeadIns) is null && body.GetSlot(BodySlots.Lead) is null && body.GetSlot(BodySlots.Byline) is null;
            // With no headline the dateline's line is the document's first line, whose class the missing headline's DSP0001
            // names ("a dateline", "a paragraph opening with a place"): an edit there may change it, so it is reparsed in full.
            return opensBody && !headline.IsMissing ? new EditedLine(LineRole.DatelineParagraph, datelinePosition, dateline, paragraphs.GetItem(0)) : null;
        }

        int tagPosition = paragraphsPosition + paragraphs.FullWidth;
        GreenNode? agencyTag = body.GetSlot(BodySlots.AgencyTag);
        if (position >= paragraphsPosition && position < tagPosition + (agencyTag?.FullWidth ?? 0))
        {
            if (position >= tagPosition)
                return TaggedLastParagraph(document, body, paragraphs, paragraphsPosition);
            (GreenNode paragraph, int offset, int index) = paragraphs.FindItemAt(position - paragraphsPosition);
            if (index == paragraphs.Count - 1) return TaggedLastParagraph(document, body, paragraphs, paragraphsPosition);
            int start = paragraphsPosition + offset;
            // Past the first lines, or once a byline or dateline has closed the head, a paragraph keeps its part while plain text;
            // among the first lines it may become the head, or leave the head to a later line, and the first reads lead-ins.
            bool headClosed = body.GetSlot(BodySlots.Byline) is not null || body.GetSlot(BodySlots.Dateline) is not null;
            if (index >= Parser.HeadLines || (index > 0 && headClosed))
                return new EditedLine(LineRole.MiddleParagraph, start, paragraph, ListOffset: offset, NodesBefore: index);
            if (index > 0) return new EditedLine(LineRole.OpeningParagraph, start, paragraph, ListOffset: offset);
            bool opensBody = !headClosed && body.GetSlot(BodySlots.LeadIns) is null && body.GetSlot(BodySlots.Lead) is null;
            return opensBody && !headline.IsMissing ? new EditedLine(LineRole.FirstParagraph, start, paragraph, ListOffset: offset) : null;
        }
        return null;
    }

    /// <summary>The last paragraph and its tag when the tag ends the paragraph's line and the notice is the next line (no source or end marker between).</summary>
    private static EditedLine? TaggedLastParagraph(GreenSyntaxNode document, GreenSyntaxNode body, GreenList paragraphs, int paragraphsPosition)
    {
        if (body.GetSlot(BodySlots.AgencyTag) is not { Kind: SyntaxKind.AgencyTag, IsMissing: false } tag) return null;
        var notice = (GreenNode)document.GetSlot(DocumentSlots.Notice)!;
        if (notice.IsMissing || notice.ContainsSkippedText || body.GetSlot(BodySlots.Source) is not null || document.GetSlot(DocumentSlots.EndMarker) is not null)
            return null;
        GreenNode last = paragraphs.GetItem(paragraphs.Count - 1);
        int offset = paragraphs.FullWidth - last.FullWidth;
        return new EditedLine(LineRole.TaggedLastParagraph, paragraphsPosition + offset, last, tag, offset, paragraphs.Count - 1);
    }

    private static int ParagraphCount(GreenSyntaxNode document) =>
        ((GreenList)((GreenSyntaxNode)document.GetSlot(DocumentSlots.Body)!).GetSlot(BodySlots.Paragraphs)!).Count;

    /// <summary>
    /// The edited line's fragment: the old nodes' full text with the edit applied, in one allocation, and where its
    /// content line starts (<paramref name="contentLineStart"/>: after the blank lines and the break before it). Null
    /// when the edit does not stay inside the content line, between its first character and its line break (the blank
    /// lines before it and the break itself are left alone), or when the line would then start with a byte-order mark.
    /// Only the line that ends the document may end without a line break. In a <paramref name="wrapped"/> document the
    /// content line may hold folds, and the edit must keep the layout too (<see cref="WrappedLayoutKept"/>).
    /// </summary>
    /// <param name="classifyOld">
    /// Whether to give the old line's fine class in <paramref name="oldClass"/> (else <see cref="LineClass.Text"/>); for the
    /// body's first line (<paramref name="secondParagraph"/> given), <see cref="LineClass.Text"/> also stands for a lead
    /// paragraph when <see cref="ReadsAsPlainFirstLine"/> tells the line is one of the two without its fine class.
    /// </param>
    /// <param name="oldText">The old document's text, when at hand: the line is read there, not copied out of its nodes.</param>
    private static string? EditedFragment(EditedLine line, TextChange edit, bool endsDocument, bool classifyOld, GreenNode? secondParagraph, bool wrapped,
        string? oldText, out LineClass oldClass, out int contentLineStart)
    {
        oldClass = LineClass.Text;
        contentLineStart = 0;
        int width = line.FullWidth;
        char[]? rented = oldText is null && width > 1024 ? System.Buffers.ArrayPool<char>.Shared.Rent(width) : null;
        Span<char> copy = oldText is not null ? default : rented is null ? stackalloc char[width] : rented.AsSpan(0, width);
        try
        {
            ReadOnlySpan<char> old = oldText is not null ? oldText.AsSpan(line.Start, width) : copy;
            if (oldText is null)
            {
                int written = CopyText(line.First, copy);
                if (line.Second is { } second) CopyText(second, copy[written..]);
            }

            int lineEnd = width - LineBreak.LengthBefore(old, width);
            if (lineEnd == width && !endsDocument) return null;
            int lineStart = old[..line.First.LeadingTriviaWidth].LastIndexOfAny('\r', '\n') + 1;
            int start = edit.Span.Start - line.Start, end = edit.Span.End - line.Start;
            if (start < lineStart || end > lineEnd) return null;
            // A canonical content line is one physical line (a dateline on a line of its own and the paragraph below are two).
            if (!wrapped && old[lineStart..lineEnd].IndexOfAny('\r', '\n') >= 0) return null;
            if (classifyOld && !(secondParagraph is not null && ReadsAsPlainFirstLine(old[lineStart..lineEnd], secondParagraph, oldText, line.Start + width)))
                oldClass = LineClassifier.Default.Classify(old[lineStart..lineEnd], fine: true);

            string fragment = string.Concat(old[..start], edit.NewText.AsSpan(), old[end..]);
            if (lineStart < fragment.Length && fragment[lineStart] == '\uFEFF') return null;
            if (wrapped && !WrappedLayoutKept(old, lineStart, lineEnd, start, end, fragment)) return null;
            contentLineStart = lineStart;
            return fragment;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Whether the body's old first line <paramref name="line"/>, a paragraph that no lead-in, deck, byline or dateline came
    /// before (FindLine checked), had a plain paragraph's fine class (text or a lead paragraph), told without classifying it
    /// finely (several times the cost of the whole coarse reparse): it had when its coarse class is text and the line after
    /// it is a text paragraph, because the body reads a first line of every other fine class that the coarse one calls
    /// text — a byline, a dateline, a place, a lead-in line — as the head, the dateline or a lead-in when a paragraph line
    /// follows (Parser.Body.cs). Else the caller classifies it.
    /// </summary>
    /// <param name="oldText">The old document's text when at hand (the second paragraph, at <paramref name="secondStart"/>, is read there); else its text is copied out of its nodes.</param>
    private static bool ReadsAsPlainFirstLine(ReadOnlySpan<char> line, GreenNode secondParagraph, string? oldText, int secondStart)
    {
        if (LineClassifier.Default.Classify(line, fine: false) != LineClass.Text || secondParagraph.ContainsSkippedText || (oldText is null && secondParagraph.FullWidth > 1024))
            return false;
        Span<char> copy = oldText is not null ? default : stackalloc char[secondParagraph.FullWidth];
        if (oldText is null) CopyText(secondParagraph, copy);
        ReadOnlySpan<char> text = oldText is not null ? oldText.AsSpan(secondStart, secondParagraph.FullWidth) : copy;
        int start = text[..secondParagraph.LeadingTriviaWidth].LastIndexOfAny('\r', '\n') + 1;
        ReadOnlySpan<char> next = text[start..(text.Length - LineBreak.LengthBefore(text, text.Length))];
        return next.IndexOfAny('\r', '\n') < 0 && LineClassifier.Default.Classify(next, fine: false) == LineClass.Text;
    }

    /// <summary>
    /// Whether an edit of <c>[start, end)</c> inside the content line <c>[lineStart, lineEnd)</c> of a wrapped document's node
    /// (<paramref name="old"/>, its full text; <paramref name="fragment"/>, the same with the edit made) keeps every physical
    /// line's part in the layout, for a line past the window of the hard-wrap decision (the caller checked: the decision
    /// stays). Whether a line continues the one before it (<see cref="LayoutRule.Continues"/>) depends on its indentation,
    /// on whether it and that line are blank, and on whether either is structural: so the edit must stay on one physical
    /// line, after its first non-whitespace character (its indentation and its being non-blank stay), and leave it
    /// structural or not, as it was.
    /// </summary>
    private static bool WrappedLayoutKept(ReadOnlySpan<char> old, int lineStart, int lineEnd, int start, int end, ReadOnlySpan<char> fragment)
    {
        if (old[start..end].IndexOfAny('\r', '\n') >= 0) return false;
        int physicalStart = lineStart + old[lineStart..start].LastIndexOfAny('\r', '\n') + 1;
        int after = old[end..lineEnd].IndexOfAny('\r', '\n');
        int physicalEnd = after < 0 ? lineEnd : end + after;
        if (CharacterClasses.SkipWhitespace(old[..physicalEnd], physicalStart) >= start) return false;
        // Every non-blank physical line of a logical line of several is non-structural; a line alone may be either.
        bool oldStructural = old[lineStart..lineEnd].IndexOfAny('\r', '\n') < 0
            && LayoutRule.IsStructuralLine(LineClassifier.Default, old[physicalStart..physicalEnd]);
        int delta = fragment.Length - old.Length;
        return LayoutRule.IsStructuralLine(LineClassifier.Default, fragment[physicalStart..(physicalEnd + delta)]) == oldStructural;
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
}
