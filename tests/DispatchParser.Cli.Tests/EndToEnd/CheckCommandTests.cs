using System.Text.Json;
using System.Text.RegularExpressions;
using DispatchParser.Cli.Tests.Schemas;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// <c>dispatch check</c>: output forms, options, exit codes, order, inputs. In process (<see cref="InProcess"/>) where the
/// inputs are absolute paths or standard input; as a process where they are relative to a working folder, and for
/// the exit code, standard input and colours a user meets.
/// </summary>
public sealed partial class CheckCommandTests
{
    private const string Canonical = SampleTexts.Canonical;
    private const string NoNotice = "Başlık\n\nBirinci paragraf. (AA)\n";
    private const string NoAgency = "Başlık\n\nParagraf.\nYASAL UYARI: x\n";

    [GeneratedRegex(@"^(.+)\((\d+),(\d+)\): (error|warning|info) (DSP\d{4}): (.+)$")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Broken_sample_reports_diagnostics_in_the_editor_form_and_exits_1()
    {
        ProcessResult result = DispatchProcess.Run("check", "tests/samples/broken.txt");
        Assert.Equal(1, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Contains("tests/samples/broken.txt(4,52): error DSP0003: The body names no agency", result.Stdout, StringComparison.Ordinal);
        Assert.All(lines[..^1], line => Assert.Matches(DiagnosticLine(), line));
        Assert.Equal("Checked 1 file: 1 error, 2 warnings, 0 infos (1 file with errors).", lines[^1]);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Canonical_dispatch_exits_0_with_only_the_summary()
    {
        ProcessResult result = DispatchProcess.Run("check", "tests/samples/ilkha-tr.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Checked 1 file: 0 errors, 0 warnings, 0 infos."], result.StdoutLines);
    }

    [Fact]
    public void Folder_is_searched_recursively_for_txt_files_in_sorted_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", NoAgency);
        folder.Write("a/z.txt", NoAgency);
        folder.Write("a/deeper/y.txt", NoAgency);
        folder.Write("a/notes.md", NoAgency);
        folder.Write("c.TXT.bak", NoAgency);
        ProcessResult result = InProcess.Run(["check", folder.Path], input: null);
        Assert.Equal(1, result.ExitCode);
        string[] files = [.. result.StdoutLines[..^1].Select(line => Path.GetRelativePath(folder.Path, DiagnosticLine().Match(line).Groups[1].Value))];
        Assert.Equal(["a/deeper/y.txt", "a/z.txt", "b.txt"], files.Distinct().ToArray());
        Assert.StartsWith("Checked 3 files:", result.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_output_is_in_input_order_whatever_the_number_of_jobs()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 300; i++)
        {
            // Sizes vary so that workers finish out of order.
            string body = string.Concat(Enumerable.Repeat("Paragraf metni.\n", (i * 37) % 200));
            folder.Write($"{i / 100}/{i:D3}.txt", $"Başlık {i}\n\n{body}Son paragraf.\n");
        }
        ProcessResult serial = InProcess.Run(["check", folder.Path, "--jobs", "1"], input: null);
        ProcessResult parallel = InProcess.Run(["check", folder.Path, "--jobs", "4"], input: null);
        ProcessResult again = InProcess.Run(["check", folder.Path], input: null);
        Assert.Equal(1, serial.ExitCode);
        Assert.Equal(serial.Stdout, parallel.Stdout);
        Assert.Equal(serial.Stdout, again.Stdout);
        string[] order = [.. serial.StdoutLines[..^1].Select(line => DiagnosticLine().Match(line).Groups[1].Value).Distinct()];
        Assert.Equal(300, order.Length);
        Assert.Equal(order.Order(StringComparer.Ordinal), order);
    }

    [Fact]
    public void Globs_expand_in_the_command_itself()
    {
        using var folder = new TempFolder();
        folder.Write("feeds/tr/one.txt", NoAgency);
        folder.Write("feeds/ar/two.txt", NoAgency);
        folder.Write("feeds/ar/skip.md", NoAgency);
        ProcessResult deep = DispatchProcess.Run(["check", "feeds/**/*.txt"], input: null, workingDirectory: folder.Path);
        Assert.Equal(1, deep.ExitCode);
        Assert.Contains("feeds/ar/two.txt(3,10): error DSP0003", deep.Stdout, StringComparison.Ordinal);
        Assert.Contains("feeds/tr/one.txt(3,10): error DSP0003", deep.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Checked 2 files:", deep.StdoutLines[^1], StringComparison.Ordinal);

        ProcessResult single = DispatchProcess.Run(["check", "tests/samples/*-tr.txt"], input: null);
        Assert.Equal(0, single.ExitCode);
        Assert.StartsWith("Checked 1 file:", single.StdoutLines[^1], StringComparison.Ordinal);

        ProcessResult none = DispatchProcess.Run(["check", "feeds/*/*.xml"], input: null, workingDirectory: folder.Path);
        Assert.Equal(2, none.ExitCode);
        Assert.Equal(["dispatch: feeds/*/*.xml: no file matches the pattern"], none.StderrLines);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        ProcessResult result = DispatchProcess.Run(["check", "-"], NoAgency);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>(3,10): error DSP0003:", result.StdoutLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strict", 1, "error")]
    [InlineData("standard", 0, "warning")]
    [InlineData("lenient", 0, "warning")]
    public void Profile_decides_the_severity_of_a_missing_notice(string profile, int exitCode, string severity)
    {
        ProcessResult result = InProcess.Run(["check", "-", "--profile", profile], NoNotice);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith($"<stdin>(3,23): {severity} DSP0004:", result.StdoutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Warnaserror_turns_warnings_into_errors_and_fails()
    {
        ProcessResult result = InProcess.Run(["check", "-", "--warnaserror"], NoNotice);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>(3,23): error DSP0004:", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 1 file: 1 error, 0 warnings, 0 infos (1 file with errors).", result.StdoutLines[^1]);
    }

    [Fact]
    public void Json_format_is_one_document_with_every_file_and_a_summary()
    {
        ProcessResult result = DispatchProcess.Run("check", "tests/samples", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement files = json.RootElement.GetProperty("files");
        Assert.Equal(["tests/samples/broken.txt", "tests/samples/ilkha-tr.txt"], files.EnumerateArray().Select(file => file.GetProperty("path").GetString()!).ToArray());
        JsonElement first = files[0].GetProperty("diagnostics")[1];
        Assert.Equal("DSP0003", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(4, first.GetProperty("line").GetInt32());
        Assert.Equal(52, first.GetProperty("column").GetInt32()); // at the end of the last paragraph
        Assert.Equal(0, files[1].GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(["Checked 2 files: 1 error, 2 warnings, 0 infos (1 file with errors)."], result.StderrLines);
    }

    [Fact]
    public void Sarif_format_follows_the_2_1_0_structure()
    {
        using var folder = new TempFolder();
        folder.Write("خبر عربي.txt", NoAgency);
        folder.Write("trailing.txt", "Başlık  \n\nParagraf. (AA)\nYASAL UYARI: x\n");
        ProcessResult result = DispatchProcess.Run(["check", ".", "missing.txt", "--format", "sarif", "--profile", "strict"], input: null,
            workingDirectory: folder.Path);
        Assert.Equal(2, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement log = json.RootElement;
        Assert.Empty(SarifRules.Validate(log));

        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.StartsWith("https://", log.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        JsonElement run = log.GetProperty("runs")[0];
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("dispatch", driver.GetProperty("name").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("version").GetString());
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
        Assert.Contains(driver.GetProperty("rules").EnumerateArray(), rule =>
            rule.GetProperty("id").GetString() == "DSP0003" && rule.GetProperty("shortDescription").GetProperty("text").GetString() == "Missing agency tag");

        JsonElement[] results = [.. run.GetProperty("results").EnumerateArray()];
        JsonElement missingTag = results.Single(r => r.GetProperty("ruleId").GetString() == "DSP0003");
        Assert.Equal("error", missingTag.GetProperty("level").GetString());
        JsonElement location = missingTag.GetProperty("locations")[0].GetProperty("physicalLocation");
        string uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.True(uri.All(char.IsAscii), uri);
        Assert.Equal("./خبر عربي.txt", Uri.UnescapeDataString(uri));
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());

        JsonElement trailing = results.Single(r => r.GetProperty("ruleId").GetString() == "DSP0104");
        Assert.Equal("warning", trailing.GetProperty("level").GetString());
        JsonElement region = trailing.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((1, 7, 1, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        JsonElement invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("missing.txt: file not found",
            invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void The_validators_catch_broken_sarif()
    {
        using JsonDocument json = JsonDocument.Parse("""
            {"version": "2.0.0", "runs": [{"tool": {"driver": {}}, "results": [{"level": "fatal", "ruleId": "X",
              "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}
            """);
        IReadOnlyList<string> violations = SarifRules.Validate(json.RootElement);
        Assert.Contains(violations, violation => violation.StartsWith("$.version", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("driver: required property 'name'", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("results[0]: required property 'message'", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("results[0].level", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("region.startLine", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_input_exits_2_and_the_other_inputs_are_still_checked()
    {
        ProcessResult result = DispatchProcess.Run("check", "missing.txt", "tests/samples/broken.txt", "tests/samples/ilkha-tr.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["dispatch: missing.txt: file not found"], result.StderrLines);
        Assert.Contains("tests/samples/broken.txt(4,52): error DSP0003", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("Checked 2 files: 1 error, 2 warnings, 0 infos (1 file with errors); 1 input not checked.", result.StdoutLines[^1]);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--format", "xml", "tests/samples")]
    [InlineData("check", "tests/samples", "--no-such-option")]
    [InlineData("check", "tests/samples", "--jobs", "0")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        ProcessResult result = InProcess.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dispatch: ", result.StderrLines[0], StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.StderrLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_only_when_asked_or_on_a_terminal()
    {
        Assert.DoesNotContain('\e', DispatchProcess.Run("check", "tests/samples/broken.txt").Stdout);
        ProcessResult coloured = DispatchProcess.Run("check", "tests/samples/broken.txt", "--color", "always");
        Assert.Contains("\e[1;31merror\e[0m DSP0003", coloured.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void On_a_terminal_output_is_coloured_and_a_long_run_shows_a_progress_bar()
    {
        Skip.IfNot(Terminal.IsAvailable, $"{Terminal.ScriptPath} (util-linux) is needed to run the command on a terminal.");
        var quickBar = new Dictionary<string, string> { ["DISPATCH_PROGRESS_DELAY_MS"] = "0" };
        ProcessResult result = Terminal.Run(["check", "tests/samples", "tests/conformance/valid"], quickBar);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\e[1;31merror\e[0m DSP0003", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\[[#.-]+\] \d+(/\d+)? files", result.Stdout);
        Assert.Contains("\r\e[2K", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_output_never_shows_the_progress_bar()
    {
        var quickBar = new Dictionary<string, string> { ["DISPATCH_PROGRESS_DELAY_MS"] = "0" };
        ProcessResult result = DispatchProcess.Run(["check", "tests/samples", "tests/conformance/valid"], input: null, environment: quickBar);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\e', result.Stderr);
        Assert.DoesNotContain('\e', result.Stdout);
        Assert.DoesNotContain("files", result.Stderr, StringComparison.Ordinal);
    }
}
