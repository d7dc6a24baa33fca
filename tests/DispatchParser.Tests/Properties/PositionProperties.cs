using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Positions: token spans slice their text and tile the input (ParseHelper.CheckInvariants),
/// FindToken at every position returns the token whose full span holds it, and SourceText's line/column
/// (UTF-16, CR LF / CR / LF) agrees with a naive count.
/// </summary>
public sealed class PositionProperties(ITestOutputHelper output)
{
    [Fact]
    public void Positions_are_consistent_on_well_formed_dispatches() =>
        PropertyRunner.Check(output, WellFormedGenerators.Any(), dispatch => PropertyChecks.Positions(dispatch.Text));

    [Fact]
    public void Positions_are_consistent_on_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text => PropertyChecks.Positions(text.Text));

    [Fact]
    public void Positions_are_consistent_on_arbitrary_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text => PropertyChecks.Positions(text.Text));
}
