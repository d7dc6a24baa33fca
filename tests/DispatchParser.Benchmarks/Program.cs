using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DispatchParser.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/DispatchParser.Benchmarks -- [--smoke] [BenchmarkDotNet options]</c>.
/// Markdown (GitHub) and JSON reports go to <c>BenchmarkDotNet.Artifacts/</c> in this project's folder unless
/// <c>--artifacts</c> says otherwise. <c>--smoke</c> keeps only the Small input and a small folder (CI runs it with
/// <c>--job dry --inProcess</c>). <c>--ratios [folder]</c> reads the JSON reports of a run and prints the goals table;
/// <c>--facts</c> prints the inputs' sizes and the green-node reuse of the incremental edit; <c>--profile</c> a Stopwatch
/// breakdown of the steps inside the benchmarks, <c>--profile-loop STEP SECONDS</c> one step in a loop (for callgrind or perf),
/// <c>--profile-count STEP N</c> one step N times (instructions per operation under callgrind: count-instructions.sh),
/// <c>--check-folder-scaling ROUNDS</c> CheckFolder on 1 and 2 cores alternately (minima and medians), <c>--dense-scaling [M…]</c>
/// parse and diagnostics of 1, 2, 4, 8 (or M) million lines of <c>(AA)</c>.
/// Exits 1 when a benchmark failed or none ran.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--ratios")
            return Ratios.Print(args.Length > 1 ? args[1] : Path.Combine(ProjectFolder(), "BenchmarkDotNet.Artifacts", "results"));
        if (args.Length > 0 && args[0] == "--facts") return Facts.Print();
        if (args.Length > 0 && args[0] == "--profile") return Profile.Print(args.Length > 1 ? args[1] : null);
        if (args.Length > 0 && args[0] == "--dense-scaling")
            return Profile.DenseScaling(args.Length > 1 ? args.Skip(1).Select(arg => int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture)) : [1, 2, 4, 8]);
        if (args.Length > 1 && args[0] == "--check-folder-scaling")
            return Profile.CheckFolderScaling(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        if (args.Length > 2 && args[0] == "--profile-count")
            return Profile.Count(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        if (args.Length > 2 && args[0] == "--profile-loop")
            return Profile.Loop(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));

        if (args.Contains("--smoke"))
        {
            Environment.SetEnvironmentVariable(Smoke.Variable, "1");
            args = [.. args.Where(arg => arg != "--smoke")];
        }
        if (!args.Contains("--artifacts"))
            args = [.. args, "--artifacts", Path.Combine(ProjectFolder(), "BenchmarkDotNet.Artifacts")];

        // The benchmark process is built with every project it references (the CLI among them, for CheckFolder) in
        // its own intermediate folder; on a busy 2-core machine that took more than BenchmarkDotNet's default 2 minutes.
        IConfig config = ManualConfig.Create(DefaultConfig.Instance)
            .WithBuildTimeout(TimeSpan.FromMinutes(15))
            .AddExporter(JsonExporter.Full)
            .AddJob(new Job("BuildWorkaround").WithArguments([s_buildWorkaround]).AsMutator());
        Summary[] summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config)];

        int failed = summaries.Sum(summary => summary.Reports.Count(report => !report.Success));
        int ran = summaries.Sum(summary => summary.Reports.Count(report => report.Success));
        bool invalid = summaries.Any(summary => summary.HasCriticalValidationErrors);
        Console.WriteLine($"Benchmarks: {ran} succeeded, {failed} failed{(invalid ? ", critical validation errors" : "")}.");
        return failed > 0 || invalid || ran == 0 ? 1 : 0;
    }

    /// <summary>
    /// BenchmarkDotNet builds each benchmark process with <c>/p:ArtifactsPath=…</c>, which makes the intermediate
    /// folder of every referenced project an absolute path; Antlr4BuildTasks prefixes it with the grammar project's
    /// folder and then cannot find the parser it generated (CS2001). A relative intermediate folder, given to every
    /// project of that build, avoids it; the projects' own obj/ folders are left alone.
    /// </summary>
    private static readonly MsBuildArgument s_buildWorkaround = new("/p:IntermediateOutputPath=obj/benchmarks/");

    /// <summary>This project's folder: found above the running assembly (bin/Release/net10.0/), else the current folder.</summary>
    public static string ProjectFolder()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "DispatchParser.Benchmarks.csproj"))) return folder.FullName;
        return Directory.GetCurrentDirectory();
    }
}
