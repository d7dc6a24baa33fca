using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>The parser is lossless and total, on all three kinds of input.</summary>
public sealed class LosslessProperties(ITestOutputHelper output)
{
    [Fact]
    public void Well_formed_dispatches_print_back_exactly() =>
        PropertyRunner.Check(output, WellFormedGenerators.Any(), dispatch => PropertyChecks.Lossless(dispatch.Text));

    [Fact]
    public void Mutated_dispatches_print_back_exactly() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text => PropertyChecks.Lossless(text.Text));

    [Fact]
    public void Arbitrary_strings_print_back_exactly() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text => PropertyChecks.Lossless(text.Text));

    [Fact]
    public void Every_entry_point_is_total_on_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text => PropertyChecks.Total(text.Text));

    [Fact]
    public void Every_entry_point_is_total_on_arbitrary_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text => PropertyChecks.Total(text.Text));
}
