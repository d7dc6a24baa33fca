using System.Diagnostics;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Benchmarks;

/// <summary>
/// <c>--profile</c>: a Stopwatch breakdown of the steps inside the benchmarks (results/ANALYSIS.md quotes it).
/// Each step runs many times after a warm-up; the figures are means per operation, and allocations come from
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>. Coarse, but every step is measured in the same process,
/// one after the other, so their proportions hold even on a noisy machine.
/// <c>--profile-loop NAME SECONDS</c> runs one step in a loop (a driver for valgrind --tool=callgrind or perf);
/// <c>--check-folder-scaling ROUNDS</c> times CheckFolder on 1 and 2 cores alternately.
/// </summary>
public static class Profile
{
    private static readonly Dictionary<string, Func<Func<object>>> s_steps = new()
    {
        ["RawLineScan"] = () => { var b = Parse(InputSize.Large); return () => b.RawLineScan(); },
        ["HandParse"] = () => { var b = Parse(InputSize.Large); return () => b.HandParse(); },
        ["HandParseSmall"] = () => { var b = Parse(InputSize.Small); return () => b.HandParse(); },
        ["HandParseHuge"] = () => { var b = Parse(InputSize.Huge); return () => b.HandParse(); },
        ["RawLineScanHuge"] = () => { var b = Parse(InputSize.Huge); return () => b.RawLineScan(); },
        ["HandParseWrapped"] = () => { var b = Parse(InputSize.Wrapped); return () => b.HandParse(); },
        ["RawLineScanWrapped"] = () => { var b = Parse(InputSize.Wrapped); return () => b.RawLineScan(); },
        ["LayoutRule.LogicalEnd of every logical line (the layout decision alone), Wrapped"] = () => LogicalLines(Inputs.Get(InputSize.Wrapped)),
        ["LayoutRule.LogicalEnd of every logical line (the layout decision alone), Large"] = () => LogicalLines(Inputs.Get(InputSize.Large)),
        ["WithChanges"] = () => { var b = new IncrementalBenchmarks(); b.Setup(); return () => b.IncrementalReparse(); },
        ["Classify coarse, a paragraph"] = () => () => LineClassifier.Default.Classify(Inputs.Paragraphs[0], fine: false),
        ["Classify fine, a paragraph"] = () => () => LineClassifier.Default.Classify(Inputs.Paragraphs[0], fine: true),
        ["Classify fine, the tagged last paragraph"] = () => () => LineClassifier.Default.Classify(Inputs.LastParagraph, fine: true),
        ["Classify fine, the dateline paragraph"] = () => () => LineClassifier.Default.Classify(Inputs.Dateline + Inputs.Paragraphs[0], fine: true),
        ["WithChanges Headline"] = () => Incremental(EditPlace.Headline),
        ["WithChanges Dateline"] = () => Incremental(EditPlace.Dateline),
        ["WithChanges FirstParagraph"] = () => Incremental(EditPlace.FirstParagraph),
        ["WithChanges TaggedLastParagraph"] = () => Incremental(EditPlace.TaggedLastParagraph),
        ["WithChanges Notice"] = () => Incremental(EditPlace.Notice),
        ["WithChanges Brief"] = () => Incremental(EditPlace.Brief),
        ["WithChanges WrappedParagraph"] = () => Incremental(EditPlace.WrappedParagraph),
        ["FullReparse Large"] = () => FullReparse(EditPlace.MiddleParagraph),
        ["FullReparse Dateline"] = () => FullReparse(EditPlace.Dateline),
        ["FullReparse Wrapped"] = () => FullReparse(EditPlace.WrappedParagraph),
        ["IncrementalParser.Reparse"] = () =>
        {
            Edit edit = Edit.Create();
            return () => IncrementalParser.Reparse(edit.Tree.WithOptions(edit.Tree.Options), edit.NewText, edit.Range, edit.Change);
        },
        ["Root.FindToken (new tree each time)"] = () =>
        {
            Edit edit = Edit.Create();
            return () => edit.Tree.WithOptions(edit.Tree.Options).Root.FindToken(edit.Change.Span.Start);
        },
        ["WithChanges then read the new text"] = () =>
        {
            Edit edit = Edit.Create();
            return () => edit.Tree.WithChanges(edit.Change).Text.Text;
        },
        ["CheckFolder, one file (read, parse, all diagnostics)"] = () =>
        {
            string file = Path.Combine(Path.GetTempPath(), "dispatch-profile.txt");
            File.WriteAllText(file, Inputs.SmallVariant(3));
            return () => Analysis.DispatchAnalyzer.GetAllDiagnostics(DispatchSyntaxTree.ParseText(File.ReadAllText(file)));
        },
        ["File.ReadAllText (small)"] = () =>
        {
            string file = Path.Combine(Path.GetTempPath(), "dispatch-profile.txt");
            File.WriteAllText(file, Inputs.SmallVariant(3));
            return () => File.ReadAllText(file);
        },
        ["ParseText (small variant)"] = () =>
        {
            string text = Inputs.SmallVariant(3);
            return () => DispatchSyntaxTree.ParseText(text);
        },
        ["DispatchAnalyzer.GetAllDiagnostics (small variant, parsed)"] = () =>
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(Inputs.SmallVariant(3));
            return () => Analysis.DispatchAnalyzer.GetAllDiagnostics(tree);
        },
    };

    private sealed record Edit(DispatchSyntaxTree Tree, TextChange Change, SourceText NewText, TextChangeRange Range)
    {
        public static Edit Create()
        {
            DispatchSyntaxTree.VerifyIncrementalParses = false;
            string text = Inputs.Get(InputSize.Large);
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
            TextChange change = IncrementalBenchmarks.Edit(text);
            return new Edit(tree, change, tree.Text.WithChanges(change), new TextChangeRange(change.Span, change.NewText.Length));
        }
    }

    private static Func<object> Incremental(EditPlace place)
    {
        var benchmarks = new IncrementalBenchmarks { Place = place };
        benchmarks.Setup();
        return () => benchmarks.IncrementalReparse();
    }

    /// <summary>The baseline of <see cref="Incremental"/>: a full parse of the text an edit at <paramref name="place"/> is made in.</summary>
    private static Func<object> FullReparse(EditPlace place)
    {
        var benchmarks = new IncrementalBenchmarks { Place = place };
        benchmarks.Setup();
        return () => benchmarks.FullReparse();
    }

    /// <summary>Walks the text logical line by logical line as the parser does, without parsing them: the layout rule's share of a parse.</summary>
    private static Func<object> LogicalLines(string text) => () =>
    {
        var rule = new LayoutRule(text, LineClassifier.Default);
        int count = 0;
        for (int start = 0; start < text.Length; count++)
        {
            int index = text.AsSpan(start).IndexOfAny('\r', '\n');
            int end = index < 0 ? text.Length : start + index;
            int breakEnd = end + LineBreak.LengthAt(text, end);
            if (breakEnd > end && end > start) (end, breakEnd) = rule.LogicalEnd(start, end, breakEnd);
            if (breakEnd <= start) break;
            start = breakEnd;
        }
        return count;
    };

    private static ParseBenchmarks Parse(InputSize size)
    {
        var benchmarks = new ParseBenchmarks { Size = size };
        benchmarks.Setup();
        return benchmarks;
    }

    /// <param name="only">When given, only the steps whose name contains it.</param>
    public static int Print(string? only = null)
    {
        Console.WriteLine("| step | mean per op | CPU time per op (steadier on a busy machine) | allocated per op |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach ((string name, Func<Func<object>> create) in s_steps)
        {
            if (only is not null && !name.Contains(only, StringComparison.Ordinal)) continue;
            Func<object> step = create();
            for (int i = 0; i < 20; i++) step();
            int count = 1;
            double seconds, cpuSeconds;
            while (true)
            {
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                for (int i = 0; i < count; i++) step();
                seconds = watch.Elapsed.TotalSeconds;
                cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                if (seconds > 0.5) break;
                count *= 2;
            }
            long before = GC.GetAllocatedBytesForCurrentThread();
            step();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine($"| {name} | {seconds / count * 1e6:N2} µs | {cpuSeconds / count * 1e6:N2} µs | {bytes:N0} B |");
        }
        return 0;
    }

    /// <summary>
    /// CheckFolder on 1 and on 2 cores, alternately, <paramref name="rounds"/> times each: the minimum and the median
    /// per core count. Noise from other processes only adds time, so the minima estimate what the machine can do
    /// when the other core is free.
    /// </summary>
    public static int CheckFolderScaling(int rounds)
    {
        var benchmarks = new Dictionary<int, PipelineBenchmarks>();
        foreach (int cores in new[] { 1, 2 })
        {
            var b = new PipelineBenchmarks { Cores = cores };
            b.SetupFolder();
            b.CheckFolder();
            benchmarks[cores] = b;
        }
        var samples = new Dictionary<int, List<(double Wall, double Cpu, double Sys, double Pause, int Gen0)>> { [1] = [], [2] = [] };
        using var process = Process.GetCurrentProcess();
        try
        {
            for (int round = 0; round < rounds; round++)
            {
                foreach (int cores in new[] { 1, 2 })
                {
                    process.Refresh();
                    TimeSpan cpu = process.TotalProcessorTime, sys = process.PrivilegedProcessorTime;
                    TimeSpan pause = GC.GetTotalPauseDuration();
                    int gen0 = GC.CollectionCount(0);
                    var watch = Stopwatch.StartNew();
                    benchmarks[cores].CheckFolder();
                    double wall = watch.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    samples[cores].Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, (process.PrivilegedProcessorTime - sys).TotalMilliseconds,
                        (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, GC.CollectionCount(0) - gen0));
                }
            }
        }
        finally
        {
            foreach (PipelineBenchmarks b in benchmarks.Values) b.CleanupFolder();
        }
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
        Console.WriteLine($"CheckFolder over {PipelineBenchmarks.FileCount:N0} files, {rounds} rounds alternating 1 and 2 cores (GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}):");
        Console.WriteLine("| cores | wall min | wall median | CPU time (median) | of which kernel (median) | GC pause (median) | gen0 GCs (median) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int cores in new[] { 1, 2 })
        {
            var list = samples[cores];
            Console.WriteLine($"| {cores} | {list.Min(s => s.Wall):N1} ms | {Median(list.Select(s => s.Wall)):N1} ms | {Median(list.Select(s => s.Cpu)):N1} ms | {Median(list.Select(s => s.Sys)):N1} ms | {Median(list.Select(s => s.Pause)):N1} ms | {Median(list.Select(s => (double)s.Gen0)):N0} |");
        }
        Console.WriteLine($"speed-up: {samples[1].Min(s => s.Wall) / samples[2].Min(s => s.Wall):N2}× (minima), {Median(samples[1].Select(s => s.Wall)) / Median(samples[2].Select(s => s.Wall)):N2}× (medians)");
        return 0;
    }

    /// <summary>
    /// <c>--dense-scaling MILLIONS…</c>: parse and all diagnostics (strict) of M million lines of <c>(AA)</c> (the hostile-input
    /// issue's input: since the reprint rule a tag closes the story, so the lines after the first are briefs — no longer
    /// diagnostic-dense, kept as the issue's figure) and of <see cref="Inputs.Dense"/> at the same size (every paragraph
    /// departs: still a diagnostic or more per line) — one run per size in this process (after the dense and the canonical
    /// inputs of the benchmarks): seconds, bytes allocated per input char, GC pause time. Linear storage shows as a constant
    /// bytes/char and a time that doubles with the size.
    /// </summary>
    public static int DenseScaling(IEnumerable<int> millions)
    {
        Console.WriteLine("| input | chars | parse + all diagnostics | bytes allocated / char | GC pause | diagnostics reported |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Measure("Inputs.Dense (every paragraph departs)", Inputs.Dense(DiagnosticDenseBenchmarks.Chars), repeat: 20);
        Measure("Inputs.Get(Large) (canonical)", Inputs.Get(InputSize.Large), repeat: 20);
        foreach (int m in millions)
        {
            Measure($"{m} M lines of `(AA)`", string.Concat(Enumerable.Repeat("(AA)\n", m * 1_000_000)), repeat: 1);
            Measure($"Inputs.Dense, {m * 5} M chars", Inputs.Dense(m * 5_000_000), repeat: 1);
        }
        return 0;
    }

    private static void Measure(string name, string text, int repeat)
    {
        Analysis.DispatchAnalyzer.GetAllDiagnostics(DispatchSyntaxTree.ParseText(text, Diagnostics.ParseOptions.Strict)); // warm-up
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan pause = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            int count = 0;
            for (int i = 0; i < repeat; i++)
                count = Analysis.DispatchAnalyzer.GetAllDiagnostics(DispatchSyntaxTree.ParseText(text, Diagnostics.ParseOptions.Strict)).Count;
            double seconds = watch.Elapsed.TotalSeconds / repeat;
            double perChar = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)text.Length / repeat;
            double pauseSeconds = (GC.GetTotalPauseDuration() - pause).TotalSeconds / repeat;
            Console.WriteLine($"| {name} | {text.Length:N0} | {seconds:N3} s | {perChar:N2} | {pauseSeconds:N3} s | {count:N0} |");
        }
    }

    public static int Loop(string name, double seconds)
    {
        if (!s_steps.TryGetValue(name, out Func<Func<object>>? create))
        {
            Console.Error.WriteLine($"Unknown step {name}; steps: {string.Join(", ", s_steps.Keys)}");
            return 1;
        }
        Func<object> step = create();
        var watch = Stopwatch.StartNew();
        long count = 0;
        do
        {
            step();
            count++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);
        Console.WriteLine($"{name}: {count:N0} operations");
        return 0;
    }

    /// <summary>
    /// Runs one step exactly <paramref name="count"/> times after its setup (0: the setup alone). Run under
    /// <c>valgrind --tool=callgrind</c> twice with different counts (count-instructions.sh), the difference divided by
    /// the difference of the counts is the step's instructions per operation: the same whatever else the machine does.
    /// </summary>
    public static int Count(string name, int count)
    {
        if (!s_steps.TryGetValue(name, out Func<Func<object>>? create))
        {
            Console.Error.WriteLine($"Unknown step {name}; steps: {string.Join(", ", s_steps.Keys)}");
            return 1;
        }
        Func<object> step = create();
        // The collections during the operations: a gen0 collection that falls among the 2N operations and not among the N
        // (or the other way round) adds its cost to count-instructions.sh's difference (a middle-paragraph edit read 27,035
        // in one build and 17,936 in another): the figures say whether one did.
        int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < count; i++) step();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{name}: {count:N0} operations, {allocated / count:N0} bytes allocated per operation, collections during them gen0/1/2: "
            + $"{GC.CollectionCount(0) - before[0]}/{GC.CollectionCount(1) - before[1]}/{GC.CollectionCount(2) - before[2]}");
        return 0;
    }
}
