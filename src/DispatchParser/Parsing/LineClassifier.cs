using DispatchParser.Dialects;
using static DispatchParser.Parsing.CharacterClasses;

namespace DispatchParser.Parsing;

/// <summary>
/// Classifies one line's content (without its line break and without a leading U+FEFF run) exactly as the
/// grammar's lexer does. All checks look at the start or the end of the line, so classifying costs
/// O(1) per line in the common case: the parser's speed depends on it.
/// </summary>
internal sealed class LineClassifier
{
    private static readonly string[] s_signOffWords = ["Reuter", "REUTER", "reuter"];

    private readonly AgencyRegistry _registry;
    private readonly string[] _noticeMarkers;
    private readonly string[] _endMarkerWords;
    private readonly string[] _bareEndMarkers;
    private readonly string[] _aliases;

    /// <summary>
    /// Characters a notice, end marker, stamp or sign-off can start with. Any other line is ordinary text at
    /// the coarse level, decided by one lookup — most lines of a dispatch.
    /// </summary>
    private readonly System.Buffers.SearchValues<char> _markerStarts;

    public LineClassifier(AgencyRegistry registry)
    {
        _registry = registry;
        _noticeMarkers = registry.NoticeMarkers.Select(marker => marker.Marker).ToArray();
        _endMarkerWords = registry.EndMarkers.Where(marker => !marker.Bare).Select(marker => marker.Word).ToArray();
        _bareEndMarkers = registry.EndMarkers.Where(marker => marker.Bare).Select(marker => marker.Word).ToArray();
        _aliases = registry.Agencies.SelectMany(agency => agency.Aliases).ToArray();
        IEnumerable<char> starts = _noticeMarkers.Select(marker => marker[0])
            .Concat(_bareEndMarkers.Select(word => word[0]))
            .Concat(s_signOffWords.Select(word => word[0]))
            .Concat("/(0123456789");
        _markerStarts = System.Buffers.SearchValues.Create([.. starts.Distinct()]);
    }

    public static LineClassifier Default { get; } = new(AgencyRegistry.Default);

    public AgencyRegistry Registry => _registry;

    /// <summary>
    /// The line's class. With <paramref name="fine"/> false, lines that differ only in being a dateline,
    /// tagged or plain text (which matters only for the headline and the first and last body lines) all
    /// come back as <see cref="LineClass.Text"/>.
    /// </summary>
    public LineClass Classify(ReadOnlySpan<char> line, bool fine)
    {
        int start = SkipWhitespace(line, 0);
        if (start == line.Length) return LineClass.Blank;
        int end = TrimEnd(line, start, line.Length);
        ReadOnlySpan<char> trimmed = line[start..end];
        ReadOnlySpan<char> rest = line[start..];
        if (!fine && !_markerStarts.Contains(rest[0])) return LineClass.Text;

        if (IsNotice(rest, out _)) return LineClass.Notice;
        if (IsEndMarker(rest, trimmed)) return LineClass.EndMarker;
        if (IsStamp(trimmed)) return LineClass.Stamp;
        if (IsSignOff(trimmed)) return LineClass.SignOff;
        if (!fine) return LineClass.Text;

        DatelineShape dateline = MatchDateline(line, start, end);
        if (dateline.Form != DatelineForm.None) return dateline.IsOwnLine ? LineClass.DatelineLine : LineClass.DatelinePara;
        if (FindTrailingTag(line, start, end, out _)) return LineClass.Tagged;
        if (IsResidue(trimmed)) return LineClass.ResidueLine;
        if (IsTakeLabel(trimmed)) return LineClass.TakeLabelLine;
        PlaceShape place = MatchPlace(line, start, end);
        if (place.Form == PlaceForm.OwnLine) return LineClass.PlaceLine;
        if (place.Form != PlaceForm.None) return LineClass.PlaceParagraph;
        if (IsLeadParagraph(line, start, end)) return LineClass.LeadParagraph;
        return LineClass.Text;
    }

    private bool IsResidue(ReadOnlySpan<char> trimmed)
    {
        foreach (LeadInWord phrase in _registry.ResiduePhrases)
            if (trimmed.SequenceEqual(phrase.Text)) return true;
        return false;
    }

    /// <summary><c>TAKE_LABEL_WORD (W+ TAKE_ORDINAL)+</c>: the label word, then one or more ordinal words.</summary>
    private bool IsTakeLabel(ReadOnlySpan<char> trimmed)
    {
        foreach (TakeLabel label in _registry.TakeLabels)
        {
            if (!trimmed.StartsWith(label.Word, StringComparison.Ordinal)) continue;
            int index = label.Word.Length;
            int ordinals = 0;
            while (index < trimmed.Length)
            {
                int word = SkipWhitespace(trimmed, index);
                if (word == index) break;
                int matched = MatchWord(trimmed, word, label.Ordinals);
                if (matched == 0) break;
                index = word + matched;
                ordinals++;
            }
            if (index == trimmed.Length && ordinals > 0) return true;
        }
        return false;
    }

    /// <summary>The length of the word of <paramref name="words"/> at <paramref name="index"/> that whitespace or the end follows, or 0.</summary>
    private static int MatchWord(ReadOnlySpan<char> text, int index, IReadOnlyList<string> words)
    {
        foreach (string word in words)
        {
            int after = index + word.Length;
            if (text[index..].StartsWith(word, StringComparison.Ordinal) && (after == text.Length || IsWhitespace(text[after]))) return word.Length;
        }
        return 0;
    }

    /// <summary>
    /// The lead-in prefix at <paramref name="position"/> of the first paragraph (grammar/README.md 2.3): a residue phrase followed by
    /// whitespace, or (when <paramref name="sourceAllowed"/>) a source prefix <c>WORD W* DASH W* SOURCE_WORD W* ':'</c> followed by
    /// whitespace; and only when text remains before <paramref name="limit"/> after it. <c>Next</c> is where that text starts.
    /// </summary>
    public LeadInPrefix MatchLeadInPrefix(ReadOnlySpan<char> line, int position, int limit, bool sourceAllowed)
    {
        ReadOnlySpan<char> rest = line[position..limit];
        foreach (LeadInWord phrase in _registry.ResiduePhrases)
        {
            if (!rest.StartsWith(phrase.Text, StringComparison.Ordinal)) continue;
            int end = position + phrase.Text.Length;
            if (end < limit && IsWhitespace(line[end]) && SkipWhitespace(line[..limit], end) < limit)
                return new LeadInPrefix(LeadInKind.Residue, position, end, SkipWhitespace(line[..limit], end));
        }
        if (!sourceAllowed) return default;

        int index = position;
        while (index < limit && !IsWhitespace(line[index]) && !IsDash(line[index]) && line[index] != ':') index++;
        if (index == position) return default;
        int dash = SkipWhitespace(line[..limit], index);
        if (dash >= limit || !IsDash(line[dash])) return default;
        int source = SkipWhitespace(line[..limit], dash + (line[dash] == '-' && dash + 1 < limit && line[dash + 1] == '-' ? 2 : 1));
        foreach (string word in SourceWords())
        {
            if (!line[source..limit].StartsWith(word, StringComparison.Ordinal)) continue;
            int colon = SkipWhitespace(line[..limit], source + word.Length);
            if (colon >= limit || line[colon] != ':') continue;
            int end = colon + 1;
            if (end < limit && IsWhitespace(line[end]) && SkipWhitespace(line[..limit], end) < limit)
                return new LeadInPrefix(LeadInKind.Source, position, end, SkipWhitespace(line[..limit], end));
        }
        return default;
    }

    private IEnumerable<string> SourceWords() => _registry.GenericSources.Select(word => word.Text).Concat(_aliases);

    /// <summary>
    /// A place line or paragraph (grammar/README.md section 1, PLACE_LINE and PLACE_PARA): place words — runs of two or more
    /// upper-case letters one whitespace run apart — alone (one word) or followed by a dash, then nothing or whitespace
    /// and the story; or a bracketed lead-in <c>[…]</c> and the story. <paramref name="start"/> and <paramref name="end"/>
    /// are the line's trimmed bounds.
    /// </summary>
    public static PlaceShape MatchPlace(ReadOnlySpan<char> line, int start, int end)
    {
        if (line[start] == '[')
        {
            int close = line[(start + 1)..end].IndexOf(']');
            if (close <= 0) return default;
            close += start + 1;
            int story = SkipWhitespace(line[..end], close + 1);
            return story < end ? new PlaceShape(PlaceForm.Bracketed, start, close + 1, -1, 0, story) : default;
        }

        int words = 0;
        int index = start;
        int placeEnd = start;
        while (true)
        {
            int word = index;
            while (index < end && IsPlaceLetter(line[index])) index++;
            if (index - word < 2) return default;
            words++;
            placeEnd = index;
            int next = SkipWhitespace(line[..end], index);
            if (next == end) return words == 1 ? new PlaceShape(PlaceForm.OwnLine, start, placeEnd, -1, 0, end) : default;
            if (IsDash(line[next]))
            {
                int dashLength = line[next] == '-' && next + 1 < end && line[next + 1] == '-' ? 2 : 1;
                int after = next + dashLength;
                int story = SkipWhitespace(line[..end], after);
                if (story == end) return new PlaceShape(PlaceForm.OwnLine, start, placeEnd, next, dashLength, end);
                return story > after ? new PlaceShape(PlaceForm.Dashed, start, placeEnd, next, dashLength, story) : default;
            }
            if (next == index || !IsPlaceLetter(line[next])) return default;
            index = next;
        }
    }

    /// <summary>
    /// A lead paragraph (LEAD_LINE): indented by a tab or by two or more whitespace characters, or ending a sentence — a
    /// full stop that is not part of an ellipsis and follows a non-whitespace character, or a colon — with any closing
    /// quotes after it.
    /// </summary>
    private static bool IsLeadParagraph(ReadOnlySpan<char> line, int start, int end)
    {
        if (start >= 2 || line[..start].Contains('\t')) return true;
        int last = end;
        while (last > start && IsClosingQuote(line[last - 1])) last--;
        if (last == start) return false;
        if (line[last - 1] == ':') return true;
        return line[last - 1] == '.' && last - 2 >= start && line[last - 2] != '.' && !IsWhitespace(line[last - 2]);
    }

    /// <summary>True when the line (from its first non-whitespace character) opens with a notice marker.</summary>
    public bool IsNotice(ReadOnlySpan<char> rest, out int markerLength)
    {
        foreach (string marker in _noticeMarkers)
        {
            if (!rest.StartsWith(marker, StringComparison.Ordinal)) continue;
            int index = SkipWhitespace(rest, marker.Length);
            if (index < rest.Length && rest[index] == ':')
            {
                markerLength = index + 1;
                return true;
            }
        }
        markerLength = 0;
        return false;
    }

    private bool IsEndMarker(ReadOnlySpan<char> rest, ReadOnlySpan<char> trimmed)
    {
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int index = SkipWhitespace(rest, 2);
            foreach (string word in _endMarkerWords)
            {
                if (!rest[index..].StartsWith(word, StringComparison.Ordinal)) continue;
                int after = SkipWhitespace(rest, index + word.Length);
                if (rest[after..].StartsWith("//", StringComparison.Ordinal)) return true;
            }
            return false;
        }
        foreach (string word in _bareEndMarkers)
            if (trimmed.SequenceEqual(word)) return true;
        return false;
    }

    /// <summary><c>D D? ':' D D W* (ZONE W*)?</c> with ZONE = <c>ت W* م</c> | <c>ت W* غ</c> | GMT | UTC.</summary>
    private static bool IsStamp(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 4 || !IsAsciiDigit(trimmed[0])) return false;
        int index = IsAsciiDigit(trimmed[1]) ? 2 : 1;
        if (index + 3 > trimmed.Length || trimmed[index] != ':' || !IsAsciiDigit(trimmed[index + 1]) || !IsAsciiDigit(trimmed[index + 2]))
            return false;
        index = SkipWhitespace(trimmed, index + 3);
        if (index == trimmed.Length) return true;
        ReadOnlySpan<char> zone = trimmed[index..];
        if (zone.SequenceEqual("GMT") || zone.SequenceEqual("UTC")) return true;
        if (zone[0] != 'ت') return false;
        int letter = SkipWhitespace(zone, 1);
        return letter == zone.Length - 1 && zone[letter] is 'م' or 'غ';
    }

    private bool IsSignOff(ReadOnlySpan<char> trimmed)
    {
        foreach (string word in s_signOffWords)
            if (trimmed.SequenceEqual(word)) return true;
        return trimmed.Length >= 3 && trimmed[0] == '(' && trimmed[^1] == ')' && IsTagName(trimmed[1..^1]);
    }

    /// <summary>A known agency alias, or an acronym: an uppercase letter and one or more of uppercase, '.', '&amp;', '-'.</summary>
    public bool IsTagName(ReadOnlySpan<char> name) => IsAcronym(name) || _registry.FindByAlias(name) is not null;

    private static bool IsAcronym(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || !IsAcronymLetter(name[0])) return false;
        for (int i = 1; i < name.Length; i++)
            if (!IsAcronymLetter(name[i]) && name[i] is not ('.' or '&' or '-')) return false;
        return true;
    }

    /// <summary>
    /// Finds a final <c>'(' TAG_NAME ')'</c> group ending at <paramref name="end"/> (the trimmed end).
    /// <paramref name="openParen"/> is the index of its '('.
    /// </summary>
    public bool FindTrailingTag(ReadOnlySpan<char> line, int start, int end, out int openParen)
    {
        openParen = -1;
        if (end - start < 3 || line[end - 1] != ')') return false;
        int open = line[start..(end - 1)].LastIndexOf('(');
        if (open < 0) return false;
        open += start;
        if (!IsTagName(line[(open + 1)..(end - 1)])) return false;
        openParen = open;
        return true;
    }

    /// <summary>
    /// Matches the four dateline forms of the grammar against the line (start and end are its trimmed
    /// bounds) and returns where its parts are.
    /// </summary>
    public DatelineShape MatchDateline(ReadOnlySpan<char> line, int start, int end)
    {
        // A line that is a dateline paragraph by forms (i)/(ii) but also an own-line dateline by (iii)/(iv)
        // is a DATELINE_LINE: that class comes first in the lexer.
        DatelineShape opening = MatchOpeningDateline(line, start, end);
        if (opening.Form != DatelineForm.None && opening.IsOwnLine) return opening;
        DatelineShape ownLine = MatchClosingDateline(line, start, end);
        return ownLine.Form != DatelineForm.None ? ownLine : opening;
    }

    /// <summary>Forms (i) and (ii): the dateline opens the line.</summary>
    private DatelineShape MatchOpeningDateline(ReadOnlySpan<char> line, int start, int end)
    {
        // (i) PLACE '(' TAG_NAME ')' W* DASH — PLACE holds no parenthesis.
        int open = line[start..end].IndexOfAny('(', ')');
        if (open >= 0 && line[start + open] == '(')
        {
            open += start;
            int close = line[(open + 1)..end].IndexOfAny('(', ')');
            if (close >= 0 && line[open + 1 + close] == ')')
            {
                close += open + 1;
                if (IsTagName(line[(open + 1)..close]))
                {
                    int dash = SkipWhitespace(line, close + 1);
                    int dashLength = DashLength(line, dash, end);
                    if (dashLength > 0)
                        return Finish(DatelineForm.Parenthesized, line, start, end, open + 1, close, dash, dashLength);
                }
            }
        }

        // (ii) AGENCY W* DASH
        foreach (string alias in _aliases)
        {
            if (!line[start..end].StartsWith(alias, StringComparison.Ordinal)) continue;
            int dash = SkipWhitespace(line, start + alias.Length);
            int dashLength = DashLength(line, dash, end);
            if (dashLength > 0)
                return Finish(DatelineForm.AgencyFirst, line, start, end, start, start + alias.Length, dash, dashLength);
        }

        return default;
    }

    /// <summary>Forms (iii) and (iv): the line ends with a known agency.</summary>
    private DatelineShape MatchClosingDateline(ReadOnlySpan<char> line, int start, int end)
    {
        // (iii) any* DASH W* AGENCY and (iv) any* D any* W AGENCY.
        foreach (string alias in _aliases)
        {
            if (!line[start..end].EndsWith(alias, StringComparison.Ordinal)) continue;
            int aliasStart = end - alias.Length;
            int before = TrimEnd(line, start, aliasStart);
            if (before > start && IsDash(line[before - 1]))
            {
                int dashStart = before - 1;
                if (dashStart > start && line[dashStart - 1] == '-' && line[dashStart] == '-') dashStart--;
                return new DatelineShape(DatelineForm.PlaceDashAgency, IsOwnLine: true, start, TrimEnd(line, start, dashStart),
                    dashStart, before - dashStart, aliasStart, end, end);
            }
            if (before < aliasStart && before > start && line[start..before].IndexOfAnyInRange('0', '9') >= 0)
                return new DatelineShape(DatelineForm.PlaceDateAgency, IsOwnLine: true, start, before, -1, 0, aliasStart, end, end);
        }
        return default;
    }

    private static int DashLength(ReadOnlySpan<char> line, int index, int end)
    {
        if (index >= end) return 0;
        if (line[index] == '-' && index + 1 < end && line[index + 1] == '-') return 2;
        return IsDash(line[index]) ? 1 : 0;
    }

    private static DatelineShape Finish(DatelineForm form, ReadOnlySpan<char> line, int start, int end,
        int agencyStart, int agencyEnd, int dash, int dashLength)
    {
        int after = SkipWhitespace(line, dash + dashLength);
        int placeEnd = form == DatelineForm.Parenthesized ? TrimEnd(line, start, agencyStart - 1) : start;
        return new DatelineShape(form, IsOwnLine: after >= end, start, placeEnd, dash, dashLength, agencyStart, agencyEnd, after);
    }
}

internal enum LeadInKind : byte
{
    None,
    Residue,
    Source,
    TakeLabel,
}

/// <summary>A lead-in prefix of the first paragraph: its kind, its bounds, and where the text after it starts.</summary>
internal readonly record struct LeadInPrefix(LeadInKind Kind, int Start, int End, int Next);

internal enum PlaceForm : byte
{
    None,

    /// <summary>A place line: <c>İSTANBUL</c>, <c>ANKARA -</c>.</summary>
    OwnLine,

    /// <summary>Place words, a dash and the story: <c>MADRİD - İkinci …</c>.</summary>
    Dashed,

    /// <summary>A bracketed lead-in and the story: <c>[Portal-İstanbul] …</c>.</summary>
    Bracketed,
}

/// <summary>
/// Where the parts of a place line or paragraph are: the place (or the bracketed lead-in, brackets included) is
/// [PlaceStart, PlaceEnd); Dash is -1 when absent; StoryStart is where the paragraph's text starts (the end for a place line).
/// </summary>
internal readonly record struct PlaceShape(PlaceForm Form, int PlaceStart, int PlaceEnd, int Dash, int DashLength, int StoryStart);

internal enum DatelineForm : byte
{
    None,

    /// <summary>(i) <c>ANKARA (AA) - </c></summary>
    Parenthesized,

    /// <summary>(ii) <c>ANKA - </c></summary>
    AgencyFirst,

    /// <summary>(iii) <c>عين اليوم – واس</c>, on its own line.</summary>
    PlaceDashAgency,

    /// <summary>(iv) <c>الرياض 25 شوال 1436 هـ م واس</c>, on its own line.</summary>
    PlaceDateAgency,
}

/// <summary>
/// Where the parts of a dateline are in its line. Place is [PlaceStart, PlaceEnd) (empty when absent); the
/// agency name is [AgencyStart, AgencyEnd) (inside the parentheses for form (i)); Dash is -1 when absent;
/// ParagraphStart is where the first paragraph's text starts on the same line (the end for own-line datelines).
/// </summary>
internal readonly record struct DatelineShape(
    DatelineForm Form, bool IsOwnLine, int PlaceStart, int PlaceEnd, int Dash, int DashLength,
    int AgencyStart, int AgencyEnd, int ParagraphStart);
