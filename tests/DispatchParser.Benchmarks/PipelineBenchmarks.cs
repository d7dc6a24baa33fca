using BenchmarkDotNet.Attributes;
using DispatchParser.Analysis;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Benchmarks;

/// <summary>
/// What ingest pipelines do after parsing, and the bulk check: <c>Normalize</c> (canonical text of the parsed Large
/// dispatch), <c>ExportJson</c> (its parts as JSON), and <c>CheckFolder</c> — <c>dispatch check FOLDER --jobs
/// Cores</c> without its printing: the folder of 10,000 small dispatches walked, each file read, decoded, parsed and
/// its diagnostics collected, the parser's and the analyzers' (<see cref="DispatchAnalyzer.GetAllDiagnostics"/>), by
/// the CLI's own code (<see cref="InputExpander"/>, <see cref="FileChecker"/> and <see cref="OrderedParallel"/>, as
/// <c>CheckCommand</c> runs them), on <see cref="Cores"/> worker threads. Normalize and ExportJson do not depend on
/// Cores and run at Cores=1 only.
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
        // A run of check builds its settings (no dispatch.toml here: the defaults) and checker once.
        SettingsResolver settings = SettingsResolver.CommandLineOnly(new ParseOptions());
        var checker = new FileChecker(settings, warningsAsErrors: false, DispatchReader.DefaultMaxBytes, () => Stream.Null);
        int diagnostics = 0;
        OrderedParallel.RunBatched(
            settings.Taken(InputExpander.Expand([_folder], InputOptions.Default)),
            checker.Check,
            report =>
            {
                if (report.Problem is not null) throw new InvalidOperationException($"{report.Input.DisplayPath}: {report.Problem}");
                diagnostics += report.Diagnostics.Count;
            },
            Cores);
        return diagnostics;
    }
}
