using System.Globalization;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Totality, second half: parsing stays linear — doubling the input at most about doubles the work.
///
/// The parser has no work counter, and wall time on a shared 2-core machine is too noisy to assert on. So the
/// asserted measure is the managed memory a parse allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>:
/// exact and deterministic), which grows with the tokens, trivia, nodes and diagnostics the parser makes — every
/// quadratic blow-up in what the parser builds shows there. It does not see repeated scanning that allocates
/// nothing; for that, LinearityBenchmarks in tests/DispatchParser.Benchmarks times the same pathological shapes
/// at n and 2n (BenchmarkDotNet, ratios in one run: a timed test assertion would be noise).
/// </summary>
public sealed class LinearityProperties(ITestOutputHelper output)
{
    /// <summary>Doubling may add a few diagnostics (the second copy's notice among the briefs …): a constant slack.</summary>
    private const long SlackBytes = 16 * 1024;

    [Fact]
    public void Doubling_a_well_formed_dispatch_at_most_doubles_the_allocations() =>
        PropertyRunner.Check(output, WellFormedGenerators.Any(), dispatch => AssertLinear(dispatch.Text));

    [Fact]
    public void Doubling_a_mutated_dispatch_at_most_doubles_the_allocations() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text => AssertLinear(text.Text));

    [Fact]
    public void Doubling_an_arbitrary_string_at_most_doubles_the_allocations() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text => AssertLinear(text.Text));

    private static void AssertLinear(string text)
    {
        string doubled = text + text;
        long single = Allocated(text), twice = Allocated(doubled);
        if (twice > 2 * single + SlackBytes)
            throw new InvalidOperationException($"Parsing the doubled text allocated {twice} bytes, the text {single} bytes ({(double)twice / single:0.00}×)");
    }

    /// <summary>
    /// Bytes allocated on this thread by a strict parse and its diagnostics: the least of three parses. The
    /// diagnostics side table is one process-wide ConditionalWeakTable; when it grows, the parse that adds the
    /// entry pays for a new container sized by every live entry (other tests' trees too) — amortised constant,
    /// but a spike in a single measurement. The minimum leaves such spikes (and lazy initialisation) out.
    /// </summary>
    internal static long Allocated(string text, bool collectFirst = false)
    {
        long least = long.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            if (collectFirst)
            {
                // Large inputs with a diagnostic per line add tens of thousands of side-table entries: let the
                // dead ones of earlier parses go first, so that a container resize is not paid in every run.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }
            long before = GC.GetAllocatedBytesForCurrentThread();
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            _ = tree.GetDiagnostics();
            long after = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(tree);
            least = Math.Min(least, after - before);
        }
        return least;
    }

    [Fact]
    public void Pathological_shapes_at_most_double_the_allocations_when_doubled()
    {
        const int n = 2_000;
        var failures = new List<string>();
        foreach ((string name, Func<int, string> build) in PathologicalShapes.All)
        {
            string small = build(n), large = build(2 * n);
            long single = Allocated(small, collectFirst: true), twice = Allocated(large, collectFirst: true);
            double ratio = (double)twice / single;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {small.Length,8} chars {single,10} B   ×2: {twice,10} B   ratio {ratio:0.00}"));
            if (ratio > 2.2) failures.Add($"{name}: {ratio:0.00}×");
        }
        Assert.True(failures.Count == 0, "Allocations grow faster than the input: " + string.Join(", ", failures));
    }
}
