using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Parsing;

/// <summary>
/// The body (grammar/README.md, section 2.3): its head (deck, byline, dateline), its paragraphs, and the line that
/// closes it — the notice or an end marker below it, a line ending with an end marker, a source line, or (the
/// reprint rule, when no notice follows) the tag or sign-off that closes the story.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// True when a line that ends with an end marker opens with a place paragraph's place dateline (PLACE_PARA:
    /// <c>MADRİD - … // انتهى //</c>, <c>[Portal-İstanbul] … // انتهى //</c>) and some of the story stands before the marker.
    /// </summary>
    private bool MarkedLineOpensWithPlaceDateline(LineInfo line)
    {
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = CharacterClasses.TrimEnd(_text, start, line.End);
        PlaceShape place = LineClassifier.MatchPlace(_text, start, end);
        return place.Form is PlaceForm.Dashed or PlaceForm.Bracketed && StoryBeforeEndMarker(start, end, place.StoryStart);
    }

    /// <summary>
    /// True when a line that ends with an end marker opens with a dateline of form (i) or (ii) (DATELINE_MARKED_LINE:
    /// <c>ANKARA (AA) - … // انتهى //</c>) and some of the story stands before the marker.
    /// </summary>
    private bool MarkedLineOpensWithDateline(LineInfo line)
    {
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = CharacterClasses.TrimEnd(_text, start, line.End);
        DatelineShape shape = _classifier.MatchDateline(_text, start, end);
        return shape.Form != DatelineForm.None && !shape.IsOwnLine && StoryBeforeEndMarker(start, end, shape.ParagraphStart);
    }

    /// <summary>
    /// A dateline opens a paragraph (DATELINE_PARA and PLACE_PARA need text after it): on a line that ends with an end
    /// marker, only when something other than whitespace stands between <paramref name="storyStart"/> and the marker —
    /// <c>BU- //انتهى//</c> and <c>ANKARA (AA) - // انتهى //</c> are a paragraph and the marker, no dateline (the parser
    /// threw on them, the dateline having taken the text the marker's own match needs before it; grammar/README.md 2.4).
    /// </summary>
    private bool StoryBeforeEndMarker(int start, int end, int storyStart) => _classifier.StoryBeforeEndMarker(_text, start, end, storyStart);

    /// <summary>How many of the first body lines may be a byline or dateline line (the head).</summary>
    internal const int HeadLines = 3;

    private GreenSyntaxNode ParseBody(out GreenSyntaxNode? endMarker)
    {
        endMarker = null;
        int bodyPosition = NextFullStart;
        int lastEnd = bodyPosition; // the end of the last part of the body: where a missing tag stands
        GreenNode? lead = null;
        GreenSyntaxNode? byline = null, dateline = null, agencyTag = null, source = null;
        var paragraphs = new GreenListBuilder();
        var leadIns = new GreenListBuilder();
        int index = 0; // body lines read so far (paragraphs, head marks, sign-offs)
        bool headOpen = true; // a head mark may still come
        bool closed = false;
        bool prefixesOpen = true; // lead-in prefixes may open the first paragraph or deck line // the reprint rule closed the body: only a source line or an end marker may still belong to it

        while (true)
        {
            // Once the reprint rule closed the body, only a source line or an end marker still joins it; the blank
            // lines before a brief stay unread, so that the brief reports them as it would after a notice.
            if (closed && !(PeekContent(out LineInfo peek) && peek.Class is LineClass.Source or LineClass.EndMarker)) break;
            if (!closed && !headOpen && !prefixesOpen && index > 0 && ReadPlainParagraphs(paragraphs) is > 0 and int read)
            {
                lastEnd = _cursor;
                index += read;
                continue;
            }
            int fullStart = NextFullStart;
            (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
            if (!PeekContent(out LineInfo line) || line.Class == LineClass.Notice) break;
            if (line.Class == LineClass.EndMarker)
            {
                endMarker = ParseEndMarker(line);
                break;
            }
            if (line.Class == LineClass.Source)
            {
                source = ParseSourceLine(line);
                if (PeekContent(out LineInfo after) && after.Class == LineClass.EndMarker) endMarker = ParseEndMarker(after);
                else SkipUntilNotice("only an end marker or the legal notice may follow the source line");
                break;
            }

            bool hasNext = PeekContentAfter(line, out LineInfo next);
            bool isLast = !hasNext || next.Class is LineClass.Notice or LineClass.EndMarker or LineClass.Source;
            headOpen &= index < HeadLines;
            // A plain text line keeps its role wherever it stands (in the head, a paragraph or a deck line), but not what
            // the first paragraph reads (lead-in prefixes) nor, after the first line, the report of blank lines before it.
            if (!isLast && line.Class == LineClass.Text && (!headOpen || FineClass(line) is LineClass.Text or LineClass.LeadParagraph)
                && !(prefixesOpen && dateline is null && byline is null)
                && TryReuse(SyntaxKind.Paragraph, fullStart, index > 0 ? (blankCount, blankStart, blankWidth) : default) is { } reused)
            {
                paragraphs.Add(reused);
                prefixesOpen = false;
                lastEnd = _cursor;
                index++;
                continue;
            }

            if (line.Class == LineClass.SignOff)
            {
                // A bare word closes the body only as its last line; a parenthesised sign-off also by the reprint rule.
                if (isLast || (IsParenthesized(line) && !NoticeFollows(line.BreakEnd)))
                {
                    agencyTag = ParseTag(SyntaxKind.SignOff, line, line.TextStart);
                    lastEnd = _cursor;
                    closed = !isLast;
                    index++;
                    continue;
                }
                SkipLine(line, "sign-off", "a sign-off may only end the body");
                continue;
            }

            // The fine class tells the head's lines, lead-in prefixes, the last line and a tagged or marked line (a dateline
            // or byline that ends with a group) apart; a plain text line in the middle of the body is a paragraph whatever
            // its fine class, and the fine classification costs about eight times the coarse one on every such line.
            bool needsFine = headOpen || isLast || prefixesOpen || line.Class is LineClass.Tagged or LineClass.Marked;
            LineClass fine = needsFine ? FineClass(line) : line.Class;
            // A line that ends with an end marker holds the last paragraph: after a lead-in line or a place line, as after a
            // head mark, it is the paragraph line that must follow (grammar/README.md 2.3).
            if (index == 0 && fine.IsLeadInLine() && !isLast && next.Class.HoldsParagraph())
            {
                // A lead-in line opens the body; the dateline or the head may still follow it.
                leadIns.Add(LeadInNode(fine == LineClass.ResidueLine ? SyntaxKind.Residue : SyntaxKind.TakeLabel, line,
                    LineContentStart(line, line.TextStart), CharacterClasses.TrimEnd(_text, line.TextStart, line.End)));
                lastEnd = _cursor;
                continue;
            }
            GreenNode paragraph;
            if (fine == LineClass.Marked)
            {
                // The last paragraph, its tag, and the end marker on the same line; as the body's first line, a dateline
                // (`ANKARA (AA) - … // انتهى //`) or a place dateline (`MADRİD - … // انتهى //`) may open it: the end
                // marker's class comes first, not the dateline's.
                if (headOpen && index == 0 && MarkedLineOpensWithDateline(line)) dateline = ParseDateline(line);
                else if (headOpen && index == 0 && MarkedLineOpensWithPlaceDateline(line)) dateline = ParsePlaceDateline(line, next: null);
                paragraph = ParagraphBeforeEndMarker(line, out GreenSyntaxNode? tag, out endMarker);
                agencyTag ??= tag;
                if (index > 0) paragraph = ReportBlankLines(paragraph, fullStart, blankCount, blankStart, blankWidth, "body");
                paragraphs.Add(paragraph);
                lastEnd = _cursor - EndMarkerWidth(endMarker);
                FinishEndMarker(ref endMarker);
                break;
            }

            if (headOpen && index == 0 && fine == LineClass.DatelinePara)
            {
                // A dateline paragraph is never a tagged line (the class comes first), so it keeps its final group.
                dateline = ParseDateline(line);
                paragraph = ParagraphRest(line, extractTag: false, out _);
                headOpen = false;
            }
            else if (headOpen && index == 0 && fine == LineClass.PlaceParagraph)
            {
                dateline = ParsePlaceDateline(line, next: null);
                paragraph = ParagraphRest(line, extractTag: false, out _);
                headOpen = false;
            }
            else if (headOpen && index == 0 && fine == LineClass.PlaceLine && !isLast && next.Class.HoldsParagraph())
            {
                // A place dateline on its own line; the next line's opening dash may belong to it. When text follows
                // that dash, the loop's next turn reads it as the first paragraph.
                dateline = ParsePlaceDateline(line, next);
                headOpen = false;
                lastEnd = _cursor;
                index++;
                continue;
            }
            else if (headOpen && fine.IsHeadMark() && hasNext && next.Class.HoldsParagraph())
            {
                // The head: the paragraphs so far are the deck; a byline may be followed by a dateline line.
                lead = paragraphs.Count == 0 ? null : paragraphs.ToList();
                paragraphs = new GreenListBuilder();
                GreenNode mark = fine == LineClass.Byline ? ParseByline(line) : ParseDateline(line);
                if (index > 0) mark = ReportBlankLines(mark, fullStart, blankCount, blankStart, blankWidth, "body");
                if (fine == LineClass.Byline)
                {
                    byline = (GreenSyntaxNode)mark;
                    int afterByline = NextFullStart;
                    (int count, int start, int width) = SkipBlankLines();
                    if (PeekContent(out LineInfo second) && FineClass(second) == LineClass.DatelineLine
                        && PeekContentAfter(second, out LineInfo third) && third.Class.HoldsParagraph())
                    {
                        dateline = (GreenSyntaxNode)ReportBlankLines(ParseDateline(second), afterByline, count, start, width, "body");
                        index++;
                    }
                }
                else
                {
                    dateline = (GreenSyntaxNode)mark;
                }
                headOpen = false;
                lastEnd = _cursor;
                index++;
                continue;
            }
            else
            {
                bool closes = !isLast && fine == LineClass.Tagged && next.Class != LineClass.SignOff && ClosesStory(line);
                bool extractTag = (isLast || closes) && fine == LineClass.Tagged;
                if (prefixesOpen && dateline is null && byline is null && _cursor <= line.TextStart && fine is LineClass.Text or LineClass.Tagged or LineClass.LeadParagraph)
                    ParseLeadInPrefixes(line, extractTag, leadIns);
                paragraph = ParagraphRest(line, extractTag, out GreenSyntaxNode? tag);
                agencyTag ??= tag;
                closed = closes;
                // Only deck lines may stand before the head (grammar rule deckLine): a place line ends the search.
                headOpen &= fine.IsDeckLine();
            }

            if (index > 0) paragraph = ReportBlankLines(paragraph, fullStart, blankCount, blankStart, blankWidth, "body");
            paragraphs.Add(paragraph);
            prefixesOpen = false;
            lastEnd = _cursor;
            index++;
        }

        GreenList list = paragraphs.ToList();
        GreenList? leadInList = leadIns.Count == 0 ? null : leadIns.ToList();
        if (paragraphs.Count == 0 && lead is null)
        {
            int width = (leadInList?.FullWidth ?? 0) + (byline?.FullWidth ?? 0) + (dateline?.FullWidth ?? 0) + (agencyTag?.FullWidth ?? 0) + (source?.FullWidth ?? 0);
            int offset = width == 0 ? AnchorOffset(bodyPosition) : 0;
            return GreenFactory.Body(leadInList, lead, byline, dateline, list, agencyTag, source, [new DiagnosticInfo(DiagnosticCodes.MissingBody, offset, 0)]);
        }
        Dialects.Agency? bylineAgency = byline is null ? null : BylineAgency(byline);
        Dialects.Agency? sourceAgency = source is null ? null : SourceAgency(source);
        if (dateline?.GetSlot(DatelineSlots.AgencyName) is null && agencyTag is null)
        {
            if (bylineAgency is null && sourceAgency is null)
                agencyTag = GreenFactory.MissingAgencyTag(new DiagnosticInfo(DiagnosticCodes.MissingAgencyTag, AnchorOffset(lastEnd), 0));
            else if (bylineAgency is not null)
                byline = (GreenSyntaxNode)byline!.WithDiagnostics<GreenNode>(NonCanonical(byline, "only the byline names it; no tag, sign-off or dateline does"));
            else
                source = (GreenSyntaxNode)source!.WithDiagnostics<GreenNode>(NonCanonical(source, "only the source line names it; no tag, sign-off or dateline does"));
        }
        return GreenFactory.Body(leadInList, lead, byline, dateline, list, agencyTag, source);
    }

    /// <summary>
    /// The common case of <see cref="ParseBody"/>, taken first once the head and the first paragraph are behind: a run of
    /// middle paragraphs — text lines at the cursor (no blank line, BOM or trailing whitespace, nothing pending; an indented
    /// one, as every paragraph of wrapped copy, with its indentation as leading trivia), none of them the body's last line. The loop's general path reads such a line to the same node (its fine
    /// class is never asked there, no tag is taken, nothing is reported); this reads the run without the peeks, trims and
    /// trivia bookkeeping, each line scanned once: the next line, scanned to know this one is not the last, is the next
    /// turn's line (a property test compares both paths on random documents). Returns how many paragraphs it added; the
    /// line it stopped at is left unread (and cached as the current line).
    /// </summary>
    private int ReadPlainParagraphs(GreenListBuilder paragraphs)
    {
        if (!_shortcuts || _reuse is not null || _pending.Count > 0 || AtEnd) return 0;
        LineInfo line = CurrentLine();
        int count = 0;
        while (IsPlainParagraphLine(line))
        {
            // Is it the body's last line? The next non-blank line says; a blank one takes the general peek.
            LineInfo next = ScanLine(line.BreakEnd);
            if (next.Class == LineClass.Blank && !PeekContentAfter(line, out next)) break;
            if (next.Class is LineClass.Notice or LineClass.EndMarker or LineClass.Source) break;
            GreenTrivia lineBreak = line.BreakEnd - line.End == 1 && _text[line.End] == '\n'
                ? GreenTrivia.LineFeed
                : GreenTrivia.Create(SyntaxKind.LineBreakTrivia, _text, line.End, line.BreakEnd - line.End);
            int start = line.TextStart;
            if (CharacterClasses.IsWhitespace(_text[start]))
            {
                // An indented paragraph (every paragraph of wrapped copy): the general path's node — the indentation as leading
                // trivia, reported (DSP0105) at the node's start.
                start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), start);
                int indent = start - line.TextStart;
                paragraphs.Add(GreenFactory.Line(SyntaxKind.Paragraph, SyntaxKind.TextToken, _text, start, line.End - start,
                    Whitespace(line.TextStart, indent), lineBreak, Indentation(0, indent)));
            }
            else
            {
                paragraphs.Add(GreenFactory.PlainLine(SyntaxKind.Paragraph, SyntaxKind.TextToken, _text, start, line.End - start, lineBreak));
            }
            count++;
            _cursor = _position = line.BreakEnd;
            if (next.Start != line.BreakEnd) break;
            line = next;
            (_peeked, _peekedAt) = (next, next.Start);
        }
        return count;
    }

    /// <summary>
    /// A line <see cref="ReadPlainParagraphs"/> may read: text at the cursor with a break, no BOM, no whitespace after its
    /// text; indentation before it only when text follows on its first physical line (no line break among the indentation).
    /// </summary>
    private bool IsPlainParagraphLine(LineInfo line)
    {
        if (line.Class != LineClass.Text || line.Start != _cursor || line.TextStart != line.Start || line.End <= line.TextStart || !line.HasBreak
            || CharacterClasses.IsWhitespace(_text[line.End - 1]))
            return false;
        if (!CharacterClasses.IsWhitespace(_text[line.TextStart])) return true;
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        return _text.AsSpan(line.TextStart, start - line.TextStart).IndexOfAny('\r', '\n') < 0;
    }

    /// <summary>
    /// The reprint rule (grammar/README.md, section 2.3): with no notice below, a tagged line that names a known
    /// agency or a credit and ends a sentence closes the body.
    /// </summary>
    private bool ClosesStory(LineInfo line) =>
        CanCloseStory(_classifier, _text.AsSpan(0, line.End), line.TextStart) && !NoticeFollows(line.BreakEnd);

    /// <summary>
    /// The line's part of the reprint rule (the rest: no notice below): a tag naming a known agency, or a credit, after a
    /// sentence's end. <see cref="SyntaxFactory"/> asks it too, to refuse a reprint whose story the rule would cut short.
    /// </summary>
    internal static bool CanCloseStory(LineClassifier classifier, ReadOnlySpan<char> line, int from)
    {
        int start = CharacterClasses.SkipWhitespace(line, from);
        int end = CharacterClasses.TrimEnd(line, start, line.Length);
        if (!classifier.FindTag(line, start, end, out TagShape tag)) return false;
        bool known = tag.IsCredit || classifier.Registry.FindByAlias(line[tag.AgencyStart..tag.AgencyEnd]) is not null;
        return known && LineClassifier.TagEndsSentence(line, start, tag);
    }

    /// <summary>A sign-off that ends with a parenthesised group (<c>(AA)</c>, a credit, a signed <c>ANKARA, (DHA)</c>), not a bare word.</summary>
    private bool IsParenthesized(LineInfo line)
    {
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        ReadOnlySpan<char> mark = LineClassifier.WithoutFullStop(_text.AsSpan(start, CharacterClasses.TrimEnd(_text, start, line.End) - start));
        return mark.Length > 0 && mark[^1] == ')';
    }

    private GreenSyntaxNode ParseEndMarker(LineInfo line)
    {
        GreenSyntaxNode? marker = GreenFactory.EndMarker(LineToken(SyntaxKind.EndMarkerToken, line), null);
        FinishEndMarker(ref marker);
        return marker!;
    }

    /// <summary>
    /// After an end marker: one stamp line may follow; then, when a notice follows, nothing else may stand before it
    /// (when none does, the lines below are briefs).
    /// </summary>
    private void FinishEndMarker(ref GreenSyntaxNode? marker)
    {
        if (marker is not null && marker.GetSlot(EndMarkerSlots.Stamp) is null && PeekContent(out LineInfo next) && next.Class == LineClass.Stamp)
        {
            SkipBlankLines();
            marker = marker.WithSlot(EndMarkerSlots.Stamp, LineToken(SyntaxKind.StampToken, next));
        }
        SkipUntilNotice("only the legal notice may follow the end marker");
    }

    private static int EndMarkerWidth(GreenSyntaxNode? marker) => marker?.FullWidth ?? 0;

    /// <summary>Skips every line before the notice as unexpected, when a notice follows; leaves them when none does.</summary>
    private void SkipUntilNotice(string why)
    {
        while (true)
        {
            // Blank lines are left unread when nothing is skipped: they belong to what comes next (notice or brief).
            if (!PeekContent(out LineInfo extra) || extra.Class == LineClass.Notice || !NoticeFollows(extra.Start)) break;
            SkipBlankLines();
            SkipLine(extra, Describe(FineClass(extra)), why);
        }
    }

    private Dialects.Agency? BylineAgency(GreenSyntaxNode byline) =>
        byline.GetSlot(BylineSlots.AgencyName) is GreenToken name ? _classifier.Registry.FindByAlias(name.Text) : null;

    private Dialects.Agency? SourceAgency(GreenSyntaxNode source) =>
        source.GetSlot(SourceLineSlots.Name) is GreenToken { Kind: SyntaxKind.AgencyNameToken } name ? _classifier.Registry.FindByMention(name.Text) : null;

    /// <summary>A DSP0107 departure over the node's text (its first token's start to its end).</summary>
    private static DiagnosticInfo NonCanonical(GreenNode node, string what)
    {
        return new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, node.LeadingTriviaWidth, node.Width, what);
    }
}
