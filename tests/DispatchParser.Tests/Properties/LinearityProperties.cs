using System.Diagnostics;
using System.Globalization;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Invariant 2 of DESIGN.md, second half: parsing stays linear — doubling the input at most about doubles the work.
///
/// The parser has no work counter, and wall time on a shared 2-core machine is too noisy to assert on. So the
/// asserted measure is the managed memory a parse allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>:
/// exact and deterministic), which grows with the tokens, trivia, nodes and diagnostics the parser makes — every
/// quadratic blow-up in what the parser builds shows there. It does not see repeated scanning that allocates
/// nothing; for that, <see cref="Parse_time_scales_linearly_report"/> times pathological shapes at n and 2n and
/// only reports the ratios (it asserts nothing).
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

    /// <summary>Inputs built to stress one part of the parser each, as a function of a repeat count.</summary>
    internal static readonly (string Name, Func<int, string> Build)[] Shapes =
    [
        ("canonical dispatch, many paragraphs", n => "Başlık\n\n" + string.Concat(Enumerable.Repeat("Bir paragraf daha yazıldı.\n", n)) + "Son. (AA)\nYASAL UYARI: Haklar.\n"),
        ("many briefs", n => "Başlık\n\nSon. (AA)\nYASAL UYARI: Haklar.\n" + string.Concat(Enumerable.Repeat("خبر قصير (NDMA) أن حصيلة.\n", n))),
        ("one long line", n => new string('a', 25 * n)),
        ("one long line of parentheses", n => string.Concat(Enumerable.Repeat("((AA) ", 4 * n))),
        ("blank lines", n => "Başlık" + new string('\n', 25 * n) + "x (AA)"),
        ("whitespace-only lines", n => string.Concat(Enumerable.Repeat(" \t\u00A0\n", 6 * n))),
        ("CR only", n => string.Concat(Enumerable.Repeat("x\r", 12 * n))),
        ("byte-order marks", n => "Başlık\n\n" + string.Concat(Enumerable.Repeat("\uFEFF\uFEFF x\n", 5 * n))),
        ("dateline lines", n => string.Concat(Enumerable.Repeat("ANKARA (AA) - metin\n", n))),
        ("sign-offs mid-body", n => "Başlık\n\nmetin\n" + string.Concat(Enumerable.Repeat("(AA)\n", 5 * n)) + "YASAL UYARI: x"),
        ("notices", n => "Başlık\n\nmetin (AA)\n" + string.Concat(Enumerable.Repeat("YASAL UYARI: x\n", 2 * n))),
        ("end markers", n => "Başlık\n\nmetin (AA)\n" + string.Concat(Enumerable.Repeat("// انتهى //\n", 2 * n))),
        ("lone surrogates and controls", n => string.Concat(Enumerable.Repeat("\uD800\0\u202E\uDC00x\n", 4 * n))),
    ];

    [Fact]
    public void Pathological_shapes_at_most_double_the_allocations_when_doubled()
    {
        const int n = 2_000;
        var failures = new List<string>();
        foreach ((string name, Func<int, string> build) in Shapes)
        {
            string small = build(n), large = build(2 * n);
            long single = Allocated(small, collectFirst: true), twice = Allocated(large, collectFirst: true);
            double ratio = (double)twice / single;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {small.Length,8} chars {single,10} B   ×2: {twice,10} B   ratio {ratio:0.00}"));
            if (ratio > 2.2) failures.Add($"{name}: {ratio:0.00}×");
        }
        Assert.True(failures.Count == 0, "Allocations grow faster than the input: " + string.Join(", ", failures));
    }

    /// <summary>
    /// REPORTING ONLY: median parse time of each shape at n and 2n characters, and the ratio. Wall time on a
    /// shared machine is noisy, so nothing is asserted; a ratio well above 2 is worth a look.
    /// </summary>
    [Fact]
    public void Parse_time_scales_linearly_report()
    {
        const int n = 2_000;
        output.WriteLine("shape                                    chars(n)  median(n)  median(2n)  ratio  (Debug build; nothing asserted)");
        foreach ((string name, Func<int, string> build) in Shapes)
        {
            string small = build(n), large = build(2 * n);
            double single = MedianMilliseconds(small), twice = MedianMilliseconds(large);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {small.Length,8} {single,8:0.000} ms {twice,8:0.000} ms  {twice / single,5:0.00}"));
        }
    }

    private static double MedianMilliseconds(string text)
    {
        var times = new List<double>();
        DispatchSyntaxTree.ParseText(text);
        for (int i = 0; i < 7; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            _ = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict).GetDiagnostics();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
