using DispatchParser.Dialects;
using DispatchParser.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>
/// Well-formed dispatches built with <see cref="Syntax.SyntaxFactory"/>: a random agency and alias from the
/// registry, a language (Arabic, Turkish, Kurmanji, English) with its notice marker, an optional inline or
/// own-line dateline, an inline tag or a sign-off, an optional end marker with an optional stamp, 0–4 briefs,
/// a line-break style, a byte-order mark, a final line break or not. Shrinking drops briefs, paragraphs,
/// words, the end marker, the dateline or tag (keeping one of them) and the noise, and resets the line break.
/// </summary>
internal static class WellFormedGenerators
{
    private static readonly AgencyRegistry s_registry = AgencyRegistry.Default;

    private static readonly string[] s_endMarkers =
        ["// انتهى //", "//انتهى//", "// يتبع //", "//  انتهى  //", "// انتهى // 20:26 ت م", "// يتبع //10:12", "MORE"];

    private static readonly string[] s_stamps = ["10:12 ت م", "20:26 GMT", "9:05 UTC", "10:12", "10:12 تم", "07:45 ت غ"];

    private static readonly string[] s_acronymLetters =
        ["A", "B", "C", "D", "E", "H", "K", "M", "N", "P", "R", "S", "T", "U", "Z", "Ç", "Ğ", "İ", "Ö", "Ş", "Ü", "Â", "Î", "Û"];

    /// <summary>Canonical dispatches: exactly what the factory prints (no noise).</summary>
    public static Arbitrary<WellFormedDispatch> Canonical() =>
        Spec().Select(spec => new WellFormedDispatch(spec, [], [])).WithShrinker(Shrink);

    /// <summary>
    /// Canonical dispatches with the real-copy parts the factory builds too: lead-ins (residue and take-label lines,
    /// residue and source prefixes) and place datelines (own line or opening the first paragraph), each in about a
    /// third of the cases.
    /// </summary>
    public static Arbitrary<WellFormedDispatch> CanonicalWithLeadInsAndPlaceDatelines() =>
        Gen.Sized(size => WithRealCopyParts(Math.Max(1, size))).Where(spec => spec.IsValid)
            .Select(spec => new WellFormedDispatch(spec, [], [])).WithShrinker(Shrink);

    /// <summary>
    /// Canonical dispatches with the forms of real copy the factory builds (grammar/README.md 2.3), each in about a quarter of
    /// the cases: a credit or a full stop after the tag, a bare sign-off, an end marker ending the last paragraph's line, a
    /// deck and a byline, no headline, no notice (a reprint). Specs the factory refuses (it says why) are left out.
    /// </summary>
    public static Arbitrary<WellFormedDispatch> CanonicalWithRealCopyForms() =>
        Gen.Sized(size => WithRealCopyForms(Math.Max(1, size))).Where(spec => spec.IsValid && spec.FactoryAccepts)
            .Select(spec => new WellFormedDispatch(spec, [], [])).WithShrinker(Shrink);

    private static readonly string[] s_reporters = ["Ayşe Demir", "Mehmet KAYA", "John Smith", "Hêvî Aydin"];

    private static readonly string[] s_bylineNames = ["ZEYNEP KARA", "MURAT ÖZTÜRK", "HABER MERKEZİ"];

    private static Gen<DispatchSpec> WithRealCopyForms(int size) =>
        from spec in SpecOfSize(size)
        from credit in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from reporter in Gen.Elements(s_reporters)
        from reporterFirst in Gen.Elements(true, false)
        from fullStop in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from bareWord in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from inlineMarker in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from withHead in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from deckLines in Gen.Choose(0, 2)
        from deck in Gen.ListOf(Gen.Elements("Fabrikada çıkan yangın söndürüldü", "Hükümet yeni paketi açıkladı", "Sînor hat girtin"), deckLines)
        from bylineName in Gen.Elements(s_bylineNames)
        from noHeadline in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from noNotice in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        let tag = spec.Tag is not { } t ? null
            : credit && t.Style != TagStyle.SignOffWord ? t with { Reporter = reporter, ReporterFirst = reporterFirst, FullStop = fullStop }
            : bareWord && t.Style == TagStyle.SignOffParenthesized ? t with { Style = TagStyle.SignOffWord, FullStop = fullStop }
            : t with { FullStop = fullStop }
        select spec with
        {
            Tag = tag,
            EndMarker = spec.EndMarker is { } e && inlineMarker && tag is not { Style: not TagStyle.Inline } ? e with { Inline = true } : spec.EndMarker,
            Head = withHead ? new HeadSpec(deck, bylineName, bylineName == "HABER MERKEZİ" ? null : "DHA") : null,
            Dateline = withHead && spec.Dateline is { OwnLine: false } ? null : spec.Dateline,
            NoHeadline = noHeadline,
            NoNotice = noNotice,
        };

    /// <summary>Place words the lexer reads as a place line (capitals, not an agency alias).</summary>
    private static readonly string[] s_places = ["RİZE", "İSTANBUL", "MADRİD", "BATI ŞERİA", "DİYARBAKIR", "STRASBOURG", "LONDON", "AMED"];

    private static Gen<DispatchSpec> WithRealCopyParts(int size) =>
        from spec in SpecOfSize(size)
        from lines in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from leadInLines in Gen.ListOf(LeadInLine(), lines)
        from prefixes in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from residue in Pick.From(s_registry.ResiduePhrases)
        from site in Gen.Elements("سبق", "المواطن", "Haber7")
        from generic in Pick.From(s_registry.GenericSources)
        from sourceDash in Gen.Elements("-", " -", " – ")
        from withPlace in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from place in Gen.Elements(s_places)
        from dash in Gen.Frequency((3, Pick.From(CharacterPools.Dashes).Select(d => (string?)d)), (1, Gen.Constant<string?>(null)))
        from ownLine in Gen.Elements(true, false)
        let placeDateline = withPlace && spec.Tag is not null ? new PlaceDatelineSpec(place, ownLine ? dash : dash ?? "-", ownLine) : null
        let prefixList = spec.Dateline is null && placeDateline is null
            ? PrefixLeadIns(prefixes, residue.Text, $"{site}{sourceDash}{generic.Text}:")
            : []
        select spec with
        {
            Dateline = placeDateline is null ? spec.Dateline : null,
            PlaceDateline = placeDateline,
            LeadIns = [.. leadInLines, .. prefixList],
        };

    /// <summary>A lead-in line: a residue phrase, or a take label with an ordinal.</summary>
    private static Gen<LeadInSpec> LeadInLine() =>
        Gen.OneOf(
            Pick.From(s_registry.ResiduePhrases).Select(phrase => new LeadInSpec(SyntaxKind.Residue, phrase.Text, OwnLine: true)),
            from label in Pick.From(s_registry.TakeLabels)
            from ordinal in Pick.From(label.Ordinals)
            select new LeadInSpec(SyntaxKind.TakeLabel, $"{label.Word} {ordinal}", OwnLine: true));

    /// <summary>Prefixes of the first paragraph: bit 0 residue, bit 1 a source prefix (residue first when both).</summary>
    private static LeadInSpec[] PrefixLeadIns(int which, string residue, string source) =>
        [.. (which & 1) != 0 ? [new LeadInSpec(SyntaxKind.Residue, residue, OwnLine: false)] : Array.Empty<LeadInSpec>(),
         .. (which & 2) != 0 ? [new LeadInSpec(SyntaxKind.SourcePrefix, source, OwnLine: false)] : Array.Empty<LeadInSpec>()];

    /// <summary>Well-formed dispatches with departures from the canonical form (random trivia); still no error under strict.</summary>
    public static Arbitrary<WellFormedDispatch> WithTrivia() =>
        (from spec in Spec()
         from noisy in WithNoise(spec)
         select noisy).WithShrinker(Shrink);

    /// <summary>Either of the two, for properties that hold on every well-formed dispatch.</summary>
    public static Arbitrary<WellFormedDispatch> Any() =>
        Gen.OneOf(Canonical().Generator, WithTrivia().Generator).WithShrinker(Shrink);

    /// <summary>Well-formed dispatches of at most <paramref name="maxSize"/> (few, short paragraphs and briefs), for the generated parser.</summary>
    public static Arbitrary<WellFormedDispatch> Small(int maxSize) =>
        Gen.Sized(size => Any().Generator.Resize(Math.Clamp(size / 8, 1, maxSize))).WithShrinker(Shrink);

    public static Gen<DispatchSpec> Spec() => Gen.Sized(size => SpecOfSize(Math.Max(1, size))).Where(spec => spec.IsValid);

    private static Gen<DispatchSpec> SpecOfSize(int size) =>
        from language in Pick.From(Language.All)
        from agency in Pick.From(s_registry.Agencies)
        from headline in Headline(language, size)
        from paragraphCount in Gen.Choose(1, Math.Clamp(1 + size / 12, 1, 6))
        from paragraphs in Paragraphs(language, size, paragraphCount)
        from naming in Gen.Choose(0, 2) // 0: dateline only, 1: tag only, 2: both
        from dateline in naming == 1 ? Gen.Constant<DatelineSpec?>(null) : Dateline(language, agency)
        from tag in naming == 0 ? Gen.Constant<TagSpec?>(null) : Tag(agency)
        from endMarker in Gen.Frequency((2, Gen.Constant<EndMarkerSpec?>(null)), (1, EndMarker()))
        from notice in Notice(language, agency, size)
        from briefCount in Gen.Choose(0, 4)
        from briefs in Gen.ListOf(Brief(language, agency, size), briefCount)
        from lineBreak in Gen.Frequency((3, Gen.Constant("\n")), (1, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        from finalLineBreak in Gen.Elements(true, false)
        from bom in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new DispatchSpec(language.Code, headline, dateline, paragraphs, tag, endMarker, notice.Marker, notice.Text,
            [.. briefs], lineBreak, finalLineBreak, bom);

    /// <summary>1 to <paramref name="maxWords"/> words of the language, one space apart (sometimes NBSP or two spaces), with a full stop.</summary>
    public static Gen<string> Sentence(Language language, int maxWords) =>
        from count in Gen.Choose(1, Math.Max(1, maxWords))
        from words in Gen.ListOf(Pick.From(language.Words), count)
        from separator in Gen.Frequency((12, Gen.Constant(" ")), (1, Gen.Constant("  ")), (1, Gen.Constant("\u00A0")), (1, Gen.Constant("\t")))
        from acronym in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Pick.From(Language.MidLineAcronyms).Select(a => (string?)$"({a})")))
        from acronymAt in Gen.Choose(0, Math.Max(0, count - 1))
        from stop in Pick.From(language.FullStops)
        select JoinWords(words, separator, acronym, acronymAt) + stop;

    /// <summary>Words joined; a mid-line acronym goes before word <paramref name="at"/> (never last: a final group would be a tag).</summary>
    private static string JoinWords(IReadOnlyList<string> words, string separator, string? acronym, int at)
    {
        var list = words.ToList();
        if (acronym is not null && list.Count >= 2) list.Insert(Math.Clamp(at, 1, list.Count - 1), acronym);
        return string.Join(separator, list);
    }

    private static int MaxWords(int size) => 2 + size / 6;

    /// <summary>
    /// Headlines: sentences without a final full stop, and never a single upper-case word — a line that ends a
    /// sentence or is one place word is the story's first line, not a headline (grammar/README.md 2.1).
    /// </summary>
    private static Gen<string> Headline(Language language, int size) =>
        Gen.Frequency(
            (12, HeadlineSentence(language, size).SelectMany(sentence =>
                language.HeadlinePrefixes.Count == 0
                    ? Gen.Constant(sentence)
                    : Gen.Frequency((3, Gen.Constant(sentence)), (1, Pick.From(language.HeadlinePrefixes).Select(prefix => prefix + sentence))))),
            (2, HeadlineSentence(language, size).Select(sentence => sentence.ToUpperInvariant() + " 24")),
            // A tagged headline is a headline (TAGGED_LINE may open a dispatch).
            (1, HeadlineSentence(language, size).Select(sentence => sentence + " (AA)")),
            // So is a stamp line.
            (1, Gen.Elements(s_stamps)));

    private static Gen<string> HeadlineSentence(Language language, int size) =>
        Sentence(language, MaxWords(size)).Select(sentence => sentence.EndsWith('.') ? sentence[..^1] : sentence);

    /// <summary>
    /// Paragraph lines. The first and last are plain sentences; a middle one may also be a dateline, a tagged
    /// line, a stamp or an own-line dateline — all of them plain paragraphs in the middle of a body (an own-line
    /// dateline only after the first three lines, where it would be the body's head).
    /// </summary>
    private static Gen<IReadOnlyList<string>> Paragraphs(Language language, int size, int count) =>
        from plain in Gen.ListOf(Sentence(language, MaxWords(size)), count)
        from specials in Gen.ListOf(Gen.Frequency((10, Gen.Constant<string?>(null)), (1, MiddleSpecial(language, size))), count)
        select (IReadOnlyList<string>)plain.Select((p, i) => i > 0 && i < count - 1 && specials[i] is { } special
            && (i >= DispatchParser.Parsing.Parser.HeadLines || special != OwnLineDateline) ? special : p).ToArray();

    private const string OwnLineDateline = "عين اليوم – واس";

    private static Gen<string?> MiddleSpecial(Language language, int size) =>
        Gen.OneOf(
            Sentence(language, MaxWords(size)).Select(s => "BATMAN (İHA) - " + s),
            Sentence(language, MaxWords(size)).Select(s => s + " (DHA)"),
            Gen.Elements(s_stamps),
            Gen.Constant(OwnLineDateline)).Select(s => (string?)s);

    private static Gen<DatelineSpec?> Dateline(Language language, Agency agency) =>
        from withPlace in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from place in Pick.From(language.Places)
        from alias in Pick.From(CanonicalAliases(agency))
        from useAcronym in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from acronym in Acronym()
        from dash in Pick.From(CharacterPools.Dashes)
        from ownLine in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (DatelineSpec?)new DatelineSpec(withPlace ? place : null, withPlace && useAcronym ? acronym : alias, dash, ownLine);

    /// <summary>
    /// The spellings a canonical dispatch uses: the registry's aliases but the lower-case ones that only crawled copy
    /// shows (<c>dha</c>, a DSP0107 departure); <c>dpa</c>, the agency's own first spelling, stays.
    /// </summary>
    private static IReadOnlyList<string> CanonicalAliases(Agency agency) =>
        [.. agency.Aliases.Where(alias => alias == agency.Aliases[0] || !alias.All(c => !char.IsLetter(c) || char.IsLower(c)))];

    private static Gen<TagSpec?> Tag(Agency agency) =>
        from style in agency.Id == "REUTERS"
            ? Gen.Frequency((4, Gen.Constant(TagStyle.Inline)), (2, Gen.Constant(TagStyle.SignOffParenthesized)), (2, Gen.Constant(TagStyle.SignOffWord)))
            : Gen.Frequency((4, Gen.Constant(TagStyle.Inline)), (2, Gen.Constant(TagStyle.SignOffParenthesized)))
        from alias in Pick.From(CanonicalAliases(agency))
        from useAcronym in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from acronym in Acronym()
        from word in Pick.From(s_registry.SignOffWords)
        select (TagSpec?)new TagSpec(style == TagStyle.SignOffWord ? word : useAcronym ? acronym : alias, style);

    /// <summary>An acronym tag name: an uppercase letter, then one to four of uppercase letters, '.', '&amp;', '-'.</summary>
    public static Gen<string> Acronym() =>
        from first in Gen.Elements(s_acronymLetters)
        from restCount in Gen.Choose(1, 4)
        from rest in Gen.ListOf(Gen.Frequency((8, Gen.Elements(s_acronymLetters)), (1, Gen.Elements(".", "&", "-"))), restCount)
        select first + string.Concat(rest);

    private static Gen<EndMarkerSpec?> EndMarker() =>
        from marker in Gen.Elements(s_endMarkers)
        from withStamp in Gen.Elements(true, false)
        from stamp in Gen.Elements(s_stamps)
        select (EndMarkerSpec?)new EndMarkerSpec(marker, withStamp ? stamp : null);

    private static Gen<(string Marker, string Text)> Notice(Language language, Agency agency, int size)
    {
        string[] markers = s_registry.NoticeMarkers.Where(m => m.Language == language.Code).Select(m => m.Marker).ToArray();
        return from marker in Gen.Elements(markers)
               from beforeColon in Gen.Frequency((6, Gen.Constant("")), (1, Gen.Constant(" ")))
               from text in Gen.Frequency((8, Sentence(language, MaxWords(size) + 4)), (1, Gen.Constant("")))
               from name in Pick.From(agency.Names)
               from withName in Gen.Elements(true, false)
               select (marker + beforeColon + ":", withName && text.Length > 0 ? text + " " + name : text);
    }

    /// <summary>A brief: a sentence, or a line of another paragraph class (tagged, dateline, sign-off, stamp).</summary>
    private static Gen<string> Brief(Language language, Agency agency, int size) =>
        Gen.Frequency(
            (12, Sentence(language, MaxWords(size))),
            (1, Sentence(language, MaxWords(size)).SelectMany(s => Pick.From(CanonicalAliases(agency)).Select(a => $"{s} ({a})"))),
            (1, Sentence(language, MaxWords(size)).SelectMany(s => Pick.From(language.Places).Select(p => $"{p} (AA) - {s}"))),
            (1, Gen.Elements("Reuter", "(AA)", "(NDMA)")),
            (1, Gen.Elements(s_stamps)));

    private static Gen<WellFormedDispatch> WithNoise(DispatchSpec spec)
    {
        int lineCount = WellFormedDispatch.SplitLines(spec.Text).Count;
        Gen<string> whitespace = Gen.ListOf(Pick.From(CharacterPools.Whitespace), 1).Select(string.Concat)
            .SelectMany(w => Gen.Frequency((3, Gen.Constant(w)), (1, Gen.Constant(w + w))));
        Gen<string> blankLine = Gen.Frequency((2, Gen.Constant("")), (1, whitespace));
        // Blank lines may follow any line but the headline (they would stand where the separator is: fine,
        // they widen it) — all lines qualify.
        Gen<LineNoise> noise =
            from line in Gen.Choose(0, lineCount - 1)
            from indent in Gen.Frequency((2, Gen.Constant("")), (1, whitespace))
            from trailing in Gen.Frequency((2, Gen.Constant("")), (1, whitespace))
            from blankCount in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
            from blanks in Gen.ListOf(blankLine, blankCount)
            from lineBreak in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Pick.From(CharacterPools.LineBreaks).Select(b => (string?)b)))
            select new LineNoise(line, indent, trailing, [.. blanks], lineBreak);
        return from leadingCount in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
               from leading in Gen.ListOf(blankLine, leadingCount)
               from noiseCount in Gen.Choose(1, Math.Min(6, lineCount))
               from noises in Gen.ListOf(noise, noiseCount)
               select new WellFormedDispatch(spec, [.. leading], noises.DistinctBy(n => n.Line).OrderBy(n => n.Line).ToArray()) into dispatch
               // Canonical copy: noise that happens to make the text look hard-wrapped (grammar/README.md 1.1) is left out.
               where !DispatchParser.Parsing.LayoutRule.IsWrapped(dispatch.Text)
               select dispatch;
    }

    /// <summary>
    /// Well-formed dispatches in the wrapped layout (grammar/README.md 1.1): some body and brief lines of a generated
    /// dispatch broken into extraction fragments — the rest of the line on a line of its own, indented by 8 to 20
    /// whitespace characters, sometimes with a deep whitespace-only line before it.
    /// </summary>
    public static Arbitrary<WrappedDispatch> Wrapped(int maxSize) =>
        (from dispatch in Any().Generator.Resize(maxSize)
         from seed in Gen.Choose(0, int.MaxValue)
         select new WrappedDispatch(WrapIntoFragments(dispatch.Text, seed), dispatch.Text))
        .ToArbitrary();

    /// <summary>Breaks lines of <paramref name="text"/> (not the first two) after a word, the rest indented as a fragment.</summary>
    public static string WrapIntoFragments(string text, int seed)
    {
        var random = new Random(seed);
        string[] lines = text.Split('\n');
        var builder = new System.Text.StringBuilder(text.Length + 64);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int space = line.IndexOf(' ', Math.Min(line.Length, 1 + random.Next(Math.Max(1, line.Length))));
            if (i >= 2 && space > 0 && space < line.TrimEnd().Length - 1 && random.Next(3) > 0)
            {
                builder.Append(line, 0, space + 1).Append('\n');
                if (random.Next(4) == 0) builder.Append(' ', 8 + random.Next(10)).Append('\n');
                builder.Append(' ', 8 + random.Next(13)).Append(line, space + 1, line.Length - space - 1);
            }
            else
            {
                builder.Append(line);
            }
            if (i < lines.Length - 1) builder.Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Smaller well-formed dispatches: less noise first, then a smaller spec.</summary>
    public static IEnumerable<WellFormedDispatch> Shrink(WellFormedDispatch dispatch)
    {
        if (dispatch.LeadingBlankLines.Count > 0) yield return dispatch with { LeadingBlankLines = [] };
        for (int i = 0; i < dispatch.Noise.Count; i++)
            if ((dispatch with { Noise = dispatch.Noise.Where((_, k) => k != i).ToArray() }) is var smaller && !DispatchParser.Parsing.LayoutRule.IsWrapped(smaller.Text))
                yield return smaller;
        foreach (DispatchSpec smaller in ShrinkSpec(dispatch.Spec))
        {
            int lineCount = WellFormedDispatch.SplitLines(smaller.Text).Count;
            WellFormedDispatch candidate = dispatch with { Spec = smaller, Noise = dispatch.Noise.Where(n => n.Line < lineCount).ToArray() };
            if (!DispatchParser.Parsing.LayoutRule.IsWrapped(candidate.Text)) yield return candidate;
        }
    }

    public static IEnumerable<DispatchSpec> ShrinkSpec(DispatchSpec spec) => ShrinkSpecCandidates(spec).Where(s => s.IsValid);

    private static IEnumerable<DispatchSpec> ShrinkSpecCandidates(DispatchSpec spec)
    {
        if (spec.Briefs.Count > 0) yield return spec with { Briefs = [] };
        for (int i = 0; i < spec.Briefs.Count; i++) yield return spec with { Briefs = Without(spec.Briefs, i) };
        if (spec.EndMarker is { Stamp: not null } e) yield return spec with { EndMarker = e with { Stamp = null } };
        if (spec.EndMarker is not null) yield return spec with { EndMarker = null };
        for (int i = 0; i < spec.Paragraphs.Count && spec.Paragraphs.Count > 1; i++)
            yield return spec with { Paragraphs = Without(spec.Paragraphs, i) };
        if (spec.Dateline is not null && spec.Tag is not null)
        {
            yield return spec with { Dateline = null };
            yield return spec with { Tag = null };
        }
        if (spec.Dateline is { OwnLine: true } d) yield return spec with { Dateline = d with { OwnLine = false } };
        if (spec.Tag is { Style: not TagStyle.Inline } t && t.Name is not ("Reuter" or "REUTER" or "reuter"))
            yield return spec with { Tag = t with { Style = TagStyle.Inline } };
        if (spec.LeadIns is { Count: > 0 } leadIns)
        {
            yield return spec with { LeadIns = null };
            for (int i = 0; i < leadIns.Count; i++) yield return spec with { LeadIns = leadIns.Where((_, k) => k != i).ToArray() };
        }
        if (spec.PlaceDateline is not null) yield return spec with { PlaceDateline = null };
        if (spec.ByteOrderMark) yield return spec with { ByteOrderMark = false };
        if (spec.LineBreak != "\n") yield return spec with { LineBreak = "\n" };
        if (spec.FinalLineBreak) yield return spec with { FinalLineBreak = false };
        if (spec.NoticeText.Length > 0) yield return spec with { NoticeText = "" };
        foreach (string shorter in ShorterWords(spec.Headline)) yield return spec with { Headline = shorter };
        for (int i = 0; i < spec.Paragraphs.Count; i++)
            foreach (string shorter in ShorterWords(spec.Paragraphs[i]))
                yield return spec with { Paragraphs = Replace(spec.Paragraphs, i, shorter) };
        for (int i = 0; i < spec.Briefs.Count; i++)
            foreach (string shorter in ShorterWords(spec.Briefs[i]))
                yield return spec with { Briefs = Replace(spec.Briefs, i, shorter) };
        foreach (string shorter in ShorterWords(spec.NoticeText)) yield return spec with { NoticeText = shorter };
    }

    /// <summary>The text with one space-separated word dropped (never emptied; never leaving a group last).</summary>
    private static IEnumerable<string> ShorterWords(string text)
    {
        string[] words = text.Split(' ');
        if (words.Length < 2) yield break;
        for (int i = 0; i < words.Length; i++)
        {
            string shorter = string.Join(' ', words.Where((_, k) => k != i));
            // Never leave a parenthesised group last (a tag) or first alone (a sign-off), nor a blank end.
            if (shorter.Length == 0 || shorter.EndsWith(')') != text.EndsWith(')') || shorter.StartsWith('(')
                || shorter.StartsWith(' ') || shorter.EndsWith(' ')) continue;
            yield return shorter;
        }
    }

    private static string[] Without(IReadOnlyList<string> items, int index) => items.Where((_, k) => k != index).ToArray();

    private static string[] Replace(IReadOnlyList<string> items, int index, string value) =>
        items.Select((item, k) => k == index ? value : item).ToArray();
}

/// <summary>A generated dispatch broken into the wrapped layout, and the canonical text it was made from.</summary>
internal sealed record WrappedDispatch(string Text, string Canonical)
{
    public override string ToString() => $"{Escaping.Literal(Text)} (wrapped from {Escaping.Literal(Canonical)})";
}
