using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Generation;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch generate</c>: labelled dispatches for testing pipelines — valid ones, or ones broken by named
/// operators, each with a manifest line naming its seed, operators and the codes a correct parser must report.
/// The generation itself is <see cref="DispatchGenerator"/>; this class only reads options and writes files.
/// </summary>
public sealed class GenerateCommand : ICliCommand
{
    public int Order => 60;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch generate --count 100 --seed 7 --lang ar --malformed --out broken/",
        "dispatch generate --count 1000 --valid --jsonl > valid.jsonl",
        "dispatch generate --operators drop-tag,bidi-control --lang tr --jsonl",
        "dispatch generate --list-operators",
        "dispatch generate --from feeds/ --operators bom-mid-line --out mutated/",
        "dispatch generate --afl-dictionary > dispatch.dict",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var count = new Option<int>("--count", "-n") { Description = "How many dispatches.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var seed = new Option<ulong>("--seed", "-s") { Description = "The run's seed: the same seed gives the same bytes on every machine.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var language = new Option<string>("--lang") { Description = "Language of the text: ar, tr, kmr, en, or mix (one per dispatch).", DefaultValueFactory = _ => "mix", HelpName = "ar|tr|kmr|en|mix" };
        language.AcceptOnlyFromAmong([.. DispatchGenerator.Languages]);
        var valid = new Option<bool>("--valid") { Description = "Valid dispatches only (a correct parser reports nothing)." };
        var malformed = new Option<bool>("--malformed") { Description = "Every dispatch broken or bent by operators (the default)." };
        var operators = new Option<string?>("--operators") { Description = "Comma-separated operators to draw from (see --list-operators); default all.", HelpName = "LIST" };
        var listOperators = new Option<bool>("--list-operators") { Description = "List the operators and the diagnostic codes each must produce." };
        var from = new Option<string?>("--from") { Description = "Mutate the *.txt files of this folder instead of generating (encoding operators).", HelpName = "DIR" };
        var output = new Option<string?>("--out", "-o") { Description = "Write one file per dispatch and manifest.jsonl into this folder.", HelpName = "DIR" };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write one JSON line per dispatch (manifest fields and the text) to standard output (the default without --out)." };
        var dictionary = new Option<bool>("--afl-dictionary") { Description = "Write an AFL++/libFuzzer dictionary of the grammar's literals and the registry's words to standard output." };
        Option<string> profile = CommonOptions.Profile();
        var command = new Command("generate", "Generate labelled valid or malformed dispatches (and a manifest of the codes each must produce).")
        {
            count, seed, language, valid, malformed, operators, listOperators, from, output, jsonl, dictionary, profile,
        };
        command.SetAction(result =>
        {
            var run = new GenerateRun(console, CommonOptions.ParseOptionsFor(result.GetRequiredValue(profile)), result.GetRequiredValue(profile));
            if (result.GetValue(listOperators)) return run.ListOperators();
            if (result.GetValue(dictionary)) return run.Dictionary();
            if (result.GetValue(valid) && result.GetValue(malformed))
                return run.Problem("--valid and --malformed exclude each other.");
            if (result.GetValue(count) < 0) return run.Problem("--count must be 0 or more.");
            if (run.Operators(result.GetValue(operators)) is not { } chosen) return ExitCodes.Usage;
            if (result.GetValue(valid) && chosen.Count > 0) return run.Problem("--valid takes no --operators.");
            string? folder = result.GetValue(output);
            if (result.GetValue(from) is { } source) return run.FromFolder(source, chosen, result.GetValue(seed), folder);
            var options = new GenerationOptions
            {
                Count = result.GetValue(count),
                Seed = result.GetValue(seed),
                Language = result.GetRequiredValue(language),
                Valid = result.GetValue(valid),
                Operators = chosen,
                Profile = run.ParseOptions,
            };
            return run.Write(DispatchGenerator.Generate(options), folder);
        });
        return command;
    }

    private sealed class GenerateRun(CliConsole console, ParseOptions parseOptions, string profileName)
    {
        public ParseOptions ParseOptions => parseOptions;

        public int Problem(string message)
        {
            console.ReportProblem(message);
            return ExitCodes.Usage;
        }

        public List<GenerationOperator>? Operators(string? list)
        {
            if (string.IsNullOrWhiteSpace(list)) return [];
            var chosen = new List<GenerationOperator>();
            foreach (string name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Generation.Operators.Find(name) is not { } found)
                {
                    Problem($"Unknown operator '{Output.TextOutput.Escape(name)}' (dispatch generate --list-operators lists them).");
                    return null;
                }
                chosen.Add(found);
            }
            return chosen;
        }

        public int ListOperators()
        {
            console.Out.WriteLine($"Operators (codes a correct parser must report under the {profileName} profile; encoding operators combine with the others):");
            foreach (GenerationOperator op in Generation.Operators.All)
            {
                string codes = string.Join(", ", op.Produces.Select(d => $"{d.Code} {parseOptions.SeverityOf(d).ToString().ToLowerInvariant()}"));
                console.Out.WriteLine($"  {op.Name,-22} {(codes.Length > 0 ? codes : "none (bends a rule, still valid)"),-34} {(op.IsEncoding ? "[encoding] " : "")}{op.Description}");
            }
            return ExitCodes.Success;
        }

        public int Dictionary()
        {
            console.Out.Write(AflDictionary.Write());
            return ExitCodes.Success;
        }

        /// <summary>Writes the dispatches: files and manifest.jsonl into <paramref name="folder"/>, or JSON Lines to standard output.</summary>
        public int Write(IEnumerable<GeneratedDispatch> dispatches, string? folder)
        {
            if (folder is null)
            {
                console.Out.Flush();
                using var writer = new Utf8JsonWriter(console.OutputStream, Export.DispatchJsonExporter.WriterOptions());
                foreach (GeneratedDispatch dispatch in dispatches)
                {
                    Manifest.Write(writer, dispatch, profileName, file: null, withText: true);
                    writer.Flush();
                    console.OutputStream.WriteByte((byte)'\n');
                    writer.Reset();
                }
                return ExitCodes.Success;
            }
            try
            {
                Directory.CreateDirectory(folder);
                int written = 0;
                using var manifest = new FileStream(Path.Combine(folder, "manifest.jsonl"), FileMode.Create);
                using var writer = new Utf8JsonWriter(manifest, Export.DispatchJsonExporter.WriterOptions());
                foreach (GeneratedDispatch dispatch in dispatches)
                {
                    string file = dispatch.Name + ".txt";
                    File.WriteAllBytes(Path.Combine(folder, file), new UTF8Encoding(false).GetBytes(dispatch.Text));
                    Manifest.Write(writer, dispatch, profileName, file, withText: false);
                    writer.Flush();
                    manifest.WriteByte((byte)'\n');
                    writer.Reset();
                    written++;
                }
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {written} dispatches and manifest.jsonl to {Output.TextOutput.Escape(folder)}."));
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Problem($"{Output.TextOutput.Escape(folder)}: {exception.Message}");
            }
        }

        /// <summary>
        /// Mutates real files: each *.txt of <paramref name="source"/> (in name order) gets one encoding operator;
        /// its expected codes are what the parser reports on the original plus what the operator must add.
        /// </summary>
        public int FromFolder(string source, List<GenerationOperator> chosen, ulong seed, string? folder)
        {
            if (!Directory.Exists(source)) return Problem($"{Output.TextOutput.Escape(source)}: folder not found");
            GenerationOperator[] pool = [.. (chosen.Count > 0 ? chosen : Generation.Operators.All).Where(o => o.IsEncoding)];
            if (pool.Length == 0) return Problem("--from applies encoding operators only: " + string.Join(", ", Generation.Operators.All.Where(o => o.IsEncoding).Select(o => o.Name)));
            string[] files = [.. Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
            return Write(files.Select((file, index) => Mutate(file, index, pool, seed)), folder);
        }

        private GeneratedDispatch Mutate(string file, int index, GenerationOperator[] pool, ulong runSeed)
        {
            ulong seed = SplitMix64.DocumentSeed(runSeed, index);
            var random = new SplitMix64(seed);
            string text = File.ReadAllText(file);
            string[] lines = text.Split('\n');
            var draft = new DispatchDraft(lines.Select((line, i) => new DraftLine(line.Trim().Length > 0 ? DraftLineKind.Paragraph : DraftLineKind.Blank, line, i < lines.Length - 1 ? "\n" : "")), null, "");
            GenerationOperator op = random.Pick(pool);
            // A CR LF file already mixes nothing; changing one LF would add a CR before CR LF: leave such files to the other operators.
            if (op.Name == "mixed-line-breaks" && text.Contains('\r', StringComparison.Ordinal)) op = pool.FirstOrDefault(o => o.Name != op.Name) ?? op;
            if (draft.Lines.Any(l => l.Kind == DraftLineKind.Paragraph)) op.Apply(draft, random);
            DispatchSyntaxTree original = DispatchSyntaxTree.ParseText(text, parseOptions);
            string[] codes = [.. DispatchAnalyzer.GetAllDiagnostics(original).Select(d => d.Code).Concat(op.ExpectedCodes(parseOptions)).Distinct().Order(StringComparer.Ordinal)];
            return new GeneratedDispatch(index, seed, "source:" + Path.GetFileName(file), draft.Text, [op.Name], codes);
        }
    }
}
