using System.Text.Json;
using System.Text.RegularExpressions;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// The lexer grammar's word lists equal the agency registry (src/DispatchParser/Dialects/dialects.json):
/// KNOWN_AGENCY lists exactly every alias, NOTICE_MARKER exactly the notice markers.
/// </summary>
public sealed partial class GrammarRegistryTests
{
    private static readonly string s_lexerGrammar =
        TestText.ReadExact(Path.Combine(TestPaths.GrammarDirectory, "DispatchLexer.g4"));

    private static readonly JsonElement s_registry =
        JsonDocument.Parse(File.ReadAllBytes(TestPaths.DialectsFile)).RootElement;

    [Fact]
    public void Known_agency_alternatives_are_exactly_the_registry_aliases()
    {
        var registryAliases = s_registry.GetProperty("agencies").EnumerateArray()
            .SelectMany(agency => agency.GetProperty("aliases").EnumerateArray())
            .Select(alias => alias.GetString()!)
            .ToList();
        var grammarAliases = Literals(Rule("fragment KNOWN_AGENCY"));

        Assert.Equal(registryAliases.Count, registryAliases.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(registryAliases.Order(StringComparer.Ordinal), grammarAliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Notice_markers_are_exactly_the_registry_markers()
    {
        var registryMarkers = s_registry.GetProperty("noticeMarkers").EnumerateArray()
            .Select(marker => marker.GetProperty("marker").GetString()!);
        var grammarMarkers = Literals(Rule("fragment NOTICE_MARKER")).Where(literal => literal != ":");

        Assert.Equal(registryMarkers.Order(StringComparer.Ordinal), grammarMarkers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void End_markers_and_signoff_words_are_the_registry_words()
    {
        var endWords = s_registry.GetProperty("endMarkers").EnumerateArray()
            .Select(marker => marker.GetProperty("word").GetString()!);
        Assert.Equal(endWords.Order(StringComparer.Ordinal), Literals(Rule("END_MARKER_LINE")).Where(l => l != "//").Order(StringComparer.Ordinal));

        var signoffWords = s_registry.GetProperty("signoffWords").EnumerateArray().Select(word => word.GetString()!);
        var signoffRule = Literals(Rule("SIGNOFF_LINE")).Where(l => l is not ("(" or ")" or "."));
        Assert.Equal(signoffWords.Order(StringComparer.Ordinal), signoffRule.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lead_in_fragments_are_exactly_the_registry_lead_ins()
    {
        var leadIns = s_registry.GetProperty("leadIns");
        Assert.Equal(
            leadIns.GetProperty("residue").EnumerateArray().Select(item => item.GetProperty("text").GetString()!).Order(StringComparer.Ordinal),
            Literals(Rule("fragment RESIDUE_PHRASE")).Order(StringComparer.Ordinal));
        Assert.Equal(
            leadIns.GetProperty("takeLabels").EnumerateArray().Select(item => item.GetProperty("word").GetString()!).Order(StringComparer.Ordinal),
            Literals(Rule("fragment TAKE_LABEL_WORD")).Order(StringComparer.Ordinal));
        Assert.Equal(
            leadIns.GetProperty("takeLabels").EnumerateArray().SelectMany(item => item.GetProperty("ordinals").EnumerateArray()).Select(o => o.GetString()!).Order(StringComparer.Ordinal),
            Literals(Rule("fragment TAKE_ORDINAL")).Order(StringComparer.Ordinal));
        Assert.Equal(
            leadIns.GetProperty("genericSources").EnumerateArray().Select(item => item.GetProperty("word").GetString()!).Order(StringComparer.Ordinal),
            Literals(Rule("fragment GENERIC_SOURCE")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Inline_end_marker_words_are_the_registry_words_that_are_not_bare()
    {
        var words = s_registry.GetProperty("endMarkers").EnumerateArray()
            .Where(marker => !(marker.TryGetProperty("bare", out var bare) && bare.GetBoolean()))
            .Select(marker => marker.GetProperty("word").GetString()!);
        Assert.Equal(words.Order(StringComparer.Ordinal), Literals(Rule("fragment END_WORD")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Agency_full_names_are_exactly_the_registry_names()
    {
        var names = s_registry.GetProperty("agencies").EnumerateArray()
            .SelectMany(agency => agency.GetProperty("names").EnumerateArray())
            .Select(name => name.GetString()!);
        Assert.Equal(names.Order(StringComparer.Ordinal), Literals(Rule("fragment AGENCY_FULL_NAME")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Source_markers_and_byline_desks_are_the_registry_words()
    {
        var markers = s_registry.GetProperty("sourceMarkers").EnumerateArray()
            .Select(marker => marker.GetProperty("marker").GetString()!);
        Assert.Equal(markers.Order(StringComparer.Ordinal), Literals(Rule("fragment SOURCE_MARKER")).Order(StringComparer.Ordinal));

        var desks = s_registry.GetProperty("bylineDesks").EnumerateArray().Select(desk => desk.GetString()!);
        Assert.Equal(desks.Order(StringComparer.Ordinal), Literals(Rule("fragment BYLINE_DESK")).Order(StringComparer.Ordinal));
    }

    /// <summary>The body of a lexer rule: from "NAME :" to the terminating ";" (comments removed).</summary>
    private static string Rule(string header)
    {
        var withoutComments = LineComment().Replace(s_lexerGrammar, string.Empty);
        var match = Regex.Match(withoutComments, $@"(?m)^\s*{Regex.Escape(header)}\s*:(?<body>[^;]*);");
        Assert.True(match.Success, $"Rule '{header}' not found in DispatchLexer.g4.");
        return match.Groups["body"].Value;
    }

    private static List<string> Literals(string ruleBody) =>
        [.. Literal().Matches(ruleBody).Select(m => Regex.Unescape(m.Groups["text"].Value))];

    [GeneratedRegex(@"^[ \t]*//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'(?<text>(?:\\.|[^'\\])*)'")]
    private static partial Regex Literal();
}
