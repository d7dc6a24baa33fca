using System.Reflection;
using DispatchParser.Parsing;
using System.Text.Json;

namespace DispatchParser.Grammar;

/// <summary>
/// The character classes and word lists of the lexer grammar, for lowering in C#: whitespace W,
/// DASH, TAG_NAME and the known agency names (read from the agency registry, the same file the
/// grammar's KNOWN_AGENCY fragment mirrors).
/// </summary>
internal static class DispatchLexicon
{
    private static readonly Lazy<string[]> s_aliasesLongestFirst = new(() => LoadSpellings("aliases"));
    private static readonly Lazy<string[]> s_fullNames = new(() => LoadSpellings("names"));
    private static readonly Lazy<(string[] Residue, string[] GenericSources)> s_leadIns = new(LoadLeadIns);

    /// <summary>Known agency names, longest first.</summary>
    public static IReadOnlyList<string> AgencyAliasesLongestFirst => s_aliasesLongestFirst.Value;

    /// <summary>Whitespace W of README.md section 1 (not <see cref="char.IsWhiteSpace(char)"/>).</summary>
    public static bool IsWhitespace(char c) => c switch
    {
        ' ' or '\t' or '\u000B' or '\u000C' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>
    /// The lead-in prefix at <paramref name="position"/> (README.md 2.3): a residue phrase followed by whitespace, else a
    /// source prefix <c>WORD W* DASH W* SOURCE_WORD W* ':'</c> followed by whitespace; only when text remains before
    /// <paramref name="limit"/> after it. <c>Next</c> is where that text starts.
    /// </summary>
    public static (LeadInKind Kind, int End, int Next)? LeadInPrefix(string text, int position, int limit)
    {
        foreach (var phrase in s_leadIns.Value.Residue)
        {
            var end = position + phrase.Length;
            if (end < limit && text.AsSpan(position, limit - position).StartsWith(phrase, StringComparison.Ordinal)
                && IsWhitespace(text[end]) && SkipWhitespace(text, end, limit) < limit)
            {
                return (LeadInKind.Residue, end, SkipWhitespace(text, end, limit));
            }
        }

        var wordEnd = position;
        while (wordEnd < limit && !IsWhitespace(text[wordEnd]) && !IsDashChar(text[wordEnd]) && text[wordEnd] != ':')
        {
            wordEnd++;
        }

        var dash = SkipWhitespace(text, wordEnd, limit);
        if (wordEnd == position || dash >= limit || !IsDashChar(text[dash]))
        {
            return null;
        }

        var source = SkipWhitespace(text, dash + Math.Min(DashLength(text, dash), limit - dash), limit);
        foreach (var word in s_leadIns.Value.GenericSources.Concat(AgencyAliasesLongestFirst))
        {
            if (limit - source < word.Length || !text.AsSpan(source, word.Length).SequenceEqual(word))
            {
                continue;
            }

            var colon = SkipWhitespace(text, source + word.Length, limit);
            var end = colon + 1;
            if (colon < limit && text[colon] == ':' && end < limit && IsWhitespace(text[end]) && SkipWhitespace(text, end, limit) < limit)
            {
                return (LeadInKind.Source, end, SkipWhitespace(text, end, limit));
            }
        }

        return null;
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A DASH character (the parser's rule, <see cref="CharacterClasses.IsDash"/>).</summary>
    public static bool IsDashChar(char c) => CharacterClasses.IsDash(c);

    /// <summary>Length of the DASH at <paramref name="index"/> of the whole text (the parser's rule, <see cref="CharacterClasses.DashLength"/>), or 0.</summary>
    public static int DashLength(string text, int index) => CharacterClasses.DashLength(text, index, text.Length);

    /// <summary>First index at or after <paramref name="index"/> that is not whitespace W.</summary>
    public static int SkipWhitespace(string text, int index, int end)
    {
        while (index < end && IsWhitespace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The span of [start, end) without leading and trailing whitespace W.</summary>
    public static PartSpan Trim(string text, int start, int end)
    {
        start = SkipWhitespace(text, start, end);
        while (end > start && IsWhitespace(text[end - 1]))
        {
            end--;
        }

        return new PartSpan(start, end - start);
    }

    public static bool IsKnownAgency(ReadOnlySpan<char> name)
    {
        foreach (var alias in AgencyAliasesLongestFirst)
        {
            if (name.SequenceEqual(alias))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>AGENCY_MENTION: a known agency alias or an agency's full name.</summary>
    public static bool IsAgencyMention(ReadOnlySpan<char> mention)
    {
        if (IsKnownAgency(mention))
        {
            return true;
        }

        foreach (var name in s_fullNames.Value)
        {
            if (mention.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>TAG_NAME: a known agency name or an acronym.</summary>
    public static bool IsTagName(ReadOnlySpan<char> name) => IsKnownAgency(name) || IsAcronym(name);

    /// <summary>An uppercase Latin letter followed by one or more uppercase letters, '.', '&amp;' or '-'.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || !IsUpper(name[0]))
        {
            return false;
        }

        foreach (var c in name[1..])
        {
            if (!IsUpper(c) && c is not ('.' or '&' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpper(char c) =>
        c is (>= 'A' and <= 'Z') or 'Ç' or 'Ğ' or 'İ' or 'Ö' or 'Ş' or 'Ü' or 'Â' or 'Î' or 'Û';

    private static (string[] Residue, string[] GenericSources) LoadLeadIns()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DispatchParser.Grammar.dialects.json")
            ?? throw new InvalidOperationException("The agency registry resource is missing from DispatchParser.Grammar.");
        using var document = JsonDocument.Parse(stream);
        var leadIns = document.RootElement.GetProperty("leadIns");
        var residue = leadIns.GetProperty("residue").EnumerateArray().Select(item => item.GetProperty("text").GetString() ?? string.Empty);
        var generic = leadIns.GetProperty("genericSources").EnumerateArray().Select(item => item.GetProperty("word").GetString() ?? string.Empty);
        return ([.. residue.OrderByDescending(phrase => phrase.Length)], [.. generic]);
    }

    private static string[] LoadSpellings(string property)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DispatchParser.Grammar.dialects.json")
            ?? throw new InvalidOperationException("The agency registry resource is missing from DispatchParser.Grammar.");
        using var document = JsonDocument.Parse(stream);
        var aliases = new List<string>();
        foreach (var agency in document.RootElement.GetProperty("agencies").EnumerateArray())
        {
            foreach (var alias in agency.GetProperty(property).EnumerateArray())
            {
                aliases.Add(alias.GetString() ?? string.Empty);
            }
        }

        return [.. aliases.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length)];
    }
}
