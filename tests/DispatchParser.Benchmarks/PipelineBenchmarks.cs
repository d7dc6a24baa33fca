using BenchmarkDotNet.Attributes;
using DispatchParser.Analysis;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Benchmarks;

/// <summary>
/// What ingest pipelines do after parsing, and the bulk check: <c>Normalize</c> (canonical text of the parsed Large
/// dispatch), <c>ExportJson</c> (its parts as JSON), and <c>CheckFolder</c> — list a folder of 10,000 small
/// dispatches, read each file, parse it and collect its diagnostics, the parser's and the analyzers'
/// (<see cref="DispatchAnalyzer.GetAllDiagnostics"/>, as <c>dispatch check</c> reports them) — on <see cref="Cores"/>
/// cores (<see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/> with that
/// MaxDegreeOfParallelism). Normalize and ExportJson do not depend on Cores and run at Cores=1 only.
/// </summary>
[MemoryDiagnoser]
// 10 measured iterations instead of the short job's 3: an operation takes ~0.2 s of file reading on a shared machine,
// and with 3 iterations one disturbed iteration decides the mean; with 10, BenchmarkDotNet drops the upper outliers.
[IterationCount(10)]
[Config(typeof(BenchmarkFilters.PipelineConfig))]
public class PipelineBenchmarks
{
    /// <summary>How many dispatches CheckFolder reads (fewer in smoke mode).</summary>
    public static int FileCount => Smoke.IsOn ? 200 : 10_000;

    private DispatchSyntaxTree _tree = null!;
    private string _folder = string.Empty;

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup(Targets = [nameof(Normalize), nameof(ExportJson)])]
    public void SetupTree() => _tree = DispatchSyntaxTree.ParseText(Inputs.Get(InputSize.Large));

    [GlobalSetup(Targets = [nameof(CheckFolder)])]
    public void SetupFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"dispatch-benchmarks-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        for (int i = 0; i < FileCount; i++)
            File.WriteAllText(Path.Combine(_folder, $"{i:D5}.txt"), Inputs.SmallVariant(i));
    }

    [GlobalCleanup(Targets = [nameof(CheckFolder)])]
    public void CleanupFolder()
    {
        if (_folder.Length > 0 && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public string Normalize() => SyntaxNormalizer.Normalize(_tree);

    /// <summary>The parts of the parsed Large dispatch as JSON (<see cref="DispatchJsonExporter"/>).</summary>
    [Benchmark]
    public string ExportJson() => DispatchJsonExporter.ExportJson(_tree);

    /// <summary>Returns the number of diagnostics found (one file in ten departs from the canonical form).</summary>
    [Benchmark]
    public int CheckFolder()
    {
        int diagnostics = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Cores };
        Parallel.ForEach(Directory.EnumerateFiles(_folder, "*.txt"), options, file =>
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(File.ReadAllText(file));
            int count = DispatchAnalyzer.GetAllDiagnostics(tree).Count;
            if (count > 0) Interlocked.Add(ref diagnostics, count);
        });
        return diagnostics;
    }
}
