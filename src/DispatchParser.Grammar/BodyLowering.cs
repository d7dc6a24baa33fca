using Antlr4.Runtime;
using DispatchParser.Grammar.Generated;
using static DispatchParser.Grammar.DispatchLexicon;

namespace DispatchParser.Grammar;

/// <summary>
/// The parts of the body (grammar/README.md sections 2.3, 2.4 and 4): the head marks (dateline,
/// byline), the paragraphs, the agency tag or sign-off, the source line, and an end marker that
/// ends the last paragraph's line.
/// </summary>
internal sealed class BodyLowering
{
    private readonly string _text;
    private readonly string _original;

    /// <param name="text">The text the grammar read (folded in the wrapped layout): the lines are analysed on it.</param>
    /// <param name="original">The parsed text: the parts' texts are read from it (<see cref="DispatchPartsLowering.Read"/>).</param>
    public BodyLowering(string text, string original, IReadOnlyList<IToken> lines)
    {
        _text = text;
        _original = original;
        var first = 0;
        var last = lines.Count - 1;

        // 2.4 An end marker on the last paragraph's line.
        var lastParagraphEnd = -1;
        if (last >= 0 && lines[last].Type is DispatchLexer.MARKED_LINE or DispatchLexer.TAGGED_MARKED_LINE or DispatchLexer.DATELINE_MARKED_LINE
            && InlineEndMarker(lines[last]) is { } inline)
        {
            EndMarker = inline.Marker;
            EndMarkerStamp = inline.Stamp;
            lastParagraphEnd = inline.Marker.Span.Start;
        }

        // 5. Source line: after the last paragraph or the sign-off.
        if (EndMarker is null && last >= 0 && lines[last].Type is DispatchLexer.SOURCE_LINE or DispatchLexer.SOURCE_AGENCY_LINE)
        {
            Source = SourceLine(lines[last]);
            last--;
        }

        // 4. Sign-off: after the last paragraph.
        if (EndMarker is null && last >= 0 && lines[last].Type == DispatchLexer.SIGNOFF_LINE)
        {
            AgencyTag = Signoff(lines[last]);
            last--;
        }

        // 0. Lead-in lines: RESIDUE_LINE and TAKE_LABEL_LINE opening the body, each followed by a paragraph line.
        var leadIns = new List<LeadInPart>();
        while (first < last && lines[first].Type is DispatchLexer.RESIDUE_LINE or DispatchLexer.TAKE_LABEL_LINE)
        {
            var kind = lines[first].Type == DispatchLexer.RESIDUE_LINE ? LeadInKind.Residue : LeadInKind.TakeLabel;
            var span = Trim(text, lines[first].StartIndex, lines[first].StopIndex + 1);
            leadIns.Add(new LeadInPart(kind, span, DispatchPartsLowering.Read(_original, span)));
            first++;
        }

        LeadIns = leadIns;

        // 1 and 2. The head: an inline dateline, or the head marks among the first three lines.
        var firstParagraphStart = -1;
        // A marked line that opens with a dateline (DATELINE_MARKED_LINE, or TAGGED_MARKED_LINE: the lexer's rule order puts
        // them before DATELINE_PARA) opens with it too as the body's only line: `ANKARA (AA) - … // انتهى //`.
        // A dateline opens a paragraph: on a marked line, only when some of the story stands before the marker
        // (`ANKARA (AA) - // انتهى //` is a paragraph and the marker).
        if (first <= last && (lines[first].Type == DispatchLexer.DATELINE_PARA
                || (first == last && lines[first].Type is DispatchLexer.DATELINE_MARKED_LINE or DispatchLexer.TAGGED_MARKED_LINE))
            && InlineDateline(lines[first]) is { } inlineDateline
            && (lines[first].Type == DispatchLexer.DATELINE_PARA || StoryBeforeMarker(inlineDateline.ParagraphStart, lastParagraphEnd)))
        {
            Dateline = inlineDateline.Dateline;
            firstParagraphStart = inlineDateline.ParagraphStart;
        }
        // 1b. A place dateline (it names no agency): a PLACE_PARA, or a PLACE_LINE followed by at least one
        //     paragraph; a dashless place line takes the dash that opens the next line (section 4).
        else if (first <= last && (lines[first].Type == DispatchLexer.PLACE_PARA
            || (first == last && lines[first].Type is DispatchLexer.MARKED_LINE or DispatchLexer.TAGGED_MARKED_LINE && OpensWithPlaceDateline(lines[first])
                && StoryBeforeMarker(PlaceParagraph(lines[first]).ParagraphStart, lastParagraphEnd))))
        {
            // A marked line that would be a PLACE_PARA (the lexer's rule order makes it MARKED_LINE or TAGGED_MARKED_LINE)
            // opens with its place dateline too: `MADRİD - … // انتهى //`.
            (Dateline, firstParagraphStart) = PlaceParagraph(lines[first]);
        }
        else if (first < last && lines[first].Type == DispatchLexer.PLACE_LINE)
        {
            var place = Trim(text, lines[first].StartIndex, lines[first].StopIndex + 1);
            var datelineEnd = place.End;
            first++;
            if (!IsDashChar(text[place.End - 1]) && DashOpening(lines[first]) is { } dash)
            {
                if (dash.StoryStart >= 0)
                {
                    datelineEnd = dash.End;
                    firstParagraphStart = dash.StoryStart;
                }
                else if (first < last)
                {
                    datelineEnd = dash.End;
                    first++;
                }
            }

            var span = new PartSpan(place.Start, datelineEnd - place.Start);
            Dateline = new DatelinePart(span, DispatchPartsLowering.Read(_original, span), null, null);
        }
        else if (HeadMark(lines, first, last) is { } head)
        {
            TakeHeadMark(lines[head]);
            var next = head + 1;
            if (next < last && IsSecondHeadMark(lines[head].Type, lines[next].Type))
            {
                TakeHeadMark(lines[next]);
                next++;
            }

            // The lines before the head are the deck, the head lines are not paragraphs.
            _headStart = head;
            _headEnd = next;
        }

        // 3. Agency tag: the final group of the last paragraph (a TAGGED_LINE or TAGGED_MARKED_LINE).
        if (AgencyTag is null && last >= first && last >= 0
            && lines[last].Type is DispatchLexer.TAGGED_LINE or DispatchLexer.TAGGED_MARKED_LINE
            && FinalTag(lines[last], lastParagraphEnd >= 0 ? lastParagraphEnd : lines[last].StopIndex + 1) is { } tag)
        {
            AgencyTag = tag;
            lastParagraphEnd = tag.Span.Start;
        }

        // Lead-in prefixes of the first paragraph or deck line (after a head mark on the first line, the line after
        // the head): residue phrases, then at most one source prefix.
        // Only when no dateline or byline stands before it: the lead-ins' slot comes first in the body. A head mark
        // after the deck stands after it, so the first deck line keeps its prefixes.
        var prefixed = first;
        if (firstParagraphStart < 0 && _headStart != first && (Dateline is null || _headStart > first) && prefixed <= last
            && lines[prefixed].Type is DispatchLexer.TEXT_LINE or DispatchLexer.TAGGED_LINE or DispatchLexer.LEAD_LINE)
        {
            var line = Trim(text, lines[prefixed].StartIndex, prefixed == last && lastParagraphEnd >= 0 ? lastParagraphEnd : lines[prefixed].StopIndex + 1);
            var position = line.Start;
            while (LeadInPrefix(text, position, line.End) is { } prefix)
            {
                var span = new PartSpan(position, prefix.End - position);
                leadIns.Add(new LeadInPart(prefix.Kind, span, DispatchPartsLowering.Read(_original, span)));
                position = prefix.Next;
                firstParagraphStart = position;
                if (prefix.Kind == LeadInKind.Source)
                {
                    break;
                }
            }
        }

        // The lines before the head are the deck (the first one without its lead-in prefixes).
        for (var i = first; i < _headStart; i++)
        {
            var start = i == prefixed && firstParagraphStart >= 0 ? firstParagraphStart : lines[i].StartIndex;
            _lead.Add(DispatchPartsLowering.Part(_original, Trim(text, start, lines[i].StopIndex + 1)));
        }

        var paragraphs = new List<TextPart>();
        for (var i = _headEnd >= 0 ? _headEnd : first; i <= last; i++)
        {

            var start = i == prefixed && firstParagraphStart >= 0 ? firstParagraphStart : lines[i].StartIndex;
            var end = i == last && lastParagraphEnd >= 0 ? lastParagraphEnd : lines[i].StopIndex + 1;
            paragraphs.Add(DispatchPartsLowering.Part(_original, Trim(text, start, end)));
        }

        Paragraphs = paragraphs;
        Byline ??= _signatureByline;
        AgencyTag ??= Dateline is { AgencyName: { } datelineAgency, AgencySpan: { } datelineSpan }
            ? new AgencyTagPart(datelineSpan, DispatchPartsLowering.Read(_original, datelineSpan), datelineAgency, AgencyTagPosition.Dateline)
            : Byline is { AgencyName: { } bylineAgency, AgencySpan: { } bylineSpan }
                ? new AgencyTagPart(bylineSpan, DispatchPartsLowering.Read(_original, bylineSpan), bylineAgency, AgencyTagPosition.Byline)
                : Source is { AgencyName: { } sourceAgency, AgencySpan: { } sourceSpan }
                    ? new AgencyTagPart(sourceSpan, DispatchPartsLowering.Read(_original, sourceSpan), sourceAgency, AgencyTagPosition.Source)
                    : null;
    }

    public IReadOnlyList<LeadInPart> LeadIns { get; }

    private readonly int _headStart = -1;
    private readonly int _headEnd = -1;
    private readonly List<TextPart> _lead = [];

    /// <summary>The deck: paragraph lines before the head marks.</summary>
    public IReadOnlyList<TextPart> Lead => _lead;

    public DatelinePart? Dateline { get; private set; }

    public MarkPart? Byline { get; private set; }

    /// <summary>The reporter of a signed sign-off, the byline when the head has no byline line.</summary>
    private MarkPart? _signatureByline;

    public MarkPart? Source { get; }

    public IReadOnlyList<TextPart> Paragraphs { get; }

    public AgencyTagPart? AgencyTag { get; }

    public TextPart? EndMarker { get; }

    public TextPart? EndMarkerStamp { get; }

    private static bool IsHeadKind(int type) =>
        type is DispatchLexer.DATELINE_LINE or DispatchLexer.BYLINE_AGENCY_LINE or DispatchLexer.BYLINE_LINE;

    /// <summary>A dateline line directly after a byline is the second head mark.</summary>
    private static bool IsSecondHeadMark(int type, int next) =>
        type is DispatchLexer.BYLINE_AGENCY_LINE or DispatchLexer.BYLINE_LINE && next == DispatchLexer.DATELINE_LINE;

    /// <summary>The first dateline or byline line among the first three body lines, when a paragraph follows it.</summary>
    private static int? HeadMark(IReadOnlyList<IToken> lines, int first, int last)
    {
        for (var i = first; i <= last && i < first + 3; i++)
        {
            if (IsHeadKind(lines[i].Type))
            {
                return i < last ? i : null;
            }

            // Only deck lines may stand before the head: a place line or paragraph ends the search.
            if (lines[i].Type is not (DispatchLexer.TEXT_LINE or DispatchLexer.TAGGED_LINE or DispatchLexer.STAMP_LINE
                or DispatchLexer.DATELINE_PARA or DispatchLexer.LEAD_LINE))
            {
                return null;
            }
        }

        return null;
    }

    private void TakeHeadMark(IToken line)
    {
        if (line.Type == DispatchLexer.DATELINE_LINE)
        {
            Dateline = OwnLineDateline(line);
        }
        else
        {
            Byline = BylineLine(line);
        }
    }

    private MarkPart BylineLine(IToken line)
    {
        var span = Trim(_text, line.StartIndex, line.StopIndex + 1);
        if (line.Type == DispatchLexer.BYLINE_AGENCY_LINE && TrailingAlias(span, requireWhitespace: true) is { } agency)
        {
            return new MarkPart(span, DispatchPartsLowering.Read(_original, span), DispatchPartsLowering.Read(_original, agency), agency);
        }

        return new MarkPart(span, DispatchPartsLowering.Read(_original, span), null, null);
    }

    private MarkPart SourceLine(IToken line)
    {
        var span = Trim(_text, line.StartIndex, line.StopIndex + 1);
        var colon = _text.IndexOf(':', span.Start, span.Length);
        if (line.Type == DispatchLexer.SOURCE_AGENCY_LINE && colon >= 0)
        {
            var mentionEnd = span.End;
            if (_text[mentionEnd - 1] == '.')
            {
                mentionEnd--;
            }

            var mention = Trim(_text, colon + 1, mentionEnd);
            if (IsAgencyMention(_text.AsSpan(mention.Start, mention.Length)))
            {
                return new MarkPart(span, DispatchPartsLowering.Read(_original, span), DispatchPartsLowering.Read(_original, mention), mention);
            }
        }

        return new MarkPart(span, DispatchPartsLowering.Read(_original, span), null, null);
    }

    private AgencyTagPart Signoff(IToken line)
    {
        var span = WithoutFullStop(Trim(_text, line.StartIndex, line.StopIndex + 1));
        if (span.Length >= 2 && _text[span.Start] == '(' && _text[span.End - 1] == ')')
        {
            var name = GroupAgency(span.Start, span.End - 1);
            return new AgencyTagPart(span, DispatchPartsLowering.Read(_original, span), DispatchPartsLowering.Read(_original, name), AgencyTagPosition.Signoff);
        }

        if (span.Length >= 2 && _text[span.End - 1] == ')')
        {
            // A signed sign-off (`Ayşe DEMİR / İZMİR, (DHA)`): the span runs from the signature; the name is the group's.
            // A signature holds no parenthesis, so the group opens at the last '(' of the line.
            var open = _text.LastIndexOf('(', span.End - 2, span.Length - 1);
            var name = GroupAgency(open, span.End - 1);
            _signatureByline = SignatureReporter(span.Start, open, name);
            return new AgencyTagPart(span, DispatchPartsLowering.Read(_original, span), DispatchPartsLowering.Read(_original, name), AgencyTagPosition.Signoff);
        }

        return new AgencyTagPart(span, DispatchPartsLowering.Read(_original, span), DispatchPartsLowering.Read(_original, span), AgencyTagPosition.Signoff);
    }

    /// <summary>
    /// The reporter a signed sign-off's signature names, as a byline with the group's agency (section 4, byline): the
    /// signature <c>[start, open)</c> without its comma, its last word (the place) and the separator before the place;
    /// null for a place alone (<c>KARS, (İHA)</c>). SIGNATURE's words hold no whitespace, slash or dash.
    /// </summary>
    private MarkPart? SignatureReporter(int start, int open, PartSpan name)
    {
        var placeEnd = Trim(_text, start, open).End;
        placeEnd = Trim(_text, start, placeEnd - 1).End; // the comma
        var placeStart = placeEnd;
        while (placeStart > start && !IsSignatureSeparator(_text[placeStart - 1]))
        {
            placeStart--;
        }

        var reporterEnd = placeStart;
        while (reporterEnd > start && IsSignatureSeparator(_text[reporterEnd - 1]))
        {
            reporterEnd--;
        }

        if (reporterEnd == start)
        {
            return null;
        }

        var reporter = new PartSpan(start, reporterEnd - start);
        return new MarkPart(reporter, DispatchPartsLowering.Read(_original, reporter), DispatchPartsLowering.Read(_original, name), name);
    }

    private static bool IsSignatureSeparator(char c) => IsWhitespace(c) || c == '/' || IsDashChar(c);

    /// <summary>The span without a final full stop (and the whitespace before it).</summary>
    private PartSpan WithoutFullStop(PartSpan span)
    {
        if (span.Length < 2 || _text[span.End - 1] != '.')
        {
            return span;
        }

        return Trim(_text, span.Start, span.End - 1);
    }

    /// <summary>The agency name inside a group's parentheses: the tag name, or the agency side of a credit.</summary>
    private PartSpan GroupAgency(int open, int close)
    {
        var inner = new PartSpan(open + 1, close - open - 1);
        var slash = _text.IndexOf('/', inner.Start, inner.Length);
        if (slash < 0)
        {
            return inner;
        }

        var left = Trim(_text, inner.Start, slash);
        var right = Trim(_text, slash + 1, inner.End);
        return IsKnownAgency(_text.AsSpan(left.Start, left.Length)) ? left : right;
    }

    /// <summary>The final group of a tagged line whose text (tag, full stop) ends at <paramref name="end"/>.</summary>
    private AgencyTagPart? FinalTag(IToken line, int end)
    {
        var span = WithoutFullStop(Trim(_text, line.StartIndex, end));
        if (span.Length < 2 || _text[span.End - 1] != ')')
        {
            return null;
        }

        // A group holds no parenthesis, so it opens at the last '(' of the line.
        var open = _text.LastIndexOf('(', span.End - 2, span.Length - 1);
        if (open < span.Start)
        {
            return null;
        }

        var group = new PartSpan(open, span.End - open);
        var name = GroupAgency(open, span.End - 1);
        return new AgencyTagPart(group, DispatchPartsLowering.Read(_original, group), DispatchPartsLowering.Read(_original, name), AgencyTagPosition.Signoff);
    }

    /// <summary>
    /// The end marker closing a line (<c>// انتهى //</c>), a time after it on the line included (as for a marker on a
    /// line of its own); a stamp line may still follow it.
    /// </summary>
    private (TextPart Marker, TextPart? Stamp)? InlineEndMarker(IToken line)
    {
        var span = Trim(_text, line.StartIndex, line.StopIndex + 1);
        var markerEnd = span.End;
        if (!_text.AsSpan(span.Start, span.Length).EndsWith("//", StringComparison.Ordinal))
        {
            // A time follows the marker: the marker's words end at the last "//".
            var lastSlashes = _text.LastIndexOf("//", span.End - 1, span.Length, StringComparison.Ordinal);
            if (lastSlashes < 0)
            {
                return null;
            }

            markerEnd = lastSlashes + 2;
        }

        // The opening "//" is the last one before the marker word.
        var open = _text.LastIndexOf("//", markerEnd - 3, markerEnd - 2 - span.Start, StringComparison.Ordinal);
        if (open < span.Start)
        {
            return null;
        }

        return (DispatchPartsLowering.Part(_original, new PartSpan(open, span.End - open)), null);
    }

    /// <summary>Something other than whitespace stands between <paramref name="storyStart"/> and the inline end marker at <paramref name="markerStart"/> (`BU- //انتهى//`: nothing); the classifier's rule (<see cref="Parsing.LineClassifier.StoryBefore"/>).</summary>
    private bool StoryBeforeMarker(int storyStart, int markerStart) => Parsing.LineClassifier.StoryBefore(_text, storyStart, markerStart);

    /// <summary>A PLACE_PARA: the place words through the dash, or the bracketed lead-in; the story starts after it.</summary>
    private (DatelinePart Dateline, int ParagraphStart) PlaceParagraph(IToken line)
    {
        var start = SkipWhitespace(_text, line.StartIndex, line.StopIndex + 1);
        int end;
        if (_text[start] == '[')
        {
            end = _text.IndexOf(']', start) + 1;
        }
        else
        {
            var dash = start;
            while (!IsDashChar(_text[dash]))
            {
                dash++;
            }

            end = dash + DashLength(_text, dash);
        }

        var span = new PartSpan(start, end - start);
        return (new DatelinePart(span, DispatchPartsLowering.Read(_original, span), null, null), SkipWhitespace(_text, end, line.StopIndex + 1));
    }

    /// <summary>
    /// True when the line starts as a PLACE_PARA does: <c>W* PLACE_WORD (W+ PLACE_WORD)* W* DASH W+ NON_W</c> or
    /// <c>W* '[' ~[\]\r\n]+ ']' W* NON_W</c>.
    /// </summary>
    private bool OpensWithPlaceDateline(IToken line)
    {
        var end = line.StopIndex + 1;
        var index = SkipWhitespace(_text, line.StartIndex, end);
        if (index < end && _text[index] == '[')
        {
            var close = _text.IndexOf(']', index + 1, end - index - 1);
            return close > index + 1 && SkipWhitespace(_text, close + 1, end) < end;
        }

        while (true)
        {
            var word = index;
            while (index < end && IsPlaceLetter(_text[index]))
            {
                index++;
            }

            if (index - word < 2)
            {
                return false;
            }

            var next = SkipWhitespace(_text, index, end);
            if (next < end && IsDashChar(_text[next]))
            {
                var afterDash = next + DashLength(_text, next);
                var story = SkipWhitespace(_text, afterDash, end);
                return story > afterDash && story < end;
            }

            if (next == index || next == end)
            {
                return false;
            }

            index = next;
        }
    }

    /// <summary>PLACE_LETTER: <c>[A-ZÇĞİÖŞÜÂÎÛÊ]</c>.</summary>
    private static bool IsPlaceLetter(char c) => c is (>= 'A' and <= 'Z') or 'Ç' or 'Ğ' or 'İ' or 'Ö' or 'Ş' or 'Ü' or 'Â' or 'Î' or 'Û' or 'Ê';

    /// <summary>
    /// A line that opens with a dash followed by whitespace or nothing (<c>- Text</c>, <c>-</c>): the end of
    /// the dash and where the story starts on the line (-1 when nothing follows the dash).
    /// </summary>
    private (int End, int StoryStart)? DashOpening(IToken line)
    {
        var lineEnd = line.StopIndex + 1;
        var dash = SkipWhitespace(_text, line.StartIndex, lineEnd);
        var dashLength = dash < lineEnd ? DashLength(_text, dash) : 0;
        if (dashLength == 0 || dash + dashLength > lineEnd)
        {
            return null;
        }

        var after = dash + dashLength;
        var story = SkipWhitespace(_text, after, lineEnd);
        if (story == lineEnd)
        {
            return (after, -1);
        }

        return story > after ? (after, story) : null;
    }

    private (DatelinePart Dateline, int ParagraphStart)? InlineDateline(IToken line)
    {
        var start = line.StartIndex;
        var end = line.StopIndex + 1;
        if (MatchDatelinePrefix(start, end) is not { } match)
        {
            return null;
        }

        var span = Trim(_text, start, match.DashEnd);
        var dateline = new DatelinePart(span, DispatchPartsLowering.Read(_original, span), match.AgencyName, match.AgencySpan);
        return (dateline, match.DashEnd);
    }

    private DatelinePart? OwnLineDateline(IToken line)
    {
        var span = Trim(_text, line.StartIndex, line.StopIndex + 1);
        (PartSpan AgencySpan, string AgencyName)? agency = null;

        // (i) and (ii) with nothing but whitespace after the dash.
        if (MatchDatelinePrefix(span.Start, span.End) is { } prefix && SkipWhitespace(_text, prefix.DashEnd, span.End) == span.End)
        {
            agency = (prefix.AgencySpan, prefix.AgencyName);
        }
        else
        {
            agency = TrailingAgency(span);
        }

        return agency is { } found
            ? new DatelinePart(span, DispatchPartsLowering.Read(_original, span), found.AgencyName, found.AgencySpan)
            : null;
    }

    private record struct PrefixMatch(int DashEnd, PartSpan AgencySpan, string AgencyName);

    // (i) W* PLACE '(' TAG_NAME ')' W* DASH, else (ii) W* AGENCY W* DASH; DASH prefers "--".
    private PrefixMatch? MatchDatelinePrefix(int start, int end)
    {
        var open = _text.AsSpan(start, end - start).IndexOfAny('(', ')');
        if (open >= 0 && _text[start + open] == '(')
        {
            open += start;
            var closeOffset = _text.AsSpan(open + 1, end - open - 1).IndexOfAny('(', ')');
            if (closeOffset >= 0 && _text[open + 1 + closeOffset] == ')')
            {
                var close = open + 1 + closeOffset;
                var name = _text.AsSpan(open + 1, close - open - 1);
                var dash = SkipWhitespace(_text, close + 1, end);
                var dashLength = DashLength(_text, dash);
                if (IsTagName(name) && dashLength > 0 && dash + dashLength <= end)
                {
                    return new PrefixMatch(dash + dashLength, new PartSpan(open, close + 1 - open), name.ToString());
                }
            }
        }

        var agencyStart = SkipWhitespace(_text, start, end);
        foreach (var alias in AgencyAliasesLongestFirst)
        {
            if (end - agencyStart < alias.Length || !_text.AsSpan(agencyStart, alias.Length).SequenceEqual(alias))
            {
                continue;
            }

            var dash = SkipWhitespace(_text, agencyStart + alias.Length, end);
            var dashLength = DashLength(_text, dash);
            if (dashLength > 0 && dash + dashLength <= end)
            {
                return new PrefixMatch(dash + dashLength, new PartSpan(agencyStart, alias.Length), alias);
            }
        }

        return null;
    }

    /// <summary>The longest known alias that ends <paramref name="line"/>, preceded by more of the line.</summary>
    private PartSpan? TrailingAlias(PartSpan line, bool requireWhitespace)
    {
        foreach (var alias in AgencyAliasesLongestFirst)
        {
            var aliasStart = line.End - alias.Length;
            if (aliasStart <= line.Start || !_text.AsSpan(aliasStart, alias.Length).SequenceEqual(alias))
            {
                continue;
            }

            if (!requireWhitespace || IsWhitespace(_text[aliasStart - 1]))
            {
                return new PartSpan(aliasStart, alias.Length);
            }
        }

        return null;
    }

    // (iii) any* DASH W* AGENCY W*, (iv) any* D any* W AGENCY W*: the agency ends the line.
    private (PartSpan AgencySpan, string AgencyName)? TrailingAgency(PartSpan line)
    {
        foreach (var alias in AgencyAliasesLongestFirst)
        {
            var aliasStart = line.End - alias.Length;
            if (aliasStart <= line.Start || !_text.AsSpan(aliasStart, alias.Length).SequenceEqual(alias))
            {
                continue;
            }

            var beforeWhitespace = aliasStart;
            while (beforeWhitespace > line.Start && IsWhitespace(_text[beforeWhitespace - 1]))
            {
                beforeWhitespace--;
            }

            var afterDash = beforeWhitespace > line.Start && IsDashChar(_text[beforeWhitespace - 1]);
            var afterDigitAndSpace = IsWhitespace(_text[aliasStart - 1])
                && _text.AsSpan(line.Start, aliasStart - 1 - line.Start).IndexOfAnyInRange('0', '9') >= 0;
            if (afterDash || afterDigitAndSpace)
            {
                return (new PartSpan(aliasStart, alias.Length), alias);
            }
        }

        return null;
    }
}
