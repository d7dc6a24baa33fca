using System.CommandLine;
using System.Text;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Output;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch format PATH…</c>: the normalizer (<see cref="SyntaxNormalizer"/>); with <c>--layout canonical</c> wrapped copy
/// is first put one paragraph per line (<see cref="SyntaxNormalizer.ToCanonicalLayout"/>). Prints the normalized
/// text of one file; <c>--check</c> lists the files that would change and exits 1 if any would;
/// <c>--write</c> rewrites them in place atomically through <see cref="FileRewriter"/> (links followed to
/// their file, owner and mode kept, read-only files only with <c>--force</c>), in the encoding they were
/// read in (UTF-16/32 and the code pages of <c>--encoding</c> included, byte-order mark kept). Line breaks
/// are the file's own (its first one) unless <c>--line-ending</c> says otherwise. Files that are not valid
/// UTF-8 are never rewritten (decoding replaced bytes). Each input is formatted on its own: whatever goes
/// wrong with one is reported in one line, and the others and the summary still follow.
/// </summary>
public sealed class FormatCommand : ICliCommand
{
    public int Order => 40;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch format tests/samples/ilkha-tr.txt",
        "dispatch format --check feeds/",
        "dispatch format --layout canonical crawl/wrapped.txt",
        "dispatch format --write --line-ending crlf feeds/",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Argument<string[]> paths = CommonOptions.Paths();
        var check = new Option<bool>("--check") { Description = "Print the files that would change and exit 1 if any would; change nothing." };
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the files that change, in place and atomically." };
        var lineEnding = new Option<string>("--line-ending")
        {
            Description = "Line breaks of the result: keep (the style of the file's first line break; LF when it has none), lf or crlf.",
            DefaultValueFactory = _ => "keep",
            HelpName = "keep|lf|crlf",
        };
        lineEnding.AcceptOnlyFromAmong("keep", "lf", "crlf");
        var layout = new Option<string>("--layout")
        {
            Description = "keep: leave the layout as it is; canonical: one paragraph per line (wrapped copy's lines joined with single spaces).",
            DefaultValueFactory = _ => "keep",
            HelpName = "keep|canonical",
        };
        layout.AcceptOnlyFromAmong("keep", "canonical");
        var force = new Option<bool>("--force") { Description = "With --write: rewrite read-only files too (their mode is kept)." };
        Option<int> jobs = CommonOptions.Jobs();
        Option<int> maxFileSize = CommonOptions.MaxFileSize();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line." };
        var inputOptions = new InputOptionSet();
        Option<string?> config = CommonOptions.Config();
        Option<string?> encoding = CommonOptions.Encoding();
        var command = new Command("format", "Normalize dispatches: one line-break style, one empty line after the headline, no trailing whitespace.")
        {
            paths, check, write, lineEnding, layout, force, jobs, maxFileSize, quiet, config, encoding,
        };
        inputOptions.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(check) && result.GetValue(write)) result.AddError("--check and --write cannot be used together.");
        });
        command.SetAction(result =>
        {
            // format uses a configuration's include and exclude globs and encoding; severities do not change a normal form.
            string? configPath = result.GetValue(config);
            if (configPath is not null && !File.Exists(configPath))
            {
                console.ReportProblem($"--config {configPath}: file not found");
                return ExitCodes.Usage;
            }
            var settings = new SettingsResolver(configPath, null, []) { Encoding = CommonOptions.EncodingFrom(result, encoding) };
            var run = new FormatRun(
                settings,
                console,
                result.GetValue(check) ? FormatMode.Check : result.GetValue(write) ? FormatMode.Write : FormatMode.Print,
                result.GetRequiredValue(lineEnding) switch { "crlf" => "\r\n", "lf" => "\n", _ => null },
                result.GetRequiredValue(layout) == "canonical",
                CommonOptions.Megabytes(result.GetValue(maxFileSize)),
                result.GetValue(force),
                result.GetValue(quiet));
            return run.Execute(result.GetRequiredValue(paths), inputOptions.Read(result), result.GetValue(jobs));
        });
        return command;
    }

    private enum FormatMode
    {
        Print,
        Check,
        Write,
    }

    /// <summary>What formatting one input came to.</summary>
    private sealed record FormatResult(InputSource Input, string? Formatted, bool Changed, string? Problem, string? Done)
    {
        public IReadOnlyList<string> Warnings { get; init; } = [];
    }

    private sealed class FormatRun(SettingsResolver settings, CliConsole console, FormatMode mode, string? lineBreak, bool canonicalLayout, long maxBytes, bool force, bool quiet)
    {
        public int Execute(string[] paths, InputOptions inputs, int jobs)
        {
            int exitCode = ExitCodes.Success;
            long changed = 0, files = 0;
            bool printedOne = false;
            OrderedParallel.RunBatched(
                settings.Taken(InputExpander.Expand(paths, inputs)),
                input => Format(input),
                result =>
                {
                    if (result.Warnings.Count > 0) console.Out.Flush();
                    foreach (string warning in result.Warnings) console.ReportProblem(result.Input.DisplayPath, warning);
                    if (result.Problem is not null)
                    {
                        console.Out.Flush();
                        console.ReportProblem(result.Input.DisplayPath, result.Problem!);
                        exitCode = ExitCodes.Usage;
                        return;
                    }
                    files++;
                    if (result.Changed) changed++;
                    switch (mode)
                    {
                        case FormatMode.Print:
                            if (printedOne)
                            {
                                console.Out.Flush();
                                console.ReportProblem(result.Input.DisplayPath, "not printed: format prints one file; use --check or --write for several");
                                exitCode = ExitCodes.Usage;
                                return;
                            }
                            printedOne = true;
                            console.Out.Write(result.Formatted);
                            break;
                        case FormatMode.Check:
                            if (result.Changed)
                            {
                                console.Out.WriteLine($"{Output.TextOutput.Escape(result.Input.DisplayPath)}: would be reformatted");
                                exitCode = Math.Max(exitCode, ExitCodes.Errors);
                            }
                            break;
                        default:
                            if (result.Done is not null) console.Out.WriteLine($"{Output.TextOutput.Escape(result.Input.DisplayPath)}: {result.Done}");
                            break;
                    }
                },
                jobs);

            if (quiet) return exitCode;
            if (mode == FormatMode.Check)
                console.Error.WriteLine($"{Output.CheckSummary.Plural(changed, "file")} of {files} would be reformatted.");
            else if (mode == FormatMode.Write)
                console.Error.WriteLine($"{Output.CheckSummary.Plural(changed, "file")} of {files} reformatted.");
            return exitCode;
        }

        private FormatResult Format(InputSource input)
        {
            try
            {
                (EffectiveSettings? effective, string? configProblem) = settings.For(input.FilePath);
                if (configProblem is not null) return new FormatResult(input, null, false, configProblem, null);
                DispatchText text = DispatchReader.Read(input, maxBytes, console.OpenInput, effective!.Encoding.Value);
                if (text.Problem is not null) return new FormatResult(input, null, false, text.Problem, null);
                DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text.Text!, ParseOptions.Lenient);
                string breaks = lineBreak ?? LineBreak.FirstIn(text.Text);
                string formatted = canonicalLayout ? SyntaxNormalizer.ToCanonicalLayout(tree, breaks) : SyntaxNormalizer.Normalize(tree, breaks);
                bool changed = !string.Equals(formatted, text.Text, StringComparison.Ordinal);
                if (mode != FormatMode.Write || !changed) return new FormatResult(input, formatted, changed, null, null);
                if (input.IsStandardInput)
                    return new FormatResult(input, null, changed, "standard input cannot be rewritten; leave out --write", null);
                if (!text.IsValidUtf8)
                {
                    return new FormatResult(input, null, changed,
                        $"not rewritten: invalid UTF-8 at byte offset {text.InvalidSequences[0].ByteOffset} would be lost", null);
                }
                if (text.Encoding.GetBytes(formatted) is not { } bytes)
                    return new FormatResult(input, null, changed, $"not rewritten: a character has no byte in {text.Encoding.Name}", null);
                RewriteOutcome outcome = FileRewriter.Rewrite(input.FilePath!, bytes, force);
                return new FormatResult(input, null, changed, outcome.Problem, outcome.Written ? "formatted" : null) { Warnings = outcome.Warnings };
            }
#pragma warning disable CA1031 // One file's failure must not stop the others; it is reported in one line.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                string problem = exception is IOException or UnauthorizedAccessException
                    ? "cannot write: " + exception.Message
                    : $"internal error: {exception.GetType().Name}: {Program.OneLine(exception.Message)}";
                return new FormatResult(input, null, false, problem, null);
            }
        }
    }
}
