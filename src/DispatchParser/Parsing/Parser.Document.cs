using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Parsing;

/// <summary>The structure of a dispatch (grammar/README.md, section 2), decided line by line.</summary>
internal sealed partial class Parser
{
    public GreenSyntaxNode ParseDocument()
    {
        GreenNode headline = ParseHeadline(out bool hasHeadline);
        GreenSyntaxNode separator = ParseSeparator(hasHeadline);
        GreenSyntaxNode body = ParseBody(out GreenSyntaxNode? endMarker);
        GreenSyntaxNode notice = ParseNotice();
        GreenSyntaxNode briefs = ParseBriefs();
        GreenToken endOfFile = ParseEndOfFile();
        return GreenFactory.Document(headline, separator, body, endMarker, notice, briefs, endOfFile);
    }

    private GreenNode ParseHeadline(out bool hasHeadline)
    {
        int fullStart = NextFullStart;
        (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
        bool found = PeekContent(out LineInfo line);
        if (found && FineClass(line).CanBeHeadline())
        {
            hasHeadline = true;
            GreenNode node = TextLineNode(SyntaxKind.Headline, line);
            if (blankCount > 0)
                node = node.WithDiagnostics<GreenNode>(new DiagnosticInfo(DiagnosticCodes.LeadingBlankLines, blankStart - fullStart, blankWidth));
            return node;
        }
        hasHeadline = false;
        string reason = found ? $"its first line is {Describe(FineClass(line))}" : "the text is empty";
        return GreenFactory.MissingHeadline(new DiagnosticInfo(DiagnosticCodes.MissingHeadline, 0, 0, reason));
    }

    private GreenSyntaxNode ParseSeparator(bool hasHeadline)
    {
        if (!hasHeadline)
            return GreenFactory.MissingSeparator();

        if (AtEnd || CurrentLine() is not { Class: LineClass.Blank, HasBreak: true } blank)
        {
            return GreenFactory.MissingSeparator([new DiagnosticInfo(DiagnosticCodes.MissingSeparator, AnchorOffset(NextFullStart), 0)]);
        }

        // The first blank line's break is the token; its whitespace leading trivia; further blank lines trailing trivia.
        int fullStart = NextFullStart;
        AddTriviaUpTo(blank.End);
        GreenNode? leading = TakePending();
        _cursor = blank.BreakEnd;
        _position = blank.BreakEnd;
        (int extra, _, _) = SkipBlankLines();
        GreenNode? trailing = TakePending();
        var token = new GreenToken(SyntaxKind.BlankLineToken, _text, blank.End, blank.BreakEnd - blank.End, leading, trailing);
        return GreenFactory.Line(SyntaxKind.Separator, token, extra > 0 || blank.End > blank.Start
            ? [new DiagnosticInfo(DiagnosticCodes.NonCanonicalSeparator, 0, _cursor - fullStart)]
            : null);
    }

    private GreenSyntaxNode ParseBody(out GreenSyntaxNode? endMarker)
    {
        endMarker = null;
        int bodyPosition = NextFullStart;
        int lastEnd = bodyPosition; // the end of the last part of the body: where a missing tag stands
        GreenSyntaxNode? dateline = null;
        GreenSyntaxNode? agencyTag = null;
        var paragraphs = new GreenListBuilder();
        var leadIns = new GreenListBuilder();
        bool first = true;

        while (true)
        {
            int fullStart = NextFullStart;
            (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
            if (!PeekContent(out LineInfo line) || line.Class == LineClass.Notice) break;
            if (line.Class == LineClass.EndMarker)
            {
                endMarker = ParseEndMarker(line);
                break;
            }

            bool isLast = !PeekContentAfter(line, out LineInfo next) || next.Class is LineClass.Notice or LineClass.EndMarker;
            if (!first && !isLast && line.Class != LineClass.SignOff && TryReuse(SyntaxKind.Paragraph, fullStart) is { } reused)
            {
                paragraphs.Add(reused);
                lastEnd = _cursor;
                continue;
            }

            if (line.Class == LineClass.SignOff)
            {
                if (isLast)
                {
                    // The next line is an end marker, the notice or nothing: the loop's next turn handles it.
                    agencyTag = ParseTag(SyntaxKind.SignOff, line, line.TextStart);
                    lastEnd = _cursor;
                    continue;
                }
                SkipLine(line, "sign-off", "a sign-off may only end the body");
                continue;
            }

            GreenNode paragraph;
            LineClass fine = first || isLast || paragraphs.Count == 0 ? FineClass(line) : line.Class;
            if (first && fine.IsLeadInLine() && !isLast && next.Class.IsParagraphLine())
            {
                // A lead-in line opens the body; the dateline may still follow it.
                leadIns.Add(LeadInNode(fine == LineClass.ResidueLine ? SyntaxKind.Residue : SyntaxKind.TakeLabel, line,
                    LineContentStart(line, line.TextStart), CharacterClasses.TrimEnd(_text, line.TextStart, line.End)));
                lastEnd = _cursor;
                continue;
            }
            if (first && fine == LineClass.DatelinePara)
            {
                // A dateline paragraph is never a tagged line (the class comes first), so it keeps its final group.
                dateline = ParseDateline(line);
                paragraph = ParagraphRest(line, extractTag: false, out _);
            }
            else if (first && fine == LineClass.DatelineLine && !isLast && next.Class.IsParagraphLine())
            {
                dateline = ParseDateline(line);
                lastEnd = _cursor;
                first = false;
                continue;
            }
            else if (first && fine == LineClass.PlaceParagraph)
            {
                dateline = ParsePlaceDateline(line, next: null);
                paragraph = ParagraphRest(line, extractTag: false, out _);
            }
            else if (first && fine == LineClass.PlaceLine && !isLast && next.Class.IsParagraphLine())
            {
                // A place dateline on its own line; the next line's opening dash may belong to it. When text follows
                // that dash, the loop's next turn reads it as the first paragraph.
                dateline = ParsePlaceDateline(line, next);
                lastEnd = _cursor;
                first = false;
                continue;
            }
            else
            {
                // Only when no dateline stands before: lead-ins precede the dateline in the body's slots, as in the text.
                if (paragraphs.Count == 0 && dateline is null && fine is LineClass.Text or LineClass.Tagged or LineClass.LeadParagraph)
                    ParseLeadInPrefixes(line, isLast && fine == LineClass.Tagged, leadIns);
                paragraph = ParagraphRest(line, isLast && fine == LineClass.Tagged, out GreenSyntaxNode? tag);
                agencyTag ??= tag;
            }

            if (!first) paragraph = ReportBlankLines(paragraph, fullStart, blankCount, blankStart, blankWidth, "body");
            paragraphs.Add(paragraph);
            lastEnd = _cursor;
            first = false;
        }

        GreenList list = GreenList.Create(paragraphs.AsSpan());
        GreenList? leadInList = leadIns.Count == 0 ? null : GreenList.Create(leadIns.AsSpan());
        if (paragraphs.Count == 0)
        {
            int offset = (leadInList?.FullWidth ?? 0) + (dateline?.FullWidth ?? 0) + (agencyTag?.FullWidth ?? 0) == 0 ? AnchorOffset(bodyPosition) : 0;
            return GreenFactory.Body(leadInList, dateline, list, agencyTag, [new DiagnosticInfo(DiagnosticCodes.MissingBody, offset, 0)]);
        }
        if (dateline?.GetSlot(DatelineSlots.AgencyName) is null && agencyTag is null)
        {
            agencyTag = GreenFactory.MissingAgencyTag(new DiagnosticInfo(DiagnosticCodes.MissingAgencyTag, AnchorOffset(lastEnd), 0));
        }
        return GreenFactory.Body(leadInList, dateline, list, agencyTag);
    }

    /// <summary>
    /// The lead-in prefixes that open the first paragraph's line (grammar/README.md 2.3): residue phrases, then at most one
    /// source prefix, each only while text remains after it (before the tag, when the line's tag is extracted).
    /// </summary>
    private void ParseLeadInPrefixes(LineInfo line, bool tagged, GreenListBuilder leadIns)
    {
        int start = LineContentStart(line, Math.Max(_cursor, line.TextStart));
        int end = CharacterClasses.TrimEnd(_text, start, line.End);
        int limit = end;
        if (tagged && _classifier.FindTrailingTag(_text, start, end, out int openParen)) limit = CharacterClasses.TrimEnd(_text, start, openParen);
        int position = start;
        while (true)
        {
            LeadInPrefix prefix = _classifier.MatchLeadInPrefix(_text, position, limit, sourceAllowed: true);
            if (prefix.Kind == LeadInKind.None) return;
            leadIns.Add(LeadInNode(prefix.Kind == LeadInKind.Residue ? SyntaxKind.Residue : SyntaxKind.SourcePrefix, line, prefix.Start, prefix.End));
            if (prefix.Kind == LeadInKind.Source) return;
            position = prefix.Next;
        }
    }

    private int LineContentStart(LineInfo line, int from) => CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), from);

    /// <summary>A lead-in node over <c>[start, end)</c> of the line, with its DSP0110 note.</summary>
    private GreenSyntaxNode LeadInNode(SyntaxKind kind, LineInfo line, int start, int end)
    {
        GreenToken token = Token(SyntaxKind.TextToken, line, start, end);
        string what = kind switch { SyntaxKind.Residue => "Scraper residue", SyntaxKind.SourcePrefix => "A source prefix", _ => "A take label" };
        return GreenFactory.LeadIn(kind, token, [new DiagnosticInfo(DiagnosticCodes.LeadIn, token.LeadingTrivia?.FullWidth ?? 0, end - start, what)]);
    }

    private GreenSyntaxNode ParseEndMarker(LineInfo line)
    {
        GreenToken marker = LineToken(SyntaxKind.EndMarkerToken, line);
        GreenToken? stamp = null;
        SkipBlankLines();
        if (PeekContent(out LineInfo next) && next.Class == LineClass.Stamp)
            stamp = LineToken(SyntaxKind.StampToken, next);

        // Nothing but the notice may follow the end marker.
        while (true)
        {
            SkipBlankLines();
            if (!PeekContent(out LineInfo extra) || extra.Class == LineClass.Notice) break;
            SkipLine(extra, Describe(FineClass(extra)), "only the legal notice may follow the end marker");
        }
        return GreenFactory.EndMarker(marker, stamp);
    }

    private GreenSyntaxNode ParseNotice()
    {
        if (!PeekContent(out LineInfo line) || line.Class != LineClass.Notice)
        {
            return GreenFactory.MissingNotice(new DiagnosticInfo(DiagnosticCodes.MissingNotice, AnchorOffset(NextFullStart), 0));
        }
        SkipBlankLines();
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        _classifier.IsNotice(_text.AsSpan(start, line.End - start), out int markerLength);
        int textStart = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), start + markerLength);
        int textEnd = CharacterClasses.TrimEnd(_text, textStart, line.End);
        GreenToken marker = Token(SyntaxKind.NoticeMarkerToken, line, start, start + markerLength);
        GreenToken? text = textEnd > textStart ? Token(SyntaxKind.TextToken, line, textStart, textEnd) : null;
        return GreenFactory.Notice(marker, text);
    }

    private GreenSyntaxNode ParseBriefs()
    {
        var briefs = new GreenListBuilder();
        while (true)
        {
            int fullStart = NextFullStart;
            (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
            if (!PeekContent(out LineInfo line)) break;
            if (line.Class is LineClass.Notice or LineClass.EndMarker)
            {
                SkipLine(line, Describe(line.Class), "only briefs may follow the legal notice");
                continue;
            }
            if (TryReuse(SyntaxKind.Brief, fullStart) is { } reused)
            {
                briefs.Add(reused);
                continue;
            }
            briefs.Add(ReportBlankLines(Brief(line), fullStart, blankCount, blankStart, blankWidth, "briefs"));
        }
        return GreenFactory.BriefList(GreenList.Create(briefs.AsSpan()));
    }

    /// <summary>
    /// Where a missing part's diagnostic goes, relative to the missing node at <paramref name="position"/>: at
    /// the end of the text of the line before (as Roslyn reports "; expected" after the previous token), not at
    /// the start of the next line. Never positive.
    /// </summary>
    private int AnchorOffset(int position)
    {
        int anchor = position;
        if (anchor > 0 && _text[anchor - 1] == '\n') anchor--;
        if (anchor > 0 && _text[anchor - 1] == '\r') anchor--;
        while (anchor > 0 && CharacterClasses.IsWhitespace(_text[anchor - 1])) anchor--;
        return anchor - position;
    }

    private GreenLineNode Brief(LineInfo line) => TextLineNode(SyntaxKind.Brief, line);

    private static GreenNode ReportBlankLines(GreenNode node, int fullStart, int count, int start, int width, string where) =>
        count == 0 ? node : node.WithDiagnostics<GreenNode>(new DiagnosticInfo(DiagnosticCodes.BlankLineInside, start - fullStart, width, where));

    /// <summary>
    /// Parses the middle paragraph or brief that starts at <paramref name="fullStart"/>, exactly as
    /// <see cref="ParseDocument"/> would there; null when the line is no longer one or does not end at
    /// <paramref name="expectedEnd"/>. Used by the incremental parser's fast path.
    /// </summary>
    internal GreenNode? ReparseLine(SyntaxKind kind, int fullStart, int expectedEnd)
    {
        _cursor = _position = fullStart;
        (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
        if (ContainsSkipped(_pending) || !PeekContent(out LineInfo line)) return null;
        if (line.Class is LineClass.Notice or LineClass.EndMarker || (kind == SyntaxKind.Paragraph && line.Class == LineClass.SignOff))
            return null;
        GreenNode node = kind == SyntaxKind.Paragraph
            ? ReportBlankLines(ParagraphRest(line, extractTag: false, out _), fullStart, blankCount, blankStart, blankWidth, "body")
            : ReportBlankLines(Brief(line), fullStart, blankCount, blankStart, blankWidth, "briefs");
        return _cursor == expectedEnd && !node.ContainsSkippedText ? node : null;
    }

    /// <summary>
    /// The end-of-file token. Its leading trivia is everything after the last line that belongs to a part:
    /// blank lines (a departure, DSP0106) and skipped lines.
    /// </summary>
    private GreenToken ParseEndOfFile()
    {
        int fullStart = NextFullStart;
        SkipBlankLines();
        int blankStart = fullStart;
        int position = fullStart;
        foreach (GreenTrivia trivia in _pending)
        {
            position += trivia.FullWidth;
            if (trivia.Kind == SyntaxKind.SkippedTextTrivia) blankStart = position;
        }
        if (blankStart > fullStart && blankStart < _text.Length && _text[blankStart] is '\r' or '\n')
            blankStart += _text[blankStart] == '\r' && blankStart + 1 < _text.Length && _text[blankStart + 1] == '\n' ? 2 : 1;
        GreenNode? leading = TakePending();
        DiagnosticInfo[]? diagnostics = _text.Length > blankStart && blankStart >= fullStart
            ? [new DiagnosticInfo(DiagnosticCodes.TrailingBlankLines, blankStart - fullStart, _text.Length - blankStart)]
            : null;
        return new GreenToken(SyntaxKind.EndOfFileToken, _text, _text.Length, 0, leading, null, diagnostics);
    }
}
