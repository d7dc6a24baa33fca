using BenchmarkDotNet.Attributes;
using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.Benchmarks;

/// <summary>
/// Parse and every diagnostic (what <c>dispatch check --profile strict</c> computes) on a dispatch where every body
/// paragraph departs from the canonical form (<see cref="Inputs.Dense"/>), against the same on the canonical Large
/// input: diagnostics must stay cheap (the same ≤ 2 bytes per input char as a clean parse).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkFilters.NotInSmokeConfig))]
public class DiagnosticDenseBenchmarks
{
    /// <summary>About 512 K characters (~1 MB of UTF-8, as <see cref="InputSize.Large"/>).</summary>
    public const int Chars = 512 * 1024;

    private string _dense = string.Empty;
    private string _canonical = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _dense = Inputs.Dense(Chars);
        _canonical = Inputs.Get(InputSize.Large);
        IReadOnlyList<Diagnostic> diagnostics = ParseAndDiagnose(_dense);
        if (diagnostics.Count < 500) throw new InvalidOperationException($"The dense input gives only {diagnostics.Count} diagnostics.");
    }

    /// <summary>The canonical Large input: parse and all diagnostics (there are none).</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<Diagnostic> Canonical() => ParseAndDiagnose(_canonical);

    /// <summary>The dense input: parse and all diagnostics, strict profile (nothing hidden).</summary>
    [Benchmark]
    public IReadOnlyList<Diagnostic> Dense() => ParseAndDiagnose(_dense);

    public int DenseLength => _dense.Length;

    public int CanonicalLength => _canonical.Length;

    private static IReadOnlyList<Diagnostic> ParseAndDiagnose(string text) =>
        DispatchAnalyzer.GetAllDiagnostics(DispatchSyntaxTree.ParseText(text, ParseOptions.Strict));
}
