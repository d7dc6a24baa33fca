using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary><c>dispatch jsonl</c>: one line out per line in, in order, streaming, malformed lines reported in place, the parts under the output field.</summary>
public sealed class JsonlCommandTests
{
    [Fact]
    public void Every_valid_conformance_file_through_one_stream_gives_its_expected_parts_in_order()
    {
        string[] files = [.. TestPaths.ValidConformanceFiles()];
        var input = new StringBuilder();
        foreach (string file in files)
            input.Append(new JsonObject { ["name"] = Path.GetFileName(file), ["text"] = TestText.ReadExact(file) }.ToJsonString()).Append('\n');

        ProcessResult result = InProcess.Run(["jsonl", "--profile", "strict"], input.ToString());
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        string[] lines = result.StdoutLines;
        Assert.Equal(files.Length, lines.Length);
        for (int i = 0; i < files.Length; i++)
        {
            using JsonDocument json = JsonDocument.Parse(lines[i]);
            Assert.Equal(Path.GetFileName(files[i]), json.RootElement.GetProperty("name").GetString());
            Assert.Equal(ExpectedParts.Read(TestText.ExpectedJsonPath(files[i])), ExpectedParts.From(json.RootElement.GetProperty("dispatch")));
        }
    }

    [Fact]
    public void Other_fields_are_kept_byte_for_byte_and_the_text_field_can_be_named()
    {
        const string line = """{"id": 7, "url": "https://example.org/a", "content": "Başlık\n\nMetin. (AA)\nYASAL UYARI: x", "headline": "stale"}""";
        ProcessResult result = InProcess.Run(["jsonl", "--text-field", "content"], line + "\n");
        Assert.Equal(0, result.ExitCode);
        string output = Assert.Single(result.StdoutLines);
        Assert.StartsWith(line[..^1] + ",\"dispatch\":{", output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        Assert.Equal("stale", root.GetProperty("headline").GetString()); // never overwritten
        JsonElement parts = root.GetProperty("dispatch");
        Assert.Equal("Başlık", parts.GetProperty("headline").GetString());
        Assert.Equal("AA", parts.GetProperty("agency").GetProperty("id").GetString());
        Assert.Equal(0, parts.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Malformed_lines_yield_an_error_line_in_their_place()
    {
        string input = string.Join('\n',
            """{"id": 1, "text": "Başlık\n\nMetin. (AA)\nYASAL UYARI: x"}""",
            "not json",
            "[1, 2]",
            """{"id": 4, "body": "no text field"}""",
            "",
            """{"id": 6, "text": 42}""",
            """{"id": 7, "text": ""}""") + "\n";
        ProcessResult result = InProcess.Run(["jsonl"], input);
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Equal(7, lines.Length);
        JsonNode?[] records = [.. lines.Select(line => JsonNode.Parse(line))];
        JsonNode?[] nodes = [.. records.Select(record => record!["dispatch"])];
        Assert.Equal("Başlık", (string?)nodes[0]!["headline"]);
        Assert.StartsWith("invalid JSON:", (string?)nodes[1]!["error"], StringComparison.Ordinal);
        Assert.Equal(2, (int?)nodes[1]!["line"]);
        Assert.Equal("not json", (string?)nodes[1]!["raw"]);
        Assert.Equal("not a JSON object but array", (string?)nodes[2]!["error"]);
        Assert.Equal("no string field \"text\"", (string?)nodes[3]!["error"]);
        Assert.Equal(4, (int?)records[3]!["id"]);
        Assert.Equal(4, (int?)nodes[3]!["line"]);
        Assert.Equal("empty line", (string?)nodes[4]!["error"]);
        Assert.Equal(5, (int?)nodes[4]!["line"]);
        Assert.Equal("no string field \"text\"", (string?)nodes[5]!["error"]);
        Assert.Equal("DSP0001", (string?)nodes[6]!["diagnostics"]![0]!["code"]); // an empty dispatch is a dispatch
        Assert.Equal(["dispatch: 5 lines of 7 could not be read (see their \"error\" field)"], result.StderrLines);
    }

    [Fact]
    public void Lines_end_at_LF_only_so_each_input_line_gives_one_output_line()
    {
        // CRLF ends a line too; a lone CR inside a (malformed) line does not split it.
        const string input = "{\"text\": \"Başlık\\n\\nMetin. (AA)\\nYASAL UYARI: x\"}\r\nbroken\rline\n{\"text\": \"\"}";
        ProcessResult result = DispatchProcess.Run(["jsonl"], input);
        string[] lines = result.StdoutLines;
        Assert.Equal(3, lines.Length);
        Assert.Equal("Başlık", (string?)JsonNode.Parse(lines[0])!["dispatch"]!["headline"]);
        Assert.Equal("broken\rline", (string?)JsonNode.Parse(lines[1])!["dispatch"]!["raw"]);
        Assert.Equal(2, (int?)JsonNode.Parse(lines[1])!["dispatch"]!["line"]);
        Assert.Equal("DSP0001", (string?)JsonNode.Parse(lines[2])!["dispatch"]!["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public void Many_lines_come_out_in_input_order()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            string paragraphs = string.Concat(Enumerable.Repeat("Metin. ", i % 97));
            input.Append(new JsonObject { ["id"] = i, ["text"] = $"Başlık {i}\n\n{paragraphs}(AA)\nYASAL UYARI: x" }.ToJsonString()).Append('\n');
        }
        ProcessResult result = InProcess.Run(["jsonl", "--jobs", "4"], input.ToString());
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Equal(20_000, lines.Length);
        for (int i = 0; i < lines.Length; i += 997)
        {
            JsonNode node = JsonNode.Parse(lines[i])!;
            Assert.Equal(i, (int)node["id"]!);
            Assert.Equal($"Başlık {i}", (string?)node["dispatch"]!["headline"]);
        }
    }

    [Fact]
    public void Reads_a_file_too()
    {
        using var folder = new TempFolder();
        string path = folder.Write("in.jsonl", """{"text": "Başlık\n\nMetin. (AA)\nYASAL UYARI: x"}""" + "\n");
        ProcessResult result = InProcess.Run(["jsonl", path], input: null);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Başlık", (string?)JsonNode.Parse(Assert.Single(result.StdoutLines))!["dispatch"]!["headline"]);
    }

    [Fact]
    public async Task Streams_each_answer_before_the_input_ends()
    {
        var start = new ProcessStartInfo(DispatchProcess.DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DispatchProcess.DispatchDll);
        start.ArgumentList.Add("jsonl");
        using var process = Process.Start(start)!;
        var utf8 = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            for (int i = 0; i < 3; i++)
            {
                // Write one line, keep the input open, and expect its answer: nothing waits for the end of the stream.
                utf8.Write(new JsonObject { ["id"] = i, ["text"] = $"Başlık {i}\n\nMetin. (AA)\nYASAL UYARI: x" }.ToJsonString() + "\n");
                string? answer = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Equal(i, (int)JsonNode.Parse(answer!)!["id"]!);
            }
            utf8.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
