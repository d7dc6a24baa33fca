using DispatchParser.Diagnostics;
using DispatchParser.Grammar;
using DispatchParser.Syntax;
using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Factory round trip: a tree built with SyntaxFactory prints to text that parses back to an equivalent
/// tree with no diagnostic at all under strict; a generated well-formed dispatch (with random trivia too) has
/// no error under strict; normalizing is idempotent and changes only whitespace and line breaks.
/// </summary>
public sealed class FactoryProperties(ITestOutputHelper output)
{
    [Fact]
    public void Factory_built_dispatch_parses_back_to_the_same_tree_without_diagnostics() =>
        PropertyRunner.Check(output, WellFormedGenerators.Canonical(), dispatch =>
        {
            DocumentSyntax built = dispatch.Spec.Build();
            string text = built.ToFullString();
            DispatchSyntaxTree parsed = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            string? difference = parsed.FindDifference(DispatchSyntaxTree.Create(built));
            if (difference is not null) throw new InvalidOperationException("The parsed tree differs from the built one: " + difference);
            IReadOnlyList<Diagnostic> diagnostics = parsed.GetDiagnostics();
            if (diagnostics.Count > 0) throw new InvalidOperationException("Diagnostics on a factory-built dispatch: " + string.Join("; ", diagnostics));
        });

    [Fact]
    public void Factory_built_lead_ins_and_place_datelines_parse_back_to_the_same_tree()
    {
        int withLeadIns = 0, withPlaces = 0;
        PropertyRunner.Check(output, WellFormedGenerators.CanonicalWithLeadInsAndPlaceDatelines(), dispatch =>
        {
            DocumentSyntax built = dispatch.Spec.Build();
            string text = built.ToFullString();
            DispatchSyntaxTree parsed = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            string? difference = parsed.FindDifference(DispatchSyntaxTree.Create(built));
            if (difference is not null) throw new InvalidOperationException("The parsed tree differs from the built one: " + difference);
            // A lead-in is a departure (DSP0110, one per lead-in); nothing else may be reported.
            int leadIns = dispatch.Spec.LeadIns?.Count ?? 0;
            var others = parsed.GetDiagnostics().Where(d => d.Code != "DSP0110").ToList();
            if (others.Count > 0) throw new InvalidOperationException("Diagnostics on a factory-built dispatch: " + string.Join("; ", others));
            Assert.Equal(leadIns, parsed.GetDiagnostics().Count(d => d.Code == "DSP0110"));
            Assert.Equal(leadIns, parsed.Root.LeadIns.Count);
            if (dispatch.Spec.PlaceDateline is not null) Assert.True(parsed.Root.Dateline is { AgencyNameToken.IsNone: true });
            if (leadIns > 0) Interlocked.Increment(ref withLeadIns);
            if (dispatch.Spec.PlaceDateline is not null) Interlocked.Increment(ref withPlaces);
        });
        // The generator reaches both parts (a property over dispatches without them would prove nothing).
        Assert.True(withLeadIns > 0 && withPlaces > 0, $"{withLeadIns} cases with lead-ins, {withPlaces} with place datelines");
    }

    [Fact]
    public void Factory_built_real_copy_forms_parse_back_to_the_same_tree_with_their_departures()
    {
        int credits = 0, fullStops = 0, inlineMarkers = 0, heads = 0, headlineless = 0, reprints = 0;
        PropertyRunner.Check(output, WellFormedGenerators.CanonicalWithRealCopyForms(), dispatch =>
        {
            DispatchSpec spec = dispatch.Spec;
            DocumentSyntax built = spec.Build();
            DispatchSyntaxTree parsed = DispatchSyntaxTree.ParseText(built.ToFullString(), ParseOptions.Strict);
            string? difference = parsed.FindDifference(DispatchSyntaxTree.Create(built));
            if (difference is not null) throw new InvalidOperationException("The parsed tree differs from the built one: " + difference);
            Assert.Equal(spec.ExpectedCodes().Order(), parsed.GetDiagnostics().Select(d => d.Code).Order());
            Assert.Equal(spec.Briefs.Count, parsed.Root.Briefs.Count);
            if (spec.Tag?.Reporter is not null) Interlocked.Increment(ref credits);
            if (spec.Tag?.FullStop == true) Interlocked.Increment(ref fullStops);
            if (spec.EndMarker?.Inline == true) Interlocked.Increment(ref inlineMarkers);
            if (spec.Head is not null) Interlocked.Increment(ref heads);
            if (spec.NoHeadline) Interlocked.Increment(ref headlineless);
            if (spec.NoNotice && spec.Briefs.Count > 0) Interlocked.Increment(ref reprints);
        });
        // The generator reaches every form (a property over dispatches without them would prove nothing).
        Assert.True(credits > 0 && fullStops > 0 && inlineMarkers > 0 && heads > 0 && headlineless > 0 && reprints > 0,
            $"credits {credits}, full stops {fullStops}, inline end markers {inlineMarkers}, decks and bylines {heads}, no headline {headlineless}, reprints with briefs {reprints}");
    }

    [Fact]
    public void Generated_well_formed_dispatch_has_no_error_under_strict() =>
        PropertyRunner.Check(output, WellFormedGenerators.WithTrivia(), dispatch =>
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(dispatch.Text, ParseOptions.Strict);
            var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("Errors on a well-formed dispatch: " + string.Join("; ", errors));
            Assert.Equal(dispatch.Spec.Paragraphs.Count, tree.Root.Paragraphs.Count);
            Assert.Equal(dispatch.Spec.Briefs.Count, tree.Root.Briefs.Count);
        });

    [Fact]
    public void Normalizing_a_canonical_dispatch_changes_nothing() =>
        PropertyRunner.Check(output, WellFormedGenerators.Canonical(), dispatch =>
        {
            string text = dispatch.Text;
            Assert.Equal(Escaping.Literal(text), Escaping.Literal(SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(text), dispatch.Spec.LineBreak)));
        });

    [Fact]
    public void Normalizing_a_well_formed_dispatch_makes_it_canonical() =>
        PropertyRunner.Check(output, WellFormedGenerators.WithTrivia(), dispatch =>
        {
            DispatchSyntaxTree tree = SyntaxNormalizer.NormalizeTree(DispatchSyntaxTree.ParseText(dispatch.Text, ParseOptions.Strict));
            // Still well-formed, with no separator, line-break or trailing-whitespace departure left.
            Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error
                || d.Code is "DSP0102" or "DSP0104");
        });

    [Fact]
    public void Normalizer_is_idempotent_on_well_formed_dispatches() =>
        PropertyRunner.Check(output, WellFormedGenerators.Any(), dispatch => PropertyChecks.NormalizerIdempotent(dispatch.Text));

    [Fact]
    public void Normalizer_is_idempotent_on_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text => PropertyChecks.NormalizerIdempotent(text.Text));

    [Fact]
    public void Normalizer_is_idempotent_on_arbitrary_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text => PropertyChecks.NormalizerIdempotent(text.Text));
}
