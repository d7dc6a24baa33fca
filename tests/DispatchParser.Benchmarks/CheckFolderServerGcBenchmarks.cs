using BenchmarkDotNet.Attributes;

namespace DispatchParser.Benchmarks;

/// <summary>
/// <see cref="PipelineBenchmarks.CheckFolder"/> again, the same folder and work, under the server garbage collector
/// (one heap and one GC thread per core) instead of the default workstation one: results/ANALYSIS.md compares the
/// two to show what limits the scaling of the bulk check. Runs out of process only (an in-process run cannot switch
/// the collector), so the smoke run leaves it out.
/// </summary>
[MemoryDiagnoser]
// 10 measured iterations instead of the short job's 3: an operation takes ~0.2 s of file reading on a shared machine,
// and with 3 iterations one disturbed iteration decides the mean; with 10, BenchmarkDotNet drops the upper outliers.
[IterationCount(10)]
[GcServer(true)]
[Config(typeof(BenchmarkFilters.NotInSmokeConfig))]
public class CheckFolderServerGcBenchmarks
{
    private readonly PipelineBenchmarks _folder = new();

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder.Cores = Cores;
        _folder.SetupFolder();
    }

    [GlobalCleanup]
    public void Cleanup() => _folder.CleanupFolder();

    [Benchmark]
    public int CheckFolder() => _folder.CheckFolder();
}
