using Antlr4.Runtime;
using DispatchParser.Grammar.Generated;
using static DispatchParser.Grammar.DispatchLexicon;

namespace DispatchParser.Grammar;

/// <summary>
/// The parts of the body (grammar/README.md sections 2.3 and 4): the dateline, the paragraphs
/// and the agency tag.
/// </summary>
internal sealed class BodyLowering
{
    private readonly string _text;

    public BodyLowering(string text, IReadOnlyList<IToken> lines)
    {
        _text = text;
        var first = 0;
        var last = lines.Count - 1;

        // 3. Sign-off: the last body line.
        if (last >= 0 && lines[last].Type == DispatchLexer.SIGNOFF_LINE)
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
            leadIns.Add(new LeadInPart(kind, span, span.GetText(text)));
            first++;
        }

        LeadIns = leadIns;

        // 1. Dateline: an inline dateline (DATELINE_PARA), or a DATELINE_LINE followed by at
        //    least one paragraph.
        var firstParagraphStart = -1;
        if (first <= last && lines[first].Type == DispatchLexer.DATELINE_PARA
            && InlineDateline(lines[first]) is { } inline)
        {
            Dateline = inline.Dateline;
            firstParagraphStart = inline.ParagraphStart;
        }
        else if (first < last && lines[first].Type == DispatchLexer.DATELINE_LINE
            && OwnLineDateline(lines[first]) is { } ownLine)
        {
            Dateline = ownLine;
            first++;
        }

        // 1b. A place dateline (it names no agency): a PLACE_PARA, or a PLACE_LINE followed by at least one
        //     paragraph; a dashless place line takes the dash that opens the next line (section 4).
        else if (first <= last && lines[first].Type == DispatchLexer.PLACE_PARA)
        {
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
            Dateline = new DatelinePart(span, span.GetText(text), null, null);
        }

        // 2. Agency tag: the final parenthesised group of the last body line, a TAGGED_LINE.
        var lastParagraphEnd = -1;
        if (AgencyTag is null && last >= first && last >= 0 && lines[last].Type == DispatchLexer.TAGGED_LINE
            && FinalTag(lines[last]) is { } tag)
        {
            AgencyTag = tag;
            lastParagraphEnd = tag.Span.Start;
        }

        // Lead-in prefixes of the first paragraph: residue phrases, then at most one source prefix.
        if (Dateline is null && first <= last
            && lines[first].Type is DispatchLexer.TEXT_LINE or DispatchLexer.TAGGED_LINE or DispatchLexer.LEAD_LINE)
        {
            var line = Trim(text, lines[first].StartIndex, first == last && lastParagraphEnd >= 0 ? lastParagraphEnd : lines[first].StopIndex + 1);
            var position = line.Start;
            while (LeadInPrefix(text, position, line.End) is { } prefix)
            {
                var span = new PartSpan(position, prefix.End - position);
                leadIns.Add(new LeadInPart(prefix.Kind, span, span.GetText(text)));
                position = prefix.Next;
                firstParagraphStart = position;
                if (prefix.Kind == LeadInKind.Source)
                {
                    break;
                }
            }
        }

        var paragraphs = new List<TextPart>();
        for (var i = first; i <= last; i++)
        {
            var start = i == first && firstParagraphStart >= 0 ? firstParagraphStart : lines[i].StartIndex;
            var end = i == last && lastParagraphEnd >= 0 ? lastParagraphEnd : lines[i].StopIndex + 1;
            paragraphs.Add(DispatchPartsLowering.Part(text, Trim(text, start, end)));
        }

        Paragraphs = paragraphs;
        if (AgencyTag is null && Dateline is { AgencyName: { } agencyName, AgencySpan: { } agencySpan })
        {
            AgencyTag = new AgencyTagPart(agencySpan, agencySpan.GetText(text), agencyName, AgencyTagPosition.Dateline);
        }
    }

    public IReadOnlyList<LeadInPart> LeadIns { get; }

    public DatelinePart? Dateline { get; }

    public IReadOnlyList<TextPart> Paragraphs { get; }

    public AgencyTagPart? AgencyTag { get; }

    private AgencyTagPart Signoff(IToken line)
    {
        var span = Trim(_text, line.StartIndex, line.StopIndex + 1);
        var name = span.Length >= 2 && _text[span.Start] == '(' && _text[span.End - 1] == ')'
            ? new PartSpan(span.Start + 1, span.Length - 2)
            : span;
        return new AgencyTagPart(span, span.GetText(_text), name.GetText(_text), AgencyTagPosition.Signoff);
    }

    private AgencyTagPart? FinalTag(IToken line)
    {
        var span = Trim(_text, line.StartIndex, line.StopIndex + 1);
        if (span.Length < 2 || _text[span.End - 1] != ')')
        {
            return null;
        }

        // TAG_NAME holds no parenthesis, so the group opens at the last '(' of the line.
        var open = _text.LastIndexOf('(', span.End - 2, span.Length - 1);
        if (open < span.Start)
        {
            return null;
        }

        var group = new PartSpan(open, span.End - open);
        var name = new PartSpan(open + 1, group.Length - 2);
        return new AgencyTagPart(group, group.GetText(_text), name.GetText(_text), AgencyTagPosition.Signoff);
    }

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
        return (new DatelinePart(span, span.GetText(_text), null, null), SkipWhitespace(_text, end, line.StopIndex + 1));
    }

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
        var dateline = new DatelinePart(span, span.GetText(_text), match.AgencyName, match.AgencySpan);
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
            ? new DatelinePart(span, span.GetText(_text), found.AgencyName, found.AgencySpan)
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
