namespace DispatchParser.Benchmarks;

/// <summary>
/// The smoke mode (<c>--smoke</c>, used by CI): only the Small input and a small folder, so that a dry run of every
/// benchmark takes seconds. Passed to benchmark processes through an environment variable, so that it also holds
/// when BenchmarkDotNet runs them out of process.
/// </summary>
public static class Smoke
{
    public const string Variable = "DISPATCH_BENCHMARKS_SMOKE";

    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) == "1";
}
