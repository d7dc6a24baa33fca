using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace DispatchParser.Benchmarks;

/// <summary>Per-class configurations that drop the benchmark cases not worth running.</summary>
public static class BenchmarkFilters
{
    private static object? Parameter(BenchmarkCase benchmark, string name) =>
        benchmark.Parameters.Items.FirstOrDefault(item => item.Name == name)?.Value;

    /// <summary>Set to 1 to run AntlrParse on the Huge input too (about a minute per operation here).</summary>
    public const string AntlrHugeVariable = "DISPATCH_BENCHMARKS_ANTLR_HUGE";

    /// <summary>
    /// In smoke mode only the Small input. AntlrParse×Huge is left out unless <see cref="AntlrHugeVariable"/> is 1:
    /// the generated parser takes 45–55 s per operation on it here (a short job runs about seven operations) and its
    /// time is linear in the input (16 × its Large time), so Large already gives the ratio.
    /// </summary>
    public sealed class ParseConfig : ManualConfig
    {
        public ParseConfig() => AddFilter(new SimpleFilter(benchmark =>
        {
            object? size = Parameter(benchmark, nameof(ParseBenchmarks.Size));
            if (Smoke.IsOn) return size is InputSize.Small;
            return !(size is InputSize.Huge && benchmark.Descriptor.WorkloadMethod.Name == nameof(ParseBenchmarks.AntlrParse))
                || Environment.GetEnvironmentVariable(AntlrHugeVariable) == "1";
        }));
    }

    /// <summary>Only CheckFolder depends on Cores: the other pipeline benchmarks run once, at Cores=1.</summary>
    public sealed class PipelineConfig : ManualConfig
    {
        public PipelineConfig() => AddFilter(new SimpleFilter(benchmark =>
            benchmark.Descriptor.WorkloadMethod.Name == nameof(PipelineBenchmarks.CheckFolder)
            || Parameter(benchmark, nameof(PipelineBenchmarks.Cores)) is 1));
    }

    /// <summary>Left out of smoke runs.</summary>
    public sealed class NotInSmokeConfig : ManualConfig
    {
        public NotInSmokeConfig() => AddFilter(new SimpleFilter(_ => !Smoke.IsOn));
    }
}
