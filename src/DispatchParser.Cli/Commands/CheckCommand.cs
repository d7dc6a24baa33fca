using System.CommandLine;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Input.Containers;
using DispatchParser.Cli.Output;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch check PATH…</c>: checks dispatches in parallel and reports their diagnostics in input
/// order as text, JSON or SARIF. Exit code 0 when no dispatch has an error, 1 when one has, 2 when an
/// input could not be checked or the command line is wrong.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    public int Order => 10;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch check tests/samples/broken.txt",
        "dispatch check feeds/ --profile strict --warnaserror",
        "dispatch check 'feeds/**/*.txt' --format sarif > dispatch.sarif",
        "cat story.txt | dispatch check -",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Argument<string[]> paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (path(line,col): error DSP0003: message), json, or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        Option<string> profile = CommonOptions.Profile();
        var warningsAsErrors = new Option<bool>("--warnaserror")
        {
            Description = "Report warnings as errors (and fail on them).",
        };
        Option<int> jobs = CommonOptions.Jobs();
        Option<int> maxFileSize = CommonOptions.MaxFileSize();
        Option<string> color = CommonOptions.Color();
        var noProgress = new Option<bool>("--no-progress")
        {
            Description = "Never show the progress bar (it only shows on a terminal, for runs longer than a second).",
        };

        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print the diagnostics and problems only: no summary line, no progress bar." };
        var statistics = new Option<bool>("--statistics")
        {
            Description = "After the diagnostics, count them per code (on standard output for text, standard error otherwise).",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply the fixes the language server offers as quick fixes (DSP0002, DSP0003, DSP0202), rewriting files atomically; report what remains.",
        };
        var force = new Option<bool>("--force") { Description = "With --fix: rewrite read-only files too (their mode is kept)." };
        var inputOptions = new InputOptionSet();
        Option<string?> config = CommonOptions.Config();
        Option<string[]> severity = CommonOptions.Severity();
        Option<string?> encoding = CommonOptions.Encoding();
        Option<string> input = CommonOptions.InputFormat();
        var command = new Command("check", "Check dispatches and report their diagnostics.")
        {
            paths, format, profile, warningsAsErrors, jobs, maxFileSize, color, noProgress, quiet, statistics, fix, force, config, severity, encoding, input,
        };
        command.Validators.Add(result =>
        {
            // The token, not GetValue: an --input value outside its list has its own error, and GetValue would throw on it
            // here (found by the cli fuzz target: check --input 0 --fix).
            string? container = result.GetResult(input)?.Tokens is [{ Value: var value }] ? value : null;
            if (result.GetValue(fix) && container is "reuters-sgml" or "jsonl") result.AddError("--fix rewrites dispatch files: it cannot be used with --input " + container + ".");
        });
        inputOptions.AddTo(command);
        command.SetAction(result =>
        {
            if (CommonOptions.SettingsFor(result, console, profile, config, severity, encoding) is not { } settings) return ExitCodes.Usage;
            var run = new CheckRun(
                console,
                result.GetRequiredValue(paths),
                inputOptions.Read(result),
                result.GetRequiredValue(format),
                settings,
                result.GetValue(warningsAsErrors),
                result.GetValue(jobs),
                CommonOptions.Megabytes(result.GetValue(maxFileSize)),
                CommonOptions.ColorModeFor(result.GetValue(color)),
                !result.GetValue(noProgress) && !result.GetValue(quiet),
                result.GetValue(quiet),
                result.GetValue(statistics),
                new FixOptions(result.GetValue(fix), result.GetValue(force)),
                ContainerReader.Parse(result.GetValue(input)));
            return run.Execute();
        });
        return command;
    }

    /// <summary>One run of <c>check</c>.</summary>
    private sealed class CheckRun(
        CliConsole console, string[] paths, InputOptions inputs, string format, SettingsResolver settings,
        bool warningsAsErrors, int jobs, long maxBytes, ColorMode color, bool progress, bool quiet, bool statistics, FixOptions fix, InputFormat inputFormat)
    {
        public int Execute()
        {
            using ICheckReporter reporter = format switch
            {
                "json" => new JsonCheckReporter(console),
                "sarif" => new SarifCheckReporter(console),
                _ => new TextCheckReporter(console, Ansi.For(color, console.OutputIsTerminal)),
            };
            var checker = new FileChecker(settings, warningsAsErrors, maxBytes, console.OpenInput, fix);
            var summary = new CheckSummary { Quiet = quiet };

            bool showProgress = progress && console.ErrorIsTerminal && !Ansi.IsDumbTerminal(Environment.GetEnvironmentVariable);
            long total = -1;
            using var counting = new CancellationTokenSource();
            if (showProgress)
            {
                // Counting the inputs is cheap next to reading them; it gives the bar its end.
                _ = Task.Run(() =>
                {
                    long count = 0;
                    foreach (InputSource _ in settings.Taken(InputExpander.Expand(paths, inputs)))
                    {
                        if (counting.IsCancellationRequested) return;
                        count++;
                    }
                    Interlocked.Exchange(ref total, count);
                }, counting.Token);
            }
            var bar = new ProgressBar(console.Error, showProgress, () => Interlocked.Read(ref total) is >= 0 and var known ? known : null);
            bool sharedTerminal = console.OutputIsTerminal && reporter.WritesToOutput;

            long done = 0;
            OrderedParallel.RunBatched(
                settings.Taken(InputExpander.Expand(paths, inputs)),
                input => checker.CheckAll(input, inputFormat),
                reports =>
                {
                    foreach (FileReport report in reports) Show(report);
                },
                jobs);

            void Show(FileReport report)
            {
                if (sharedTerminal || report.Problem is not null) bar.Clear();
                summary.Add(report);
                if (report.Notes.Count > 0)
                {
                    bar.Clear();
                    console.Out.Flush();
                    foreach (string note in report.Notes) console.ReportProblem(report.Input.DisplayPath, note);
                }
                reporter.Report(report);
                if (sharedTerminal) console.Out.Flush();
                bar.Update(++done);
            }
            counting.Cancel();
            bar.Clear();
            if (statistics)
            {
                TextWriter target = format == "text" ? console.Out : console.Error;
                if (format != "text") console.Out.Flush();
                target.WriteLine("Diagnostics per code:");
                foreach (string line in summary.StatisticsLines()) target.WriteLine(line);
            }
            reporter.Complete(summary);
            return summary.ExitCode;
        }
    }
}
