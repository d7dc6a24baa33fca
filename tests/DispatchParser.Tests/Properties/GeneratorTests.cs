using System.Globalization;
using DispatchParser.Dialects;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Properties.Generators;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>The generators themselves: their word pools cannot form another line class, shrinking stays well-formed, and every feature is generated.</summary>
public sealed class GeneratorTests(ITestOutputHelper output)
{
    [Fact]
    public void Word_pools_hold_no_character_or_word_that_makes_another_line_class()
    {
        AgencyRegistry registry = AgencyRegistry.Default;
        var aliases = registry.Agencies.SelectMany(a => a.Aliases).ToHashSet(StringComparer.Ordinal);
        var forbiddenWords = registry.NoticeMarkers.SelectMany(m => m.Marker.Split(' '))
            .Concat(registry.EndMarkers.Select(m => m.Word)).Concat(registry.SignOffWords).ToHashSet(StringComparer.Ordinal);
        foreach (Language language in Language.All)
        {
            foreach (string word in language.Words)
            {
                Assert.False(aliases.Contains(word), $"{language.Code}: '{word}' is an agency alias");
                Assert.False(forbiddenWords.Contains(word), $"{language.Code}: '{word}' is a marker or sign-off word");
                Assert.True(word.Length >= 2 || char.IsAsciiDigit(word[0]), $"{language.Code}: '{word}' is a single letter (aliases such as 'أ ف ب' are made of them)");
                Assert.True(word.IndexOfAny(['(', ')', '-', '–', '—', '_', ':', '/', '\r', '\n', '\uFEFF']) < 0, $"{language.Code}: '{word}' holds a structural character");
            }
            foreach (string place in language.Places)
                Assert.True(place.IndexOfAny(['(', ')', '-', '–', '—', '_']) < 0 && !aliases.Any(place.EndsWith), $"{language.Code}: place '{place}'");
            Assert.Contains(registry.NoticeMarkers, m => m.Language == language.Code);
        }
    }

    [Fact]
    public void Shrinking_a_well_formed_dispatch_keeps_it_well_formed() =>
        PropertyRunner.Check(output, WellFormedGenerators.Any(), dispatch =>
        {
            foreach (WellFormedDispatch smaller in WellFormedGenerators.Shrink(dispatch).Take(40))
            {
                Assert.True(smaller.Spec.IsValid);
                DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(smaller.Text, ParseOptions.Strict);
                Assert.False(tree.HasErrors, "A shrink candidate is malformed: " + smaller);
            }
        }, runs: Math.Min(PropertyRunner.Runs(200), 1_000)); // a check of the generator, not of the parser: capped in long runs

    [Fact]
    public void Well_formed_generator_covers_every_feature()
    {
        List<WellFormedDispatch> samples = WellFormedGenerators.Any().Generator.Sample(1_000, 60).ToList();
        var features = new (string Name, Func<WellFormedDispatch, bool> Has)[]
        {
            ("Arabic", d => d.Spec.Language == "ar"), ("Turkish", d => d.Spec.Language == "tr"),
            ("Kurmanji", d => d.Spec.Language == "kmr"), ("English", d => d.Spec.Language == "en"),
            ("inline dateline", d => d.Spec.Dateline is { OwnLine: false }), ("own-line dateline", d => d.Spec.Dateline is { OwnLine: true }),
            ("dateline without place", d => d.Spec.Dateline is { Place: null }),
            ("inline tag", d => d.Spec.Tag is { Style: TagStyle.Inline }), ("parenthesised sign-off", d => d.Spec.Tag is { Style: TagStyle.SignOffParenthesized }),
            ("sign-off word", d => d.Spec.Tag is { Style: TagStyle.SignOffWord }), ("dateline and tag", d => d.Spec is { Dateline: not null, Tag: not null }),
            ("end marker", d => d.Spec.EndMarker is not null), ("end marker with stamp", d => d.Spec.EndMarker is { Stamp: not null }),
            ("no brief", d => d.Spec.Briefs.Count == 0), ("four briefs", d => d.Spec.Briefs.Count == 4),
            ("CR LF", d => d.Spec.LineBreak == "\r\n"), ("CR", d => d.Spec.LineBreak == "\r"), ("byte-order mark", d => d.Spec.ByteOrderMark),
            ("final line break", d => d.Spec.FinalLineBreak), ("no final line break", d => !d.Spec.FinalLineBreak),
            ("mid-line acronym", d => d.Text.Contains("(NDMA)", StringComparison.Ordinal) || d.Text.Contains("(BM)", StringComparison.Ordinal)),
            ("canonical", d => d.IsCanonical), ("with trivia", d => !d.IsCanonical), ("leading blank lines", d => d.LeadingBlankLines.Count > 0),
            ("six paragraphs", d => d.Spec.Paragraphs.Count == 6),
        };
        foreach ((string name, Func<WellFormedDispatch, bool> has) in features)
        {
            int count = samples.Count(has);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {count,4} / {samples.Count}"));
            Assert.True(count > 0, $"No generated dispatch has: {name}");
        }
    }
}
