using BenchmarkDotNet.Attributes;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.TestSupport;

namespace DispatchParser.Benchmarks;

/// <summary>
/// A strict parse and its diagnostics of each pathological shape at n and 2n repeats (the shapes the linearity
/// tests check for allocations): the time ratio of <see cref="Repeats"/> 4000 to 2000 of one shape should stay near 2.
/// This catches repeated scanning that allocates nothing, which the allocation tests cannot see. The smoke run
/// (.ci/run) runs every case once.
/// </summary>
[MemoryDiagnoser]
public class LinearityBenchmarks
{
    private string _text = string.Empty;

    public static IEnumerable<string> ShapeNames => PathologicalShapes.All.Select(shape => shape.Name);

    [ParamsSource(nameof(ShapeNames))]
    public string Shape { get; set; } = string.Empty;

    [Params(2_000, 4_000)]
    public int Repeats { get; set; }

    [GlobalSetup]
    public void Setup() => _text = PathologicalShapes.Named(Shape)(Repeats);

    [Benchmark]
    public IReadOnlyList<Diagnostic> ParseAndDiagnose() => DispatchSyntaxTree.ParseText(_text, ParseOptions.Strict).GetDiagnostics();
}
