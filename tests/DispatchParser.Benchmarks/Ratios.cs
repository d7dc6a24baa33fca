using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DispatchParser.Benchmarks;

/// <summary>
/// Reads the JSON reports of one run (<c>*-report-full.json</c>) and prints, as markdown, the ratios the performance
/// goals (README.md, "Performance") ask for. Means are BenchmarkDotNet's Mean; bytes are its "Allocated" per operation.
/// </summary>
public static class Ratios
{
    private sealed record Result(double MeanNs, long? BytesPerOperation);

    public static int Print(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No such folder: {folder}");
            return 1;
        }
        var results = new Dictionary<string, Result>();
        foreach (string file in Directory.EnumerateFiles(folder, "*-report-full.json"))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object) continue;
                long? bytes = benchmark.TryGetProperty("Memory", out JsonElement memory) && memory.ValueKind == JsonValueKind.Object
                    ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64()
                    : null;
                string key = Key(benchmark.GetProperty("Type").GetString()!, benchmark.GetProperty("Method").GetString()!,
                    benchmark.GetProperty("Parameters").GetString() ?? string.Empty);
                results[key] = new Result(statistics.GetProperty("Mean").GetDouble(), bytes);
            }
        }
        Console.Write(Render(results));
        return results.Count == 0 ? 1 : 0;
    }

    private static string Describe(EditPlace place) => place switch
    {
        EditPlace.Headline => "headline",
        EditPlace.Dateline => "dateline",
        EditPlace.FirstParagraph => "first paragraph",
        EditPlace.MiddleParagraph => "middle paragraph",
        EditPlace.TaggedLastParagraph => "tagged last paragraph",
        EditPlace.Notice => "notice",
        EditPlace.Brief => "brief",
        _ => "wrapped paragraph (Wrapped)",
    };

    private static string Key(string type, string method, string parameters) => $"{type}.{method}({parameters})";

    private static string Render(Dictionary<string, Result> results)
    {
        Result? Get(string type, string method, string parameters) => results.GetValueOrDefault(Key(type, method, parameters));
        var goals = new StringBuilder();
        goals.AppendLine("| goal | target | measured | met? |");
        goals.AppendLine("|---|---|---|---|");

        void Goal(string goal, string target, double? measured, string format, Func<double, bool> met)
        {
            string value = measured is { } m ? string.Format(CultureInfo.InvariantCulture, format, m) : "not measured";
            string verdict = measured is { } v ? (met(v) ? "yes" : "**no**") : "—";
            goals.AppendLine($"| {goal} | {target} | {value} | {verdict} |");
        }

        foreach (InputSize size in Enum.GetValues<InputSize>())
        {
            Result? hand = Get(nameof(ParseBenchmarks), nameof(ParseBenchmarks.HandParse), $"Size={size}");
            Result? antlr = Get(nameof(ParseBenchmarks), nameof(ParseBenchmarks.AntlrParse), $"Size={size}");
            if (hand is not null && antlr is not null)
                Goal($"HandParse vs AntlrParse, {size}", "≥ 1,000× faster", antlr.MeanNs / hand.MeanNs, "{0:N0}× faster", r => r >= 1000);
            Result? fast = Get(nameof(ParseBenchmarks), nameof(ParseBenchmarks.AntlrParseFastLexer), $"Size={size}");
            if (fast is not null && antlr is not null)
                Goal($"AntlrParseFastLexer vs AntlrParse, {size}", "≥ 100× faster", antlr.MeanNs / fast.MeanNs, "{0:N0}× faster", r => r >= 100);
            if (fast?.BytesPerOperation is { } fastBytes)
                Goal($"bytes allocated per input char, AntlrParseFastLexer, {size}", "≤ 100", fastBytes / (double)Inputs.Get(size).Length, "{0:N1}", r => r <= 100);
        }
        foreach (InputSize size in new[] { InputSize.Large, InputSize.Wrapped })
        {
            Result? hand = Get(nameof(ParseBenchmarks), nameof(ParseBenchmarks.HandParse), $"Size={size}");
            Result? scan = Get(nameof(ParseBenchmarks), nameof(ParseBenchmarks.RawLineScan), $"Size={size}");
            Goal($"HandParse vs RawLineScan, {size}", "≥ 25 % of its speed",
                hand is not null && scan is not null ? 100 * scan.MeanNs / hand.MeanNs : null, "{0:N1} %", r => r >= 25);
        }
        foreach (EditPlace place in Enum.GetValues<EditPlace>())
        {
            Result? full = Get(nameof(IncrementalBenchmarks), nameof(IncrementalBenchmarks.FullReparse), $"Place={place}");
            Result? incremental = Get(nameof(IncrementalBenchmarks), nameof(IncrementalBenchmarks.IncrementalReparse), $"Place={place}");
            Goal($"IncrementalReparse vs FullReparse, one-character edit in the {Describe(place)}", "≥ 100× faster",
                full is not null && incremental is not null ? full.MeanNs / incremental.MeanNs : null, "{0:N1}× faster", r => r >= 100);
        }
        {
            Result? stepFull = Get(nameof(IncrementalStepsBenchmarks), nameof(IncrementalStepsBenchmarks.FullReparse), string.Empty);
            Result? reparseOnly = Get(nameof(IncrementalStepsBenchmarks), nameof(IncrementalStepsBenchmarks.ReparseOnly), string.Empty);
            if (stepFull is not null && reparseOnly is not null)
                Goal("… of which the reparse alone (IncrementalStepsBenchmarks.ReparseOnly, without building the new text)", "≥ 100× faster",
                    stepFull.MeanNs / reparseOnly.MeanNs, "{0:N0}× faster", r => r >= 100);
        }
        foreach (InputSize size in Enum.GetValues<InputSize>())
        {
            Result? hand = Get(nameof(ParseBenchmarks), nameof(ParseBenchmarks.HandParse), $"Size={size}");
            Goal($"bytes allocated per input char, HandParse, {size}", "≤ 2",
                hand?.BytesPerOperation is { } bytes ? bytes / (double)Inputs.Get(size).Length : null, "{0:N2}", r => r <= 2);
        }
        {
            Result? dense = Get(nameof(DiagnosticDenseBenchmarks), nameof(DiagnosticDenseBenchmarks.Dense), string.Empty);
            Goal("bytes allocated per input char, parse and all diagnostics, diagnostic-dense input (DiagnosticDenseBenchmarks.Dense)", "≤ 2",
                dense?.BytesPerOperation is { } bytes ? bytes / (double)Inputs.Dense(DiagnosticDenseBenchmarks.Chars).Length : null, "{0:N2}", r => r <= 2);
        }
        {
            Result? one = Get(nameof(PipelineBenchmarks), nameof(PipelineBenchmarks.CheckFolder), "Cores=1");
            Result? two = Get(nameof(PipelineBenchmarks), nameof(PipelineBenchmarks.CheckFolder), "Cores=2");
            Goal("CheckFolder, 2 cores vs 1", "≥ 1.7× faster", one is not null && two is not null ? one.MeanNs / two.MeanNs : null,
                "{0:N3}×", r => r >= 1.7);
            Result? serverOne = Get(nameof(CheckFolderServerGcBenchmarks), nameof(CheckFolderServerGcBenchmarks.CheckFolder), "Cores=1");
            Result? serverTwo = Get(nameof(CheckFolderServerGcBenchmarks), nameof(CheckFolderServerGcBenchmarks.CheckFolder), "Cores=2");
            if (serverOne is not null && serverTwo is not null)
                Goal("… the same under the server GC (CheckFolderServerGcBenchmarks)", "≥ 1.7× faster", serverOne.MeanNs / serverTwo.MeanNs,
                    "{0:N3}×", r => r >= 1.7);
        }

        var speeds = new StringBuilder();
        speeds.AppendLine("| input | chars | RawLineScan | HandParse | AntlrParse | AntlrParseFastLexer | HandParse bytes/char | AntlrParse bytes/char | AntlrParseFastLexer bytes/char |");
        speeds.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (InputSize size in Enum.GetValues<InputSize>())
        {
            int chars = Inputs.Get(size).Length;
            string Speed(string method)
            {
                Result? result = Get(nameof(ParseBenchmarks), method, $"Size={size}");
                return result is null ? "—" : string.Format(CultureInfo.InvariantCulture, "{0:N1} M chars/s", chars / result.MeanNs * 1000);
            }
            string PerChar(string method)
            {
                Result? result = Get(nameof(ParseBenchmarks), method, $"Size={size}");
                return result?.BytesPerOperation is { } bytes ? string.Format(CultureInfo.InvariantCulture, "{0:N2}", bytes / (double)chars) : "—";
            }
            speeds.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | {chars:N0} | {Speed(nameof(ParseBenchmarks.RawLineScan))} | {Speed(nameof(ParseBenchmarks.HandParse))} | {Speed(nameof(ParseBenchmarks.AntlrParse))} | {Speed(nameof(ParseBenchmarks.AntlrParseFastLexer))} | {PerChar(nameof(ParseBenchmarks.HandParse))} | {PerChar(nameof(ParseBenchmarks.AntlrParse))} | {PerChar(nameof(ParseBenchmarks.AntlrParseFastLexer))} |"));
        }

        return $"{goals}\nThroughput and allocation per input character (from the same run):\n\n{speeds}";
    }
}
