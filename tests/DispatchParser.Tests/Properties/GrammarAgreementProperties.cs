using DispatchParser.Grammar;
using DispatchParser.Syntax;
using DispatchParser.TestSupport;
using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Grammar agreement: the generated (ANTLR) parser and the hand-written parser agree on whether any
/// input is well-formed, and on well-formed input find the same parts at the same spans
/// (<see cref="GrammarAgreement.Disagreement"/>). Inputs are kept small: the ANTLR lexer is slow on Arabic.
/// </summary>
public sealed class GrammarAgreementProperties(ITestOutputHelper output)
{
    private const int SmallSize = 12;

    [Fact]
    public void Grammar_accepts_generated_well_formed_dispatches_with_the_same_parts() =>
        PropertyRunner.Check(output, WellFormedGenerators.Small(SmallSize), dispatch =>
        {
            string text = dispatch.Text;
            GrammarParseResult reference = DispatchGrammar.Parse(text, GrammarLexer.Antlr);
            if (!reference.IsWellFormed)
                throw new InvalidOperationException("The grammar rejects a generated well-formed dispatch: "
                    + string.Join("; ", reference.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
            if (GrammarAgreement.Disagreement(text) is { } why) throw new InvalidOperationException(why);
        });

    [Fact]
    public void Parsers_agree_on_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.SmallMutated(), text =>
        {
            if (GrammarAgreement.Disagreement(text.Text) is { } why) throw new InvalidOperationException(why);
        });

    /// <summary>
    /// Bodies assembled from the head and end shapes (lead-ins, deck lines with prefixes, place lines, datelines,
    /// bylines, tags, credits, sign-offs, source lines) in random order: the combinations the differential fuzz run
    /// found disagreements in.
    /// </summary>
    [Fact]
    public void Parsers_agree_on_bodies_assembled_from_head_and_end_shapes() =>
        PropertyRunner.Check(output, BodyShapeGenerators.Dispatches(), text =>
        {
            if (GrammarAgreement.Disagreement(text.Text) is { } why) throw new InvalidOperationException(why);
        });

    /// <summary>
    /// The same shapes with no paragraph between the head lines and the end lines (see
    /// <see cref="BodyShapeGenerators.DispatchesWithoutParagraph"/>). On the commit before 248738d it fails within a few dozen cases (17 in one run); the general property above needed about 2,000.
    /// </summary>
    [Fact]
    public void Parsers_agree_on_head_lines_met_by_the_closing_line() =>
        PropertyRunner.Check(output, BodyShapeGenerators.DispatchesWithoutParagraph(), text =>
        {
            if (GrammarAgreement.Disagreement(text.Text) is { } why) throw new InvalidOperationException(why);
        });

    [Fact]
    public void Parsers_agree_on_wrapped_dispatches() =>
        PropertyRunner.Check(output, WellFormedGenerators.Wrapped(SmallSize), dispatch =>
        {
            if (GrammarAgreement.Disagreement(dispatch.Text) is { } why) throw new InvalidOperationException(why);
            var tree = DispatchSyntaxTree.ParseText(dispatch.Text);
            if (tree.Root.ToFullString() != dispatch.Text) throw new InvalidOperationException("The tree of a wrapped dispatch is not lossless.");
            // Joining the lines gives back the words of the canonical dispatch, in order.
            string words = string.Join(' ', tree.Root.Paragraphs.Select(p => p.Text));
            if (words.Contains('\n') || words.Contains('\r')) throw new InvalidOperationException("A paragraph's text keeps a line break: " + words);
        });

    [Fact]
    public void Parsers_agree_on_arbitrary_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.ShortStrings(), text =>
        {
            if (GrammarAgreement.Disagreement(text.Text) is { } why) throw new InvalidOperationException(why);
        });
}
