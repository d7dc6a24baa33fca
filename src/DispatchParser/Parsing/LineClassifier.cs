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
    private readonly string[] _sourceMarkers;
    private readonly string[] _bylineDesks;
    private readonly int _longestAlias;

    /// <summary>
    /// Characters a notice, source line, end marker, stamp or sign-off can start with. A line opening with any other
    /// character is none of the first four, at either level, decided by one lookup — most lines of a dispatch.
    /// </summary>
    private readonly System.Buffers.SearchValues<char> _markerStarts;

    /// <summary>
    /// The agency aliases by their first and by their last character, each in registry order: a line's text can start
    /// (end) only with an alias that starts (ends) with its first (last) character, so the loops that match an opening
    /// dateline (a closing dateline, a byline) go over those few instead of every alias — none, on most paragraphs, which
    /// end with a full stop; two, not all 48, on an Arabic line opening with و (واس, وام). The cost of an edit's
    /// reclassification was in them.
    /// </summary>
    private readonly Dictionary<char, string[]> _aliasesByFirst, _aliasesByLast;

    private string[] AliasesStartingWith(char c) => _aliasesByFirst.TryGetValue(c, out string[]? aliases) ? aliases : [];

    private string[] AliasesEndingWith(char c) => _aliasesByLast.TryGetValue(c, out string[]? aliases) ? aliases : [];

    public LineClassifier(AgencyRegistry registry)
    {
        _registry = registry;
        _noticeMarkers = registry.NoticeMarkers.Select(marker => marker.Marker).ToArray();
        _endMarkerWords = registry.EndMarkers.Where(marker => !marker.Bare).Select(marker => marker.Word).ToArray();
        _bareEndMarkers = registry.EndMarkers.Where(marker => marker.Bare).Select(marker => marker.Word).ToArray();
        _aliases = registry.Agencies.SelectMany(agency => agency.Aliases).ToArray();
        _sourceMarkers = registry.SourceMarkers.Select(marker => marker.Marker).ToArray();
        _bylineDesks = [.. registry.BylineDesks];
        _longestAlias = registry.LongestAlias;
        IEnumerable<char> starts = _noticeMarkers.Select(marker => marker[0])
            .Concat(_sourceMarkers.Select(marker => marker[0]))
            .Concat(_bareEndMarkers.Select(word => word[0]))
            .Concat(s_signOffWords.Select(word => word[0]))
            .Concat("/(0123456789");
        _markerStarts = System.Buffers.SearchValues.Create([.. starts.Distinct()]);
        if (_aliases.Any(alias => alias.Length == 0)) throw new ArgumentException("An agency alias is empty.", nameof(registry));
        _closingWordsByFirst = _noticeMarkers.Concat(_sourceMarkers).Concat(_bareEndMarkers)
            .GroupBy(word => word[0]).ToDictionary(group => group.Key, group => group.Distinct().ToArray());
        _closingWordLists = [.. _closingWordsByFirst.Values];
        char[] signOffFirsts = [.. s_signOffWords.Select(word => word[0]).Concat(registry.AliasLookup.Dictionary.Keys.Where(key => key.Length > 0).Select(key => key[0])).Distinct()];
        _signOffFirsts = new bool[OpeningTableSize];
        foreach (char c in signOffFirsts.Where(c => c < OpeningTableSize)) _signOffFirsts[c] = true;
        _signOffFirstsAbove = [.. signOffFirsts.Where(c => c >= OpeningTableSize)];
        _openings = new byte[OpeningTableSize];
        for (int c = 0; c < OpeningTableSize; c++) _openings[c] = OpeningOf((char)c);
        _aliasesByFirst = _aliases.GroupBy(alias => alias[0]).ToDictionary(group => group.Key, group => group.ToArray());
        _aliasesByLast = _aliases.GroupBy(alias => alias[^1]).ToDictionary(group => group.Key, group => group.ToArray());
        // A bare sign-off (a sign-off word or an alias, a full stop after it or not) is at most this long less one.
        _plainTextMinLength = Math.Max(_longestAlias, s_signOffWords.Max(word => word.Length)) + 2;
    }

    /// <summary>Lines shorter than this are never <see cref="IsPlainText"/>: a bare sign-off with its full stop fits in them.</summary>
    private readonly int _plainTextMinLength;

    public static LineClassifier Default { get; } = new(AgencyRegistry.Default);

    public AgencyRegistry Registry => _registry;

    /// <summary>
    /// The line's class. With <paramref name="fine"/> false, lines that differ only in being a byline, a dateline, a
    /// place, a lead paragraph, tagged or plain text (which matters only for the headline and the first lines of the body) come back as
    /// <see cref="LineClass.Text"/> or <see cref="LineClass.Tagged"/>, and a line that ends with an end marker as
    /// <see cref="LineClass.Marked"/>: the checks at the start of a line are left out, those at its end are cheap.
    /// </summary>
    public LineClass Classify(ReadOnlySpan<char> line, bool fine) =>
        !fine && IsPlainText(line) ? LineClass.Text : ClassifyInFull(line, fine);

    /// <summary>
    /// True for a line that <see cref="Classify"/> at the coarse level calls <see cref="LineClass.Text"/> whatever its
    /// middle holds, decided from its first and last two characters: most paragraph lines, which the parser classifies
    /// once each. Exact, not a guess (a property test compares it with <see cref="ClassifyInFull"/>): after its indentation, if any
    /// (the coarse level reads none), the line opens with no '(' (no group sign-off) and is no notice, source line, end marker or stamp (asked
    /// only when it opens with a marker start), it ends with no whitespace, no ')' before an optional full stop (no tag,
    /// no parenthesised sign-off), no '/', digit or stamp-zone letter (no end marker closes it), and it is longer than any
    /// bare sign-off word.
    /// </summary>
    internal bool IsPlainText(ReadOnlySpan<char> line)
    {
        // Indentation is no part of what the coarse level looks at (the indented paragraphs of wrapped copy): the tests below
        // are those of the line's text from its first non-whitespace character.
        if (line.Length > 0 && IsWhitespace(line[0])) line = line[SkipWhitespace(line, 0)..];
        if (line.Length < _plainTextMinLength) return false;
        char first = line[0], last = line[^1];
        if (first == '(' || IsWhitespace(last)) return false;
        // The character that a tag, a sign-off or an end marker would end with: the last one, or the one before a full stop.
        char end = last == '.' ? line[^2] : last;
        if (end == ')' || IsWhitespace(end) || last is '/' or ')' or 'م' or 'غ' or 'T' or 'C' || IsAsciiDigit(last)) return false;
        // A line opening with a marker start is asked what ClosingClass asks it (an Arabic line opening with ا may be a source
        // line), but only when it opens with one of the words those tests look for: the others are plain.
        // A digit no closing word opens with: of the closing lines, only a stamp opens with one.
        int opening = Opening(first);
        if (opening == OpeningPlain) return true;
        if (opening == OpeningDigit) return !IsStamp(line);
        return !OpensWithClosingWordShortcut(line) || !(IsNotice(line, out _) || IsSource(line, out _) || IsEndMarker(line, line) || IsStamp(line));
    }

    /// <summary>
    /// False when a line (from its first non-whitespace character) can be no notice, source line, end marker or stamp: it
    /// opens with no notice marker, source marker or bare end marker (each test is anchored at the first character and
    /// starts with its word), with no '/' and no digit. True means "ask those tests". Asked of lines opening with a marker start.
    /// </summary>
    private bool OpensWithClosingWord(ReadOnlySpan<char> rest)
    {
        char first = rest[0];
        if (first == '/' || IsAsciiDigit(first)) return true;
        if (!_closingWordsByFirst.TryGetValue(first, out string[]? words)) return false;
        foreach (string word in words)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// <c>_markerStarts.Contains(rest[0]) &amp;&amp; OpensWithClosingWord(rest)</c> from the <see cref="Opening"/> table: the
    /// shortcuts' form (the full classification keeps the search and the dictionary, so the property tests compare the two).
    /// </summary>
    private bool OpensWithClosingWordShortcut(ReadOnlySpan<char> rest)
    {
        int opening = Opening(rest[0]);
        if (opening < OpeningWordsFirst) return opening is OpeningSlash or OpeningDigit;
        foreach (string word in ClosingWordsOf(opening, rest[0]))
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>What a line's first character tells of the closing tests (<see cref="Opening"/>): no marker start at all.</summary>
    private const byte OpeningPlain = 0;

    /// <summary>A marker start that opens no closing word and is neither '/' nor a digit (the R of Reuter, '(': a sign-off's).</summary>
    private const byte OpeningOtherMarkerStart = 1;

    /// <summary>'/' (an end marker may open with it), or a digit that some closing word opens with too.</summary>
    private const byte OpeningSlash = 2;

    /// <summary>An ASCII digit no closing word opens with: of the closing lines, only a stamp may open with it.</summary>
    private const byte OpeningDigit = 3;

    /// <summary>From this value on, a marker start that opens some closing words: those of <c>_closingWordLists[value - OpeningWordsFirst]</c>.</summary>
    private const byte OpeningWordsFirst = 4;

    /// <summary>The characters <see cref="_openings"/> covers: ASCII, Latin, Turkish, Kurmanji and Arabic letters (the others are looked up).</summary>
    private const int OpeningTableSize = 0x700;

    /// <summary>
    /// <see cref="OpeningOf"/> of every character below <see cref="OpeningTableSize"/>: one load instead of the marker-start
    /// search and the closing-word dictionary, asked of every physical line of hard-wrapped copy and every paragraph.
    /// Exact by construction (made from the same sets).
    /// </summary>
    private readonly byte[] _openings;

    /// <summary>The closing words by first character (<see cref="_closingWordsByFirst"/>'s values), indexed by an opening value.</summary>
    private readonly string[][] _closingWordLists;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Opening(char c) => c < OpeningTableSize ? _openings[c] : OpeningOf(c);

    private byte OpeningOf(char c)
    {
        if (!_markerStarts.Contains(c)) return OpeningPlain;
        bool hasWords = _closingWordsByFirst.TryGetValue(c, out string[]? words);
        if (c == '/' || IsAsciiDigit(c)) return c != '/' && !hasWords ? OpeningDigit : OpeningSlash;
        if (!hasWords) return OpeningOtherMarkerStart;
        int index = Array.IndexOf(_closingWordLists, words);
        return checked((byte)(OpeningWordsFirst + index));
    }

    /// <summary>The closing words opening with <paramref name="first"/>, whose <see cref="Opening"/> is <paramref name="opening"/> (at least <see cref="OpeningWordsFirst"/>).</summary>
    private string[] ClosingWordsOf(int opening, char first) =>
        first < OpeningTableSize ? _closingWordLists[opening - OpeningWordsFirst] : _closingWordsByFirst[first];

    /// <summary>
    /// True for a line that <see cref="ClassifyClosing"/> calls <see cref="LineClass.Text"/>, decided from its ends: after its
    /// indentation, if any, it opens with no '(' and no marker start (no notice, source line, end marker or stamp), ends
    /// with no whitespace and no ')' before an optional full stop (no parenthesised sign-off), and is longer than any bare
    /// sign-off or opens with a character no sign-off word or alias opens with. Exact, not a guess (false only means "ask <see cref="ClassifyClosing"/>"; a property test compares the
    /// two): the layout rule asks it of every physical line of hard-wrapped copy, whose paragraphs open indented.
    /// </summary>
    internal bool IsPlainClosing(ReadOnlySpan<char> line)
    {
        // ClassifyClosing reads the line from its first non-whitespace character, so the tests below do too: the indented
        // first line of every paragraph of hard-wrapped copy took the full classification before.
        if (line.Length > 0 && IsWhitespace(line[0])) line = line[SkipWhitespace(line, 0)..];
        return IsPlainClosingText(line);
    }

    /// <summary><see cref="IsPlainClosing"/> of a line that opens with no whitespace (the layout rule's column-0 lines).</summary>
    internal bool IsPlainClosingText(ReadOnlySpan<char> line)
    {
        if (line.Length < 2) return false;
        char first = line[0], last = line[^1];
        // A line as short as a bare sign-off (the last physical line of most paragraphs of hard-wrapped copy, "طفل.") is one
        // only when a sign-off word or an alias opens with its first character: none does for most letters.
        bool isShort = line.Length < _plainTextMinLength;
        if (isShort && OpensBareSignOff(first)) return false;
        if (first == '(' || IsWhitespace(last)) return false;
        // The character before an optional full stop: only then a second one to look at (the last one is no whitespace).
        if (last == '.')
        {
            char end = line[^2];
            if (end == ')' || IsWhitespace(end)) return false;
        }
        else if (last == ')')
        {
            return false;
        }
        int opening = Opening(first);
        // A sign-off's first letter (R of Reuter; '(' is ruled out above) opens no notice, source line, end marker or stamp,
        // and the sign-off tests fail on a line this long that ends with no ')': plain, as a line opening with any letter.
        if (opening == OpeningPlain) return true;
        if (opening == OpeningOtherMarkerStart) return !isShort;
        // A digit opens no closing word: of the closing lines only a stamp (D D? ':' …) may open with it.
        if (opening == OpeningDigit) return !isShort && line[1] != ':' && !(IsAsciiDigit(line[1]) && line[2] == ':');
        // An Arabic line opening with ا shares its first letter with المصدر and انتهى: it is plain unless it opens with one.
        // A line opening with '/' is asked in full. One table load for all of these questions.
        if (opening < OpeningWordsFirst) return false;
        foreach (string word in ClosingWordsOf(opening, first))
            if (line.StartsWith(word, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// True when a sign-off word or an agency alias (what <see cref="IsSignOff"/> compares a bare sign-off with, the
    /// registry's alias lookup included) opens with <paramref name="c"/>: only then may a short line be a bare sign-off.
    /// </summary>
    private bool OpensBareSignOff(char c) => c < OpeningTableSize ? _signOffFirsts[c] : _signOffFirstsAbove.Contains(c);

    /// <summary>The first characters of the sign-off words and the alias lookup's keys: below <see cref="OpeningTableSize"/> as a table, the others as a set.</summary>
    private readonly bool[] _signOffFirsts;
    private readonly HashSet<char> _signOffFirstsAbove;

    /// <summary>
    /// The notice markers, source markers and bare end markers by their first character: a line that opens with none of
    /// them (nor with '/' or a digit) is no notice, source line, end marker or stamp (<see cref="IsPlainClosing"/>).
    /// </summary>
    private readonly Dictionary<char, string[]> _closingWordsByFirst;

    /// <summary><see cref="Classify"/> without the plain-text shortcut (the property test's reference).</summary>
    internal LineClass ClassifyInFull(ReadOnlySpan<char> line, bool fine)
    {
        int start = SkipWhitespace(line, 0);
        if (start == line.Length) return LineClass.Blank;
        int end = TrimEnd(line, start, line.Length);
        ReadOnlySpan<char> trimmed = line[start..end];
        LineClass closing = ClosingClass(line[start..], trimmed);
        if (closing != LineClass.Text) return closing;
        if (fine)
        {
            if (IsByline(trimmed)) return LineClass.Byline;
            DatelineShape dateline = MatchDateline(line, start, end);
            // A dateline paragraph that ends with an end marker is a marked line (TAGGED_MARKED_LINE, DATELINE_MARKED_LINE
            // come before DATELINE_PARA in the lexer): the marker closes the body, the dateline still opens it.
            if (dateline.Form != DatelineForm.None)
                return dateline.IsOwnLine ? LineClass.DatelineLine : FindInlineEndMarker(line, start, end, out _) ? LineClass.Marked : LineClass.DatelinePara;
        }
        if (FindInlineEndMarker(line, start, end, out _)) return LineClass.Marked;
        if (FindTag(line, start, end, out _)) return LineClass.Tagged;
        if (fine)
        {
            if (IsResidue(trimmed)) return LineClass.ResidueLine;
            if (IsTakeLabel(trimmed)) return LineClass.TakeLabelLine;
            PlaceShape place = MatchPlace(line, start, end);
            if (place.Form == PlaceForm.OwnLine) return LineClass.PlaceLine;
            if (place.Form != PlaceForm.None) return LineClass.PlaceParagraph;
            if (IsLeadParagraph(line, start, end)) return LineClass.LeadParagraph;
        }
        return LineClass.Text;
    }

    /// <summary>
    /// The line's class when it is blank or a line that closes a body or follows it — a notice, a source line, an end
    /// marker, a stamp or a sign-off — and <see cref="LineClass.Text"/> otherwise: the first step of <see cref="Classify"/>,
    /// the same at both levels, and all the layout rule needs to know of a line (it asks it of every physical line).
    /// </summary>
    public LineClass ClassifyClosing(ReadOnlySpan<char> line)
    {
        int start = SkipWhitespace(line, 0);
        if (start == line.Length) return LineClass.Blank;
        return ClosingClass(line[start..], line[start..TrimEnd(line, start, line.Length)]);
    }

    /// <summary><see cref="ClassifyClosing"/> of a non-blank line: <paramref name="rest"/> runs from its first non-whitespace character, <paramref name="trimmed"/> is its trimmed content.</summary>
    private LineClass ClosingClass(ReadOnlySpan<char> rest, ReadOnlySpan<char> trimmed)
    {
        // A notice, source line, end marker or stamp opens with one of the marker starts (each test is anchored at the
        // line's first character), so one lookup rules all four out for most lines.
        if (_markerStarts.Contains(rest[0]) && OpensWithClosingWord(rest))
        {
            if (IsNotice(rest, out _)) return LineClass.Notice;
            if (IsSource(rest, out _)) return LineClass.Source;
            if (IsEndMarker(rest, trimmed)) return LineClass.EndMarker;
            if (IsStamp(trimmed)) return LineClass.Stamp;
        }
        return IsSignOff(trimmed) ? LineClass.SignOff : LineClass.Text;
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
        int source = SkipWhitespace(line[..limit], dash + DashLength(line, dash, limit));
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
                int dashLength = DashLength(line, next, end);
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
        // The character before the full stop is a sentence character: not a full stop, not whitespace and not
        // U+FEFF (the lexer's SENTENCE_CHAR; "n\uFEFF." is a text line, found by the token-stream property).
        char beforeStop = last - 2 >= start ? line[last - 2] : '.';
        return line[last - 1] == '.' && beforeStop != '.' && beforeStop != '\uFEFF' && !IsWhitespace(beforeStop);
    }

    /// <summary>True when the line (from its first non-whitespace character) opens with a notice marker.</summary>
    public bool IsNotice(ReadOnlySpan<char> rest, out int markerLength) => OpensWithMarker(rest, _noticeMarkers, out markerLength);

    /// <summary>True when the line opens with one of <paramref name="markers"/>, whitespace and a colon; the length runs through the colon.</summary>
    private static bool OpensWithMarker(ReadOnlySpan<char> rest, string[] markers, out int markerLength)
    {
        foreach (string marker in markers)
        {
            // The first character rules out nearly every marker (an Arabic line opening with ا or ت shares one with some).
            if (rest[0] != marker[0] || !rest.StartsWith(marker, StringComparison.Ordinal)) continue;
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

    /// <summary>
    /// <c>('Reuter' | 'REUTER' | 'reuter' | AGENCY | TAG_GROUP) W* ('.' W*)?</c> or <c>SIGNATURE W* '(' TAG_NAME ')' W* ('.' W*)?</c>
    /// on the trimmed line. Cheap for most lines: a sign-off is short, or it ends with a parenthesised group.
    /// </summary>
    private bool IsSignOff(ReadOnlySpan<char> trimmed)
    {
        ReadOnlySpan<char> mark = WithoutFullStop(trimmed);
        if (mark.Length == 0) return false;
        if (mark[0] == '(') return mark.Length >= 3 && mark[^1] == ')' && GroupAgency(mark, 0, mark.Length - 1).Start >= 0;
        if (mark[^1] == ')') return SignatureLength(mark) > 0;
        if (mark.Length > _longestAlias) return false;
        foreach (string word in s_signOffWords)
            if (mark.SequenceEqual(word)) return true;
        return _registry.FindByAlias(mark) is not null;
    }

    /// <summary>
    /// A signed sign-off, <c>SIGNATURE W* '(' TAG_NAME ')'</c>, on the trimmed line without its full stop: the length of the
    /// signature with its comma (<c>Ayşe DEMİR / İZMİR,</c> of <c>Ayşe DEMİR / İZMİR, (DHA)</c>), or 0 when it is not one.
    /// </summary>
    public int SignatureLength(ReadOnlySpan<char> mark)
    {
        if (mark.Length < 7 || mark[^1] != ')') return 0;
        int open = mark.LastIndexOf('(');
        if (open < 3 || !IsTagName(mark[(open + 1)..^1])) return 0;
        int comma = TrimEnd(mark, 0, open) - 1;
        if (comma < 2 || mark[comma] != ',') return 0;
        return IsSignature(mark[..TrimEnd(mark, 0, comma)]) ? comma + 1 : 0;
    }

    /// <summary>
    /// <c>(NAME_WORD SIGNATURE_SEPARATOR)* CAPS_WORD</c>: words of a capital and one or more letters, the last one all in
    /// capitals (the place), separated by whitespace, a slash or a dash (<c>--</c> is one dash).
    /// </summary>
    private static bool IsSignature(ReadOnlySpan<char> text)
    {
        int index = 0;
        while (true)
        {
            if (index >= text.Length || !IsAcronymLetter(text[index])) return false;
            int wordStart = index++;
            bool capitals = true;
            while (index < text.Length && (IsAcronymLetter(text[index]) || IsPlaceLowerLetter(text[index])))
                capitals &= IsAcronymLetter(text[index++]);
            if (index - wordStart < 2) return false;
            if (index == text.Length) return capitals;
            int separatorStart = index;
            index = SkipWhitespace(text, index);
            if (index + 1 < text.Length && text[index] == '-' && text[index + 1] == '-') index += 2;
            else if (index < text.Length && (text[index] == '/' || IsDash(text[index]))) index++;
            index = SkipWhitespace(text, index);
            if (index == separatorStart) return false;
        }
    }

    /// <summary>The text without a final full stop and the whitespace before it (<c>(AA).</c> → <c>(AA)</c>).</summary>
    public static ReadOnlySpan<char> WithoutFullStop(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 2 && trimmed[^1] == '.' ? trimmed[..TrimEnd(trimmed, 0, trimmed.Length - 1)] : trimmed;

    /// <summary>True when the line (from its first non-whitespace character) opens with a source marker and a colon.</summary>
    public bool IsSource(ReadOnlySpan<char> rest, out int markerLength) => OpensWithMarker(rest, _sourceMarkers, out markerLength);

    public bool IsByline(ReadOnlySpan<char> trimmed) => MatchByline(trimmed, out _);

    /// <summary>
    /// A byline (grammar/README.md section 1): capitals, maybe a place, then an agency (<c>BARTIN DHA</c>,
    /// <c>CAN ARSLAN Kemer DHA</c>, <c>MURAT ÖZTÜRK - DHA</c>); a reporter and a place (<c>ELİF ŞAHİN Ankara</c>); or a
    /// desk. The shape's offsets are relative to <paramref name="trimmed"/>.
    /// </summary>
    public bool MatchByline(ReadOnlySpan<char> trimmed, out BylineShape shape)
    {
        shape = default;
        if (trimmed.Length < 4 || !IsAcronymLetter(trimmed[0])) return false;
        foreach (string desk in _bylineDesks)
        {
            if (!trimmed.SequenceEqual(desk)) continue;
            shape = new BylineShape(trimmed.Length, -1, 0, -1, -1, -1);
            return true;
        }
        foreach (string alias in AliasesEndingWith(trimmed[^1]))
        {
            int aliasAt = trimmed.Length - alias.Length;
            if (aliasAt <= 0 || !trimmed.EndsWith(alias, StringComparison.Ordinal) || !IsWhitespace(trimmed[aliasAt - 1])) continue;
            ReadOnlySpan<char> before = trimmed[..TrimEnd(trimmed, 0, aliasAt)];
            int placeStart = PlaceWordStart(before);
            if (placeStart >= 0) before = before[..TrimEnd(before, 0, placeStart)];
            // A comma before the place or agency stays in the name's token (`ŞEYMA ÇAKIR / DİYARBAKIR,`).
            bool comma = before.Length > 0 && before[^1] == ',';
            int nameEnd = before.Length;
            if (comma) before = before[..TrimEnd(before, 0, before.Length - 1)];
            int dash = -1, dashLength = 0;
            bool named;
            if (!comma && before.Length > 0 && IsDash(before[^1]))
            {
                // REPORTER W* DASH W+: a dash needs a name of two words or more (`ANKARA - DHA` is a dateline).
                dash = before.Length - 1;
                dashLength = 1;
                if (dash > 0 && before[dash - 1] == '-' && before[dash] == '-') { dash--; dashLength = 2; }
                bool spaceAfter = IsWhitespace(trimmed[dash + dashLength]);
                before = before[..TrimEnd(before, 0, dash)];
                named = spaceAfter && IsCapsWords(before, minimum: 2, separators: false);
            }
            else
            {
                named = IsCapsWords(before, minimum: 1, separators: true);
            }
            if (!named) continue;
            shape = new BylineShape(dash >= 0 ? before.Length : nameEnd, dash, dashLength, placeStart,
                placeStart < 0 ? -1 : placeStart + PlaceWordLength(trimmed, placeStart), aliasAt);
            return true;
        }
        ReadOnlySpan<char> name = trimmed;
        int place = PlaceWordStart(trimmed);
        if (place < 0) return false;
        name = trimmed[..TrimEnd(trimmed, 0, place)];
        if (!IsCapsWords(name, minimum: 2, separators: false)) return false;
        shape = new BylineShape(name.Length, -1, 0, place, trimmed.Length, -1);
        return true;
    }

    /// <summary>Where a final <c>W+ PLACE_WORD</c> (<c>Kemer</c>) starts, or -1 when the text does not end with one.</summary>
    private static int PlaceWordStart(ReadOnlySpan<char> text)
    {
        int wordStart = text.Length;
        while (wordStart > 0 && IsPlaceLowerLetter(text[wordStart - 1])) wordStart--;
        if (wordStart == text.Length || wordStart < 2 || !IsAcronymLetter(text[wordStart - 1]) || !IsWhitespace(text[wordStart - 2]))
            return -1;
        return wordStart - 1;
    }

    private static int PlaceWordLength(ReadOnlySpan<char> text, int start)
    {
        int end = start + 1;
        while (end < text.Length && IsPlaceLowerLetter(text[end])) end++;
        return end - start;
    }

    /// <summary>
    /// <c>CAPS_WORD (W+ CAPS_WORD)*</c> with at least <paramref name="minimum"/> words of two or more capitals; with
    /// <paramref name="separators"/>, words may also be separated by a comma or a slash (<c>W* ',' W*</c>, <c>W* '/' W*</c>).
    /// </summary>
    private static bool IsCapsWords(ReadOnlySpan<char> text, int minimum, bool separators)
    {
        int words = 0, index = 0;
        while (index < text.Length)
        {
            int wordStart = index;
            while (index < text.Length && IsAcronymLetter(text[index])) index++;
            if (index - wordStart < 2) return false;
            words++;
            if (index == text.Length) break;
            int next = SkipWhitespace(text, index);
            if (separators && next < text.Length && text[next] is ',' or '/') next = SkipWhitespace(text, next + 1);
            else if (next == index) return false;
            if (next == text.Length) return false;
            index = next;
        }
        return words >= minimum;
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
    /// Finds the final <c>TAG_GROUP W* ('.' W*)?</c> of <c>[start, end)</c> (<paramref name="end"/> is the trimmed end):
    /// a tag <c>(DHA)</c> or a credit <c>(Ayşe Demir / DHA)</c>, a full stop after it or not.
    /// </summary>
    public bool FindTag(ReadOnlySpan<char> line, int start, int end, out TagShape shape)
    {
        shape = default;
        int groupEnd = start + WithoutFullStop(line[start..end]).Length;
        if (groupEnd - start < 3 || line[groupEnd - 1] != ')') return false;
        int open = line[start..(groupEnd - 1)].LastIndexOf('(');
        if (open < 0) return false;
        open += start;
        (int agencyStart, int agencyEnd) = GroupAgency(line, open, groupEnd - 1);
        if (agencyStart < 0) return false;
        shape = new TagShape(open, groupEnd - 1, agencyStart, agencyEnd, groupEnd < end ? end - 1 : -1);
        return true;
    }

    /// <summary>
    /// The agency name inside the group <c>(…)</c> at <paramref name="open"/>..<paramref name="close"/>: the whole
    /// content for a tag name, the agency side for a credit (the left side when both are agencies); (-1, -1) when
    /// the group is neither.
    /// </summary>
    public (int Start, int End) GroupAgency(ReadOnlySpan<char> line, int open, int close)
    {
        ReadOnlySpan<char> content = line[(open + 1)..close];
        // TAG_NAME and CREDIT_NAME hold no parenthesis: `(Reuters/Jan (AA))` and `(İHA) … (Ayşe Demir / DHA)` are no group.
        if (content.IndexOfAny('(', ')') >= 0) return (-1, -1);
        int slash = content.IndexOf('/');
        if (slash < 0) return IsTagName(content) ? (open + 1, close) : (-1, -1);
        if (content[(slash + 1)..].IndexOf('/') >= 0) return (-1, -1);
        ReadOnlySpan<char> left = content[..slash], right = content[(slash + 1)..];
        int leftEnd = TrimEnd(left, 0, left.Length);
        int rightStart = SkipWhitespace(right, 0);
        // KNOWN_AGENCY W* '/' W* CREDIT_NAME
        if (leftEnd > 0 && !IsWhitespace(left[0]) && _registry.FindByAlias(left[..leftEnd]) is not null && rightStart < right.Length)
            return (open + 1, open + 1 + leftEnd);
        // CREDIT_NAME W* '/' W* KNOWN_AGENCY
        if (left.Length > 0 && !IsWhitespace(left[0]) && rightStart < right.Length && _registry.FindByAlias(right[rightStart..]) is not null)
            return (open + 2 + slash + rightStart, close);
        return (-1, -1);
    }

    /// <summary>
    /// A dateline opens a paragraph (DATELINE_PARA and PLACE_PARA need text after it), so on a line that ends with an
    /// inline end marker it is read only when something other than whitespace stands between <paramref name="storyStart"/>
    /// (where the story would start after the dateline) and the marker: <c>BU- //انتهى//</c> and
    /// <c>ANKARA (AA) - // انتهى //</c> are a paragraph and its marker, no dateline (grammar/README.md 2.4). False when
    /// <c>line[start..end)</c> has no inline end marker. The one home of the rule: the parser and the grammar's token source
    /// ask this, the grammar's lowering (which finds the marker from its own tokens) asks <see cref="StoryBefore"/>.
    /// </summary>
    public bool StoryBeforeEndMarker(ReadOnlySpan<char> line, int start, int end, int storyStart) =>
        FindInlineEndMarker(line, start, end, out InlineEndMarkerShape marker) && StoryBefore(line, storyStart, marker.Start);

    /// <summary>Something other than whitespace stands in <c>text[storyStart..markerStart)</c>; false when <paramref name="markerStart"/> is negative (no marker).</summary>
    public static bool StoryBefore(ReadOnlySpan<char> text, int storyStart, int markerStart) =>
        markerStart >= 0 && storyStart < markerStart && SkipWhitespace(text[..markerStart], storyStart) < markerStart;

    /// <summary>
    /// Finds an end marker closing the line, <c>'//' W* WORD W* '//' (W* TIME)? W*</c>, with at least one character
    /// before it. <paramref name="marker"/> holds the opening <c>//</c>, the end of the closing one, and where the time is.
    /// </summary>
    public bool FindInlineEndMarker(ReadOnlySpan<char> line, int start, int end, out InlineEndMarkerShape marker)
    {
        marker = default;
        if (end - start < 6) return false;
        char last = line[end - 1];
        int closeEnd;
        int stampStart = -1;
        if (last == '/')
        {
            closeEnd = end;
        }
        else
        {
            if (!IsAsciiDigit(last) && last is not ('م' or 'غ' or 'T' or 'C')) return false;
            int from = Math.Max(start, end - 24);
            int slashes = line[from..end].LastIndexOf("//", StringComparison.Ordinal);
            if (slashes < 0) return false;
            closeEnd = from + slashes + 2;
            stampStart = SkipWhitespace(line, closeEnd);
            if (stampStart == end || !IsStamp(line[stampStart..end])) return false;
        }
        if (closeEnd - start < 4 || line[closeEnd - 2] != '/' || line[closeEnd - 1] != '/') return false;
        int wordEnd = TrimEnd(line, start, closeEnd - 2);
        foreach (string word in _endMarkerWords)
        {
            if (wordEnd - start < word.Length || !line[(wordEnd - word.Length)..wordEnd].SequenceEqual(word)) continue;
            int openEnd = TrimEnd(line, start, wordEnd - word.Length);
            if (openEnd - start < 3 || line[openEnd - 1] != '/' || line[openEnd - 2] != '/') continue;
            marker = new InlineEndMarkerShape(openEnd - 2, closeEnd, stampStart, stampStart < 0 ? -1 : end);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A sentence ends before the tag at <paramref name="open"/> (the character before it, past whitespace, is one of
    /// <c>. ! ? ؟ … " ” » ' ’</c>) or a full stop follows it: the reprint rule's test that the tag closes a story.
    /// </summary>
    public static bool TagEndsSentence(ReadOnlySpan<char> line, int start, TagShape tag)
    {
        if (tag.FullStop >= 0) return true;
        int before = TrimEnd(line, start, tag.Open);
        return before > start && line[before - 1] is '.' or '!' or '?' or '؟' or '…' or '"' or '”' or '»' or '\'' or '’';
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
        foreach (string alias in start < end ? AliasesStartingWith(line[start]) : [])
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
        foreach (string alias in start < end ? AliasesEndingWith(line[end - 1]) : [])
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
/// Where a tag or credit group is in its line: the parentheses, the agency name (the tag name, or a credit's
/// agency side), and a full stop after the group (-1 when none).
/// </summary>
internal readonly record struct TagShape(int Open, int Close, int AgencyStart, int AgencyEnd, int FullStop)
{
    /// <summary>True for a credit: the group holds a reporter's name besides the agency.</summary>
    public bool IsCredit => AgencyStart != Open + 1 || AgencyEnd != Close;
}

/// <summary>
/// Where the parts of a byline are, relative to its trimmed text: the name (or desk) is <c>[0, NameEnd)</c>; a dash at
/// <c>Dash</c> (-1 when none); a place <c>[PlaceStart, PlaceEnd)</c> (-1 when none); the agency from <c>AgencyStart</c> to the
/// end (-1 when none).
/// </summary>
internal readonly record struct BylineShape(int NameEnd, int Dash, int DashLength, int PlaceStart, int PlaceEnd, int AgencyStart);

/// <summary>An end marker closing a line: <c>[Start, End)</c> is <c>// WORD //</c>; the time after it is <c>[StampStart, StampEnd)</c> (-1 when none).</summary>
internal readonly record struct InlineEndMarkerShape(int Start, int End, int StampStart, int StampEnd);

/// <summary>
/// Where the parts of a dateline are in its line. Place is [PlaceStart, PlaceEnd) (empty when absent); the
/// agency name is [AgencyStart, AgencyEnd) (inside the parentheses for form (i)); Dash is -1 when absent;
/// ParagraphStart is where the first paragraph's text starts on the same line (the end for own-line datelines).
/// </summary>
internal readonly record struct DatelineShape(
    DatelineForm Form, bool IsOwnLine, int PlaceStart, int PlaceEnd, int Dash, int DashLength,
    int AgencyStart, int AgencyEnd, int ParagraphStart);
