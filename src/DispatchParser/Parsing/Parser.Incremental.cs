using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Parsing;

/// <summary>
/// Reparses of one line's fragment for the incremental parser's fast path (see <see cref="IncrementalParser"/>). The
/// parser is made over the fragment alone: the line's full text, its leading trivia (the blank lines before it)
/// included, with the edit applied. Each method parses the fragment exactly as <see cref="ParseDocument"/> parses
/// that line in the part it stood in, and returns null when the line would no longer play that part there or
/// when it does not end where the fragment ends; the caller has checked that the rest of the document keeps its
/// reading (what follows the line, what the line follows).
/// </summary>
internal sealed partial class Parser
{
    /// <summary>In a fragment parse, where the fragment's content line starts; -1 in a parse of a whole text.</summary>
    private readonly int _fragmentLineStart = -1;

    /// <summary>
    /// A parser over one line's fragment: the blank lines before it, then its content line from
    /// <paramref name="contentLineStart"/> to the fragment's end (its line break included), one logical line whatever
    /// the breaks inside it (the folds of the wrapped layout). The caller has checked that the whole text keeps its
    /// layout, so the layout rule is not asked again: every other line of the fragment is a physical line.
    /// </summary>
    internal Parser(string fragment, int contentLineStart) : this(fragment)
    {
        _fragmentLineStart = contentLineStart;
    }

    /// <summary>The end of the fragment's content line and of its break: the fragment's end.</summary>
    private (int End, int BreakEnd) FragmentLineEnd() => (_text.Length - Text.LineBreak.LengthBefore(_text, _text.Length), _text.Length);

    /// <summary>The headline (the document's first line, which a separator follows).</summary>
    internal GreenNode? ReparseHeadline()
    {
        GreenNode headline = ParseHeadline(out bool hasHeadline);
        return hasHeadline && Consumed && !headline.ContainsSkippedText ? headline : null;
    }

    /// <summary>The legal notice (a notice stays one while its line keeps its marker).</summary>
    internal GreenSyntaxNode? ReparseNotice()
    {
        if (!PeekContent(out LineInfo line) || line.Class != LineClass.Notice) return null;
        GreenSyntaxNode notice = ParseNotice();
        return Consumed && !notice.ContainsSkippedText ? notice : null;
    }

    /// <summary>
    /// The body's first line when it opens with a dateline and a paragraph follows on the line (no lead-in, deck or
    /// byline before it, more paragraphs after it): the dateline and the paragraph.
    /// </summary>
    internal (GreenSyntaxNode Dateline, GreenNode Paragraph)? ReparseDatelineParagraph()
    {
        SkipBlankLines();
        if (ContainsSkipped(_pending) || !PeekContent(out LineInfo line) || FineClass(line) != LineClass.DatelinePara) return null;
        GreenSyntaxNode dateline = ParseDateline(line);
        GreenNode paragraph = ParagraphRest(line, extractTag: false, out _);
        return Consumed && !dateline.ContainsSkippedText && !paragraph.ContainsSkippedText ? (dateline, paragraph) : null;
    }

    /// <summary>
    /// The body's last line when it is a paragraph (not the first) that ends with the agency tag and the notice
    /// follows it: the paragraph, with the blank lines before it reported, and the tag.
    /// </summary>
    /// <param name="unchangedTag">
    /// The old tag when the edit lay before it (its full text, which ends the fragment, is the same): when the line's tag
    /// still starts there, it is taken over, not parsed again. A green node's content is its text read from its full
    /// start, whatever stands before it: the tag group's tokens and the departure noted on it depend on the group and
    /// what follows it on its line (trailing whitespace, the line break) only, and the paragraph's text token takes the
    /// whitespace before the group.
    /// </param>
    internal (GreenNode Paragraph, GreenSyntaxNode Tag)? ReparseTaggedLastParagraph(GreenSyntaxNode? unchangedTag)
    {
        (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
        if (ContainsSkipped(_pending) || !PeekContent(out LineInfo line) || line.Class != LineClass.Tagged || FineClass(line) != LineClass.Tagged)
            return null;
        GreenNode paragraph;
        GreenSyntaxNode? tag;
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), Math.Max(_cursor, line.TextStart));
        if (unchangedTag is not null && line.BreakEnd == _text.Length && _classifier.FindTag(_text, start, CharacterClasses.TrimEnd(_text, start, line.End), out TagShape shape)
            && shape.Open == _text.Length - unchangedTag.FullWidth)
        {
            // ParagraphUpTo's tagged paragraph, the tag taken over: the tokens end at the group, which runs to the fragment's end.
            paragraph = GreenFactory.Line(SyntaxKind.Paragraph, Token(SyntaxKind.TextToken, line, start, CharacterClasses.TrimEnd(_text, start, shape.Open)));
            tag = unchangedTag;
            _cursor = _position = _text.Length;
        }
        else
        {
            paragraph = ParagraphRest(line, extractTag: true, out tag);
        }
        paragraph = ReportBlankLines(paragraph, 0, blankCount, blankStart, blankWidth, "body");
        return tag is not null && Consumed && !paragraph.ContainsSkippedText && !tag.ContainsSkippedText ? (paragraph, tag) : null;
    }

    /// <summary>
    /// A paragraph among the body's first lines while the head (a byline or dateline line) may still come after it: it
    /// keeps its part while it stays a plain paragraph line that may stand before the head (a deck line), as it was. The
    /// first (<paramref name="first"/>) is read for lead-in prefixes too and must stay free of them; it is not told the
    /// blank lines before it, the others are.
    /// </summary>
    internal GreenNode? ReparseOpeningParagraph(bool first, bool noticeBelow)
    {
        (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
        if (ContainsSkipped(_pending) || !PeekContent(out LineInfo line)) return null;
        bool keepsRole = line.Class is LineClass.Text or LineClass.Stamp || (line.Class == LineClass.Tagged && noticeBelow);
        if (!keepsRole || !IsOpeningParagraphClass(FineClass(line), first)) return null;
        // The first must open with no lead-in prefix: the first prefix ParseLeadInPrefixes (untagged) would find, asked
        // without building its node.
        if (first)
        {
            int start = LineContentStart(line, Math.Max(_cursor, line.TextStart));
            if (_classifier.MatchLeadInPrefix(_text, start, CharacterClasses.TrimEnd(_text, start, line.End), sourceAllowed: true).Kind != LeadInKind.None)
                return null;
        }
        GreenNode paragraph = ParagraphRest(line, extractTag: false, out _);
        if (!first) paragraph = ReportBlankLines(paragraph, 0, blankCount, blankStart, blankWidth, "body");
        return Consumed && !paragraph.ContainsSkippedText ? paragraph : null;
    }

    /// <summary>
    /// A brief, as <see cref="ReparseLine"/> reads it (a notice or end marker line is none). The brief that
    /// <paramref name="followsBody"/> (the first, when no notice stands between) must stay a line the body leaves alone:
    /// the body's last line reads it, so that a sign-off there keeps a tagged line from closing the story (the reprint
    /// rule), a source line or end marker joins a body that rule closed, and a stamp joins the end marker before it.
    /// </summary>
    internal GreenNode? ReparseBrief(bool followsBody)
    {
        if (followsBody && PeekContent(out LineInfo line) && line.Class is LineClass.SignOff or LineClass.Source or LineClass.EndMarker or LineClass.Stamp)
            return null;
        return ReparseLine(SyntaxKind.Brief, 0, _text.Length, noticeBelow: true);
    }

    /// <summary>
    /// The fine classes of a paragraph among the first lines that leave the head to the lines after it: deck lines, and
    /// for the very first line only plain text or a lead paragraph (a dateline paragraph there is the dateline).
    /// </summary>
    internal static bool IsOpeningParagraphClass(LineClass fine, bool first) =>
        first ? fine is LineClass.Text or LineClass.LeadParagraph : fine.IsDeckLine();

    /// <summary>The whole fragment was read into the node(s) made: nothing is left over or pending.</summary>
    private bool Consumed => _cursor == _text.Length && _pending.Count == 0;
}
