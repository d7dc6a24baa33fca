using System.Text;
using System.Text.Json.Nodes;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 18, item 1: <c>jsonl</c> under hostile lines. A lone-surrogate escape used to abort the whole
/// stream ("Cannot read incomplete UTF-16 JSON text", nothing printed, exit 2); invalid UTF-8 was
/// replaced silently; input fields named <c>error</c> or <c>line</c> made valid lines look like error
/// records (the parts now go under one output field, so no input field is ever overwritten).
/// </summary>
public sealed class JsonlHostileInputTests
{
    private const string Good = """{"id": 0, "text": "Başlık\n\nANKARA (AA) - Metin.\nYASAL UYARI: Tüm hakları saklıdır."}""";

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void A_lone_surrogate_escape_in_the_text_never_aborts_the_stream(string jobs)
    {
        var input = new StringBuilder();
        for (int i = 0; i < 2000; i++) input.Append(Good.Replace("\"id\": 0", $"\"id\": {i}", StringComparison.Ordinal)).Append('\n');
        input.Append("""{"id": 2000, "text": "a \ud800 b\n\nMetin. (AA)"}""").Append('\n');
        input.Append("""{"id": 2001, "text": "\udc00"}""").Append('\n');
        for (int i = 2002; i < 4000; i++) input.Append(Good.Replace("\"id\": 0", $"\"id\": {i}", StringComparison.Ordinal)).Append('\n');

        ProcessResult result = InProcess.Run(["jsonl", "--jobs", jobs], input.ToString());

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        string[] lines = result.StdoutLines;
        Assert.Equal(4000, lines.Length);
        for (int i = 0; i < lines.Length; i++) Assert.Equal(i, (int)JsonNode.Parse(lines[i])!["id"]!);
        // The tree keeps the lone surrogate; JSON output cannot hold one and writes U+FFFD — and says so (DSP0207).
        Assert.Equal("a \uFFFD b", (string?)JsonNode.Parse(lines[2000])!["dispatch"]!["headline"]);
        JsonNode surrogate = JsonNode.Parse(lines[2000])!["dispatch"]!["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "DSP0207")!;
        Assert.Equal(1, (int)surrogate["line"]!);
        Assert.Equal(3, (int)surrogate["column"]!);
        Assert.Contains("DSP0207", lines[2001], StringComparison.Ordinal);
        Assert.DoesNotContain("DSP0207", lines[1999], StringComparison.Ordinal);
        Assert.Contains("\"text\": \"a \\ud800 b", lines[2000], StringComparison.Ordinal); // the input field as it came
        Assert.Equal("\uFFFD", (string?)JsonNode.Parse(lines[2001])!["dispatch"]!["headline"]);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_keeps_the_line_and_its_fields()
    {
        string input = """{"id": 1, "x\ud800": 2, "text": "Başlık\n\nMetin. (AA)"}""" + "\n" + Good + "\n";
        ProcessResult result = InProcess.Run(["jsonl"], input);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Equal(2, result.StdoutLines.Length);
        Assert.StartsWith("""{"id": 1, "x\ud800": 2,""", result.StdoutLines[0], StringComparison.Ordinal);
        // System.Text.Json cannot read that name back either, so look at the bytes.
        Assert.Contains(",\"dispatch\":{\"headline\":\"Başlık\",", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal("Başlık", (string?)JsonNode.Parse(result.StdoutLines[1])!["dispatch"]!["headline"]);
    }

    [Fact]
    public void Invalid_utf8_is_reported_per_line_as_DSP0301_at_its_place_in_the_text()
    {
        byte[] before = Encoding.UTF8.GetBytes("""{"id": 1, "text": "Başlık\n\nMet""");
        byte[] after = Encoding.UTF8.GetBytes("""in. (AA)\nYASAL UYARI: x"}""");
        byte[] outside = Encoding.UTF8.GetBytes("""{"id": 2, "note": "?", "text": "Başlık\n\nMetin. (AA)\nYASAL UYARI: x"}""");
        int note = Array.IndexOf(outside, (byte)'?');
        outside[note] = 0xC3; // a truncated sequence in another field
        byte[] input = [.. before, 0xFF, .. after, (byte)'\n', .. outside, (byte)'\n', .. Encoding.UTF8.GetBytes(Good), (byte)'\n'];

        ProcessResult result = InProcess.RunBytes(["jsonl"], input);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Equal(3, lines.Length);
        JsonNode first = JsonNode.Parse(lines[0])!["dispatch"]!;
        Assert.Equal("Met\uFFFDin.", (string?)first["paragraphs"]![0]);
        JsonNode diagnostic = first["diagnostics"]![0]!;
        Assert.Equal("DSP0301", (string?)diagnostic["code"]);
        Assert.Equal($"Invalid UTF-8 byte sequence at byte offset {before.Length}; decoded as U+FFFD", (string?)diagnostic["message"]);
        Assert.Equal(3, (int)diagnostic["line"]!);
        Assert.Equal(4, (int)diagnostic["column"]!);

        JsonNode second = JsonNode.Parse(lines[1])!;
        Assert.Equal("\uFFFD", (string?)second["note"]);
        JsonNode outsideDiagnostic = second["dispatch"]!["diagnostics"]![0]!;
        Assert.Equal("DSP0301", (string?)outsideDiagnostic["code"]);
        Assert.Equal(1, (int)outsideDiagnostic["line"]!);
        Assert.Equal(1, (int)outsideDiagnostic["column"]!);

        Assert.Empty(JsonNode.Parse(lines[2])!["dispatch"]!["diagnostics"]!.AsArray());
    }

    [Fact]
    public void Input_fields_named_error_and_line_never_make_a_valid_line_look_like_an_error_record()
    {
        string input = """{"error": "upstream timeout", "line": 99, "text": "Başlık\n\nMetin. (AA)\nYASAL UYARI: x"}""" + "\n";
        ProcessResult result = InProcess.Run(["jsonl"], input);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr); // no "could not be read"
        JsonNode record = JsonNode.Parse(Assert.Single(result.StdoutLines))!;
        Assert.Equal("upstream timeout", (string?)record["error"]);
        Assert.Equal(99, (int)record["line"]!);
        Assert.Null(record["dispatch"]!["error"]);
        Assert.Equal("Başlık", (string?)record["dispatch"]!["headline"]);
    }

    [Fact]
    public void An_input_that_already_has_the_output_field_is_reported_not_overwritten()
    {
        string line = """{"id": 1, "dispatch": "mine", "text": "Başlık\n\nMetin. (AA)"}""";
        ProcessResult result = InProcess.Run(["jsonl"], line + "\n");
        JsonNode error = JsonNode.Parse(Assert.Single(result.StdoutLines))!["dispatch"]!;
        Assert.Equal("the input already has a field \"dispatch\": name another output field with --output-field", (string?)error["error"]);
        Assert.Equal(line, (string?)error["raw"]);
        Assert.Equal(["dispatch: 1 line of 1 could not be read (see their \"error\" field)"], result.StderrLines);

        ProcessResult renamed = InProcess.Run(["jsonl", "--output-field", "parts"], line + "\n");
        JsonNode record = JsonNode.Parse(Assert.Single(renamed.StdoutLines))!;
        Assert.Equal("mine", (string?)record["dispatch"]);
        Assert.Equal("Başlık", (string?)record["parts"]!["headline"]);
        Assert.Empty(renamed.Stderr);
    }

    // Issue 18 audit: `dispatch jsonl some-folder` said "permission denied" (.NET opens a folder with UnauthorizedAccessException).
    [Fact]
    public void A_folder_named_as_the_input_is_reported_as_a_folder_not_as_permission_denied()
    {
        using var folder = new TempFolder();
        ProcessResult result = InProcess.Run(["jsonl", folder.Path], "");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal([$"dispatch: {folder.Path}: a folder, not a JSON Lines file"], result.StderrLines);
    }

    [Fact]
    public void The_output_field_cannot_be_the_text_field()
    {
        ProcessResult result = InProcess.Run(["jsonl", "--output-field", "text"], Good + "\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["dispatch: --output-field cannot be the text field \"text\""], result.StderrLines);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void A_line_over_the_size_limit_is_reported_in_place_and_the_next_line_read(string jobs)
    {
        string huge = "{\"id\": 1, \"text\": \"" + new string('a', 1024 * 1024 + 10) + "\"}";
        ProcessResult result = InProcess.Run(["jsonl", "--max-line-size", "1", "--jobs", jobs], huge + "\n" + Good + "\n");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Equal(2, lines.Length);
        JsonNode error = JsonNode.Parse(lines[0])!["dispatch"]!;
        Assert.Equal("line too large (over 1,048,576 bytes = 1 MB; see --max-line-size)", (string?)error["error"]);
        Assert.Equal(1, (int)error["line"]!);
        Assert.Equal("Başlık", (string?)JsonNode.Parse(lines[1])!["dispatch"]!["headline"]);
    }

    /// <summary>
    /// Regression (issue 18, item 1): a line that never ends (<c>/dev/zero</c>) was read to its end before its
    /// "too large" record was written, so the record never came. Now it comes as soon as the limit is passed;
    /// the rest of the line is skipped in constant memory, as <c>jq</c> reads such a stream forever too.
    /// </summary>
    [SkippableTheory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task A_line_that_never_ends_is_reported_as_soon_as_it_passes_the_limit(string jobs)
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        var start = new System.Diagnostics.ProcessStartInfo(DispatchProcess.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { DispatchProcess.DispatchDll, "jsonl", "--max-line-size", "1", "--jobs", jobs, "/dev/zero" }) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            string? first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            JsonNode error = JsonNode.Parse(first!)!["dispatch"]!;
            Assert.Equal("line too large (over 1,048,576 bytes = 1 MB; see --max-line-size)", (string?)error["error"]);
            Assert.Equal(1, (int)error["line"]!);
            Assert.False(process.HasExited, "the rest of the never-ending line is still being skipped");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
