using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Syntax;
using static DispatchParser.Syntax.SyntaxFactory;

namespace DispatchParser.Generation;

/// <summary>What to generate.</summary>
public sealed record GenerationOptions
{
    public int Count { get; init; } = 10;
    public ulong Seed { get; init; } = 1;

    /// <summary><c>ar</c>, <c>tr</c>, <c>kmr</c>, <c>en</c>, or <c>mix</c> (a language per document).</summary>
    public string Language { get; init; } = "mix";

    /// <summary>True: valid dispatches only; false: every document is broken or bent by operators.</summary>
    public bool Valid { get; init; }

    /// <summary>The operators to draw from (all when empty).</summary>
    public IReadOnlyList<GenerationOperator> Operators { get; init; } = [];

    /// <summary>The profile under which the expected codes are reported (that of <c>dispatch check</c>'s default).</summary>
    public ParseOptions Profile { get; init; } = ParseOptions.Default;
}

/// <summary>One generated dispatch and its label.</summary>
public sealed record GeneratedDispatch(int Index, ulong Seed, string Language, string Text, IReadOnlyList<string> Operators, IReadOnlyList<string> ExpectedCodes)
{
    public string Name => $"dispatch-{Index:D5}";
}

/// <summary>
/// Dispatches derived from the grammar's structure: a headline, the separator, a body (an optional dateline,
/// paragraphs, the agency tag), the legal notice and briefs, each part printed by <see cref="SyntaxFactory"/>
/// with agencies, aliases and notice markers from the <see cref="AgencyRegistry"/> and words written for the
/// generators (<see cref="Language"/>). Valid documents must give no diagnostic; malformed ones are valid ones
/// edited by one structural operator and sometimes an encoding operator (<see cref="Operators"/>), labelled with
/// the codes a correct parser must report. Document n depends only on the run's seed and n.
/// </summary>
public static class DispatchGenerator
{
    public static IReadOnlyList<string> Languages { get; } = ["ar", "tr", "kmr", "en", "mix"];

    private static readonly AgencyRegistry s_registry = AgencyRegistry.Default;

    public static IEnumerable<GeneratedDispatch> Generate(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<GenerationOperator> pool = options.Operators.Count > 0 ? options.Operators : Operators.All;
        for (int index = 0; index < options.Count; index++)
        {
            ulong seed = SplitMix64.DocumentSeed(options.Seed, index);
            yield return GenerateOne(index, seed, options, pool);
        }
    }

    private static GeneratedDispatch GenerateOne(int index, ulong seed, GenerationOptions options, IReadOnlyList<GenerationOperator> pool)
    {
        var random = new SplitMix64(seed);
        Language language = options.Language == "mix"
            ? random.Pick(Generation.Language.All)
            : Generation.Language.All.First(l => l.Code == options.Language);
        List<GenerationOperator> chosen = options.Valid ? [] : Choose(pool, random);
        DraftNeeds needs = chosen.Aggregate(DraftNeeds.None, (all, o) => all | o.Needs);
        DispatchDraft draft = Valid(language, needs, random);
        foreach (GenerationOperator generationOperator in chosen) generationOperator.Apply(draft, random);
        string[] codes = [.. chosen.SelectMany(o => o.ExpectedCodes(options.Profile)).Distinct().Order(StringComparer.Ordinal)];
        return new GeneratedDispatch(index, seed, language.Code, draft.Text, [.. chosen.Select(o => o.Name)], codes);
    }

    /// <summary>One structural operator (when the pool has one), plus an encoding one now and then; or one encoding operator.</summary>
    private static List<GenerationOperator> Choose(IReadOnlyList<GenerationOperator> pool, SplitMix64 random)
    {
        GenerationOperator[] structural = [.. pool.Where(o => !o.IsEncoding)];
        GenerationOperator[] encoding = [.. pool.Where(o => o.IsEncoding)];
        var chosen = new List<GenerationOperator>();
        if (structural.Length > 0 && (encoding.Length == 0 || random.Chance(75))) chosen.Add(random.Pick(structural));
        if (encoding.Length > 0 && (chosen.Count == 0 || random.Chance(30))) chosen.Add(random.Pick(encoding));
        return chosen;
    }

    /// <summary>A valid dispatch meeting <paramref name="needs"/>, as a draft of labelled lines.</summary>
    private static DispatchDraft Valid(Language language, DraftNeeds needs, SplitMix64 random)
    {
        Agency agency = random.Pick(s_registry.Agencies
            .Where(a => (needs & DraftNeeds.CapitalAlias) == 0 || CapitalAlias(a) is not null)
            .Where(a => (needs & DraftNeeds.LowerCaseAlias) == 0 || LowerCaseAlias(a) is not null)
            .ToArray());
        string headline = Sentence(language, random, 3, 7, stop: false);
        int paragraphCount = random.Between((needs & DraftNeeds.TwoParagraphs) != 0 ? 2 : 1, 4);
        var paragraphs = new List<string>();
        while (paragraphs.Count < paragraphCount)
        {
            string paragraph = Sentence(language, random, 5, 14, stop: true);
            if (!paragraphs.Contains(paragraph) && paragraph != headline) paragraphs.Add(paragraph);
        }
        // The body names its agency by a dateline, a tag or both (a tag when an operator needs one).
        bool dateline = (needs & DraftNeeds.NoDateline) == 0 && random.Chance(40);
        bool tag = !dateline || (paragraphCount > 1 && random.Chance(50));
        // A lower-case spelling other than the agency's first alias (`(dha)`, not `(dpa)`) is a departure
        // (DSP0107, grammar/README.md), so a generated dispatch never uses one.
        string alias = random.Pick(agency.Aliases
            .Where(a => a is not ("Reuter" or "REUTER" or "reuter"))
            .Where(a => a == agency.Aliases[0] || !(a.Any(char.IsLower) && !a.Any(char.IsUpper)))
            .ToArray());
        string[] markers = [.. s_registry.NoticeMarkers.Where(m => m.Language == language.Code).Select(m => m.Marker)];
        // The notice names no agency but the dispatch's own (a word such as İHA'nın would make DSP0201).
        string noticeText = Sentence(language, random, 6, 14, stop: true, NamesNoAgency);
        if (random.Chance(50)) noticeText += " " + random.Pick(agency.Names);
        int briefCount = (needs & DraftNeeds.NoBriefs) != 0 ? 0 : random.Between((needs & DraftNeeds.Briefs) != 0 ? 1 : 0, 3);
        var briefs = new List<string>();
        while (briefs.Count < briefCount)
        {
            string brief = Sentence(language, random, 5, 12, stop: true);
            if (!briefs.Contains(brief) && !paragraphs.Contains(brief)) briefs.Add(brief);
        }

        DocumentSyntax document = Document(
            Headline(headline),
            Body(dateline ? Dateline(random.Pick(language.Places), alias, random.Pick(CharacterPools.Dashes)) : null,
                paragraphs.Select(Paragraph), tag ? AgencyTag(alias) : null),
            LegalNotice(random.Pick(markers) + ":", noticeText),
            briefs.Select(Brief));
        string text = document.ToFullString();

        // The factory's lines, labelled with their parts: headline, separator, paragraphs, notice, briefs.
        string[] lines = text.Split('\n');
        var labelled = new List<DraftLine>();
        for (int i = 0; i < lines.Length; i++)
        {
            DraftLineKind kind = i switch
            {
                0 => DraftLineKind.Headline,
                1 => DraftLineKind.Separator,
                _ when i < 2 + paragraphCount => DraftLineKind.Paragraph,
                _ when i == 2 + paragraphCount => DraftLineKind.Notice,
                _ => DraftLineKind.Brief,
            };
            labelled.Add(new DraftLine(kind, lines[i], i < lines.Length - 1 ? "\n" : ""));
        }
        return new DispatchDraft(labelled, tag ? alias : null, agency.Id, language.Code);
    }

    /// <summary>The agency's first alias written in Latin capitals (<c>DHA</c>, <c>İHA</c>), or null (<c>Xinhua</c>).</summary>
    public static string? CapitalAlias(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency.Aliases.FirstOrDefault(a => a.Length >= 2 && a.All(c => c is >= 'A' and <= 'Z' or 'İ' or 'Ç' or 'Ş' or 'Ö' or 'Ü' or 'Ğ'));
    }

    /// <summary>A lower-case alias other than the agency's canonical (first) one (<c>dha</c>), or null.</summary>
    public static string? LowerCaseAlias(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency.Aliases.Skip(1).FirstOrDefault(a => a != "reuter" && a.Any(char.IsLower) && !a.Any(char.IsUpper));
    }

    /// <summary>A word that is no agency's alias, even with a suffix after an apostrophe (<c>İHA'nın</c>).</summary>
    private static bool NamesNoAgency(string word)
    {
        string stem = word.Split('\'')[0];
        return s_registry.Agencies.All(agency => agency.Aliases.All(alias => !string.Equals(alias, stem, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// <paramref name="min"/>–<paramref name="max"/> words of the language, one space apart; with a full stop when
    /// <paramref name="stop"/> (a paragraph), else none (a headline: a short line that ends no sentence).
    /// </summary>
    private static string Sentence(Language language, SplitMix64 random, int min, int max, bool stop, Func<string, bool>? allowed = null)
    {
        IReadOnlyList<string> pool = allowed is null ? language.Words : [.. language.Words.Where(allowed)];
        int count = random.Between(min, max);
        var words = new string[count];
        for (int i = 0; i < count; i++) words[i] = random.Pick(pool);
        // A headline of digits only would read as a time stamp: start it with a word.
        while (!stop && !char.IsLetter(words[0][0])) words[0] = random.Pick(pool);
        // A last word with its own full stop ("60.") would end the line in "..", which is no sentence's end.
        while (words[^1].EndsWith('.')) words[^1] = random.Pick(pool);
        string sentence = string.Join(' ', words);
        if (stop) return sentence + ".";
        return sentence.TrimEnd('.', '،');
    }
}
