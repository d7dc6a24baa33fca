using System.Globalization;
using System.Text;
using DispatchParser.Fuzz;
using DispatchParser.Fuzz.Targets;
using SharpFuzz;

// dotnet DispatchParser.Fuzz.dll fuzz TARGET                    AFL++ out-of-process target (fuzz/run.sh starts it)
// dotnet DispatchParser.Fuzz.dll replay TARGET [--raw] PATH…    runs saved inputs (files or folders) in-process and reports failures
// dotnet DispatchParser.Fuzz.dll seeds TARGET OUT [--max-chars N] FOLDER…   writes each *.txt under the folders as seeds of TARGET
// dotnet DispatchParser.Fuzz.dll assemblies TARGET               the assemblies run.sh instruments for TARGET, one a line,
//                                                                each with the type prefixes sharpfuzz skips in it (-A,B)
// dotnet DispatchParser.Fuzz.dll throughput TARGET SECONDS [--stages] PATH…   runs saved inputs in a loop and reports
//                                                                executions per second of wall-clock and of processor time
//                                                                (run from run.sh's publish folder: instrumented; --stages:
//                                                                the core target's time per stage)
// TARGET: core | differential | lsp | cli
string targets = string.Join(" | ", FuzzTargets.All.Select(t => t.Name));
if (args.Length < 2 || FuzzTargets.Find(args[1]) is not { } target)
{
    Console.Error.WriteLine($"usage: DispatchParser.Fuzz fuzz|replay|seeds|assemblies TARGET …   (TARGET: {targets})");
    return 2;
}

switch (args[0])
{
    case "fuzz":
        var input = new MemoryStream();
        void RunInput(Stream stream)
        {
            input.SetLength(0);
            stream.CopyTo(input);
            target.Fuzz(input.GetBuffer().AsSpan(0, (int)input.Length));
        }
        // Every loop is persistent (one process runs every input). SharpFuzz's out-of-process loop (the default but for
        // core) has a second process relay between afl-fuzz and the one running the inputs and restart it when a hang or
        // a stack overflow kills it; in process saves that relay on every execution, but such a crash ends the run. core
        // runs AflLoop: the runner speaks to afl-fuzz itself and a supervisor restarts it (DISPATCH_FUZZ_RELAY=1: SharpFuzz's).
        if (Environment.GetEnvironmentVariable("DISPATCH_FUZZ_IN_PROCESS") == "1") Fuzzer.Run(RunInput);
        else if (target is CoreTarget && Environment.GetEnvironmentVariable("DISPATCH_FUZZ_RELAY") != "1") AflLoop.Run(target.Fuzz);
        else Fuzzer.OutOfProcess.Run(RunInput);
        return 0;
    case "replay":
        return Replay(target, args.Skip(2).ToArray());
    case "seeds" when args.Length >= 4:
        return Seeds(target, args[2], args.Skip(3).ToArray());
    case "throughput" when args.Length >= 4:
        return Throughput(target, double.Parse(args[2], CultureInfo.InvariantCulture), args.Skip(3).ToArray());
    case "assemblies":
        Console.WriteLine(Instrumentation.Describe(target));
        return 0;
    default:
        Console.Error.WriteLine($"usage: DispatchParser.Fuzz fuzz|replay|seeds|assemblies TARGET …   (TARGET: {targets})");
        return 2;
}

static int Replay(IFuzzTarget target, string[] arguments)
{
    bool raw = arguments.Contains("--raw");
    var files = new List<string>();
    foreach (string path in arguments.Where(a => a != "--raw"))
    {
        if (Directory.Exists(path))
            files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        else if (File.Exists(path))
            files.Add(path);
        else
        {
            Console.Error.WriteLine($"not found: {path}");
            return 2;
        }
    }
    if (Environment.GetEnvironmentVariable("DISPATCH_FUZZ_GRAMMAR_LIMIT") is null) DifferentialTarget.SizeLimit = int.MaxValue;
    int failures = 0;
    var stopwatch = System.Diagnostics.Stopwatch.StartNew();
    foreach (string file in files)
    {
        byte[] data = File.ReadAllBytes(file);
        if (FuzzReplay.Failure(target, data, raw) is { } failure)
        {
            failures++;
            Console.WriteLine($"FAIL {file}");
            Console.WriteLine($"  {target.Describe(data, raw)}");
            Console.WriteLine($"  {failure}");
        }
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} inputs replayed through {target.Name} in {stopwatch.Elapsed.TotalSeconds:0.00} s, {failures} failed"));
    return failures == 0 ? 0 : 1;
}

static int Throughput(IFuzzTarget target, double seconds, string[] paths)
{
    bool stages = paths.Contains("--stages");
    paths = [.. paths.Where(p => p != "--stages")];
    // Not AFL's hidden folders: a queue's .state/ holds empty marker files, which made a queue look twice as fast.
    byte[][] inputs = [.. paths.SelectMany<string, string>(p => Directory.Exists(p)
        ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => !Path.GetRelativePath(p, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))).Order(StringComparer.Ordinal)
        : [p]).Select(File.ReadAllBytes)];
    if (inputs.Length == 0)
    {
        Console.Error.WriteLine("no inputs");
        return 2;
    }
    // An instrumented copy (run.sh's publish folder) counts branches into SharpFuzz's trace map: outside afl-fuzz,
    // Fuzzer.Run gives it a private map and runs the action once, so the figures include the instrumentation's cost.
    Fuzzer.Run((Stream _) => TimeExecutions(target, seconds, inputs, stages));
    return 0;
}

static void TimeExecutions(IFuzzTarget target, double seconds, byte[][] inputs, bool stages)
{
    foreach (byte[] input in inputs) Warm(target, input); // warm up (JIT)
    if (stages) CoreTarget.Clock = new StageClock();
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    TimeSpan cpuStart = process.TotalProcessorTime;
    long bytesStart = GC.GetAllocatedBytesForCurrentThread();
    int collectionsStart = GC.CollectionCount(0);
    var wall = System.Diagnostics.Stopwatch.StartNew();
    long executions = 0, failures = 0;
    do // at least one pass: `throughput TARGET 0` runs each input once after the warm-up (for counting instructions)
    {
        foreach (byte[] input in inputs)
        {
            try
            {
                target.Fuzz(input); // what the fuzzer runs (core: the checks each input's header picks)
            }
#pragma warning disable CA1031 // Counted, not reported: replay reports failures.
            catch (Exception)
#pragma warning restore CA1031
            {
                failures++;
            }
            executions++;
        }
    }
    while (wall.Elapsed.TotalSeconds < seconds);
    double elapsed = wall.Elapsed.TotalSeconds;
    long allocated = GC.GetAllocatedBytesForCurrentThread() - bytesStart;
    int collections = GC.CollectionCount(0) - collectionsStart;
    process.Refresh();
    double cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{target.Name}: {executions} executions of {inputs.Length} inputs in {elapsed:0.0} s: {executions / elapsed:0} per second of wall-clock, {executions / cpu:0} per second of processor time ({1e6 * cpu / executions:0.0} µs each), {allocated / Math.Max(1, executions):#,0} B allocated per execution, {1000.0 * collections / Math.Max(1, executions):0.00} gen-0 collections per 1,000 executions ({failures} failed); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    if (CoreTarget.Clock is { } clock) Console.Write(clock.Report(executions));
}

static void Warm(IFuzzTarget target, byte[] input)
{
    try
    {
        target.Fuzz(input);
    }
#pragma warning disable CA1031 // The timed loop counts failures; the warm-up only compiles.
    catch (Exception)
#pragma warning restore CA1031
    {
    }
}

static int Seeds(IFuzzTarget target, string output, string[] arguments)
{
    int maxChars = 16_384;
    var folders = new List<string>();
    for (int i = 0; i < arguments.Length; i++)
    {
        if (arguments[i] == "--max-chars" && i + 1 < arguments.Length) maxChars = int.Parse(arguments[++i], CultureInfo.InvariantCulture);
        else folders.Add(arguments[i]);
    }
    Directory.CreateDirectory(output);
    int count = 0, skipped = 0;
    foreach (string folder in folders.Where(Directory.Exists))
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            if (text.Length > maxChars)
            {
                skipped++;
                continue;
            }
            int part = 0;
            foreach (byte[] seed in target.Seeds(text, count))
                File.WriteAllBytes(Path.Combine(output, $"{count:D5}-{part++}-{Path.GetFileNameWithoutExtension(file)}"), seed);
            count++;
        }
    }
    Console.WriteLine($"{count} seeds written to {output} ({skipped} files over {maxChars} characters left out)");
    return 0;
}
