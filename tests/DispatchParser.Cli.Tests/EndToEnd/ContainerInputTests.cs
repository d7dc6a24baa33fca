using System.Text;
using System.Text.Json.Nodes;
using DispatchParser.Cli.Input.Containers;
using DispatchParser.Text;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 15, item 2 (containers): <c>--input reuters-sgml</c> makes each <c>&lt;REUTERS&gt;</c> record of a
/// Reuters-21578 .sgm file one dispatch, <c>--input jsonl</c> each JSON Lines record; <c>check</c> places
/// diagnostics at the container's line and column, <c>export</c> writes one JSON line per record.
/// The sample tests/samples/reuters-sample.sgm is ours (invented text in the collection's layout); the
/// real collection is read from ../shared/corpus when it is there.
/// </summary>
public sealed class ContainerInputTests
{
    private static string Sample => Path.Combine(TestPaths.SamplesDirectory, "reuters-sample.sgm");

    private static string RealReuters => Path.Combine(TestPaths.CorpusDirectory, "raw", "reuters21578");

    [Fact]
    public void Each_REUTERS_record_is_one_dispatch_with_title_dateline_body_and_entities_decoded()
    {
        string container = File.ReadAllText(Sample);
        ContainerRecord[] records = [.. ReutersSgml.Records(SourceText.From(container), [])];

        Assert.Equal(["1", "2", "3"], records.Select(record => record.Id));
        Assert.Equal(
            "SAMPLE HARVEST <EXAMPLE> COMPLETED EARLY\n\nANKARA, Feb 26 - The sample harvest in this example was completed\n"
            + "two weeks early, an invented cooperative & its members said.\n    The figures in this file are made up for the tests.\n Reuter\n",
            records[0].Text);
        Assert.Equal("EXAMPLE BRIEF HEADLINE ONLY\n\n\n", records[1].Text); // TYPE="BRIEF": a title, no BODY element
        Assert.Equal("EXAMPLE UNPROCESSED TELEX TEXT WITHOUT A TITLE\n REUTER\n", records[2].Text); // TYPE="UNPROC": the TEXT
        Assert.All(records, record => Assert.DoesNotContain('\u0003', record.Text!));
        Assert.All(records, record => Assert.DoesNotContain('\u0002', record.Text!));
    }

    [Fact]
    public void Text_offsets_map_back_to_the_container_through_entities_and_the_inserted_blank_line()
    {
        string container = File.ReadAllText(Sample);
        var source = SourceText.From(container);
        ContainerRecord record = ReutersSgml.Records(source, []).First();
        string text = record.Text!;

        // Copied characters map to themselves; a decoded entity maps to its '&'.
        int example = text.IndexOf("<EXAMPLE>", StringComparison.Ordinal);
        Assert.Equal(source.GetLinePosition(container.IndexOf("&lt;EXAMPLE", StringComparison.Ordinal)), record.Place!(example));
        Assert.Equal(source.GetLinePosition(container.IndexOf("EXAMPLE&gt;", StringComparison.Ordinal)), record.Place!(example + 1));
        int ampersand = text.IndexOf(" & ", StringComparison.Ordinal) + 1;
        Assert.Equal(source.GetLinePosition(container.IndexOf("&amp;", StringComparison.Ordinal)), record.Place!(ampersand));
        int dateline = text.IndexOf("ANKARA", StringComparison.Ordinal);
        Assert.Equal(source.GetLinePosition(container.IndexOf("ANKARA", StringComparison.Ordinal)), record.Place!(dateline));
        int figures = text.IndexOf("figures", StringComparison.Ordinal);
        Assert.Equal(source.GetLinePosition(container.IndexOf("figures", StringComparison.Ordinal)), record.Place!(figures));
    }

    [Fact]
    public void Check_places_each_records_diagnostics_in_the_sgm_file()
    {
        string[] lines = File.ReadAllLines(Sample);
        ProcessResult result = InProcess.Run("check", Sample, "--input", "reuters-sgml", "--format", "json");

        JsonArray files = JsonNode.Parse(result.Stdout)!["files"]!.AsArray();
        Assert.Equal(3, files.Count);
        Assert.All(files, file => Assert.Equal(Sample, (string?)file!["path"]));
        // Every diagnostic's line is a line of the .sgm inside its record: records start at lines 2, 17 and 27.
        int[][] ranges = [[2, 16], [17, 26], [27, lines.Length]];
        for (int i = 0; i < files.Count; i++)
        {
            JsonArray diagnostics = files[i]!["diagnostics"]!.AsArray();
            Assert.NotEmpty(diagnostics);
            Assert.All(diagnostics, d => Assert.InRange((int)d!["line"]!, ranges[i][0], ranges[i][1]));
        }
        // The brief has a title only: its missing body is reported in the .sgm, on the record's lines.
        Assert.Contains(files[1]!["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "DSP0005");
    }

    [Fact]
    public void Check_text_output_names_the_sgm_file_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        string sgm = folder.Write("one.sgm",
            "<REUTERS NEWID=\"9\">\n<TEXT>\n<TITLE>A HEADLINE   </TITLE>\n<DATELINE>  ANKARA, May 1 - </DATELINE><BODY>Text (AA) with\n\u202E a bidi override.\n</BODY></TEXT></REUTERS>\n");
        ProcessResult result = InProcess.Run("check", sgm, "--input", "reuters-sgml");

        // The right-to-left override (DSP0202) is on line 5, column 1 of the .sgm.
        Assert.Contains(result.StdoutLines, line => line.StartsWith($"{sgm}(5,1): error DSP0202", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_writes_one_JSON_line_per_record_with_its_number_id_and_line()
    {
        ProcessResult result = InProcess.Run("export", Sample, "--input", "reuters-sgml");
        Assert.Equal(0, result.ExitCode);
        JsonNode[] records = [.. result.StdoutLines.Select(line => JsonNode.Parse(line)!)];
        Assert.Equal(3, records.Length);
        Assert.Equal([1, 2, 3], records.Select(record => (int)record["record"]!));
        Assert.Equal(["1", "2", "3"], records.Select(record => (string?)record["id"]));
        Assert.Equal([2, 17, 27], records.Select(record => (int)record["line"]!));
        Assert.Equal("SAMPLE HARVEST <EXAMPLE> COMPLETED EARLY", (string?)records[0]["headline"]);
        Assert.StartsWith("ANKARA, Feb 26 - The sample harvest", (string?)records[0]["paragraphs"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_REUTERS_records_is_a_one_line_problem()
    {
        using var folder = new TempFolder();
        string path = folder.Write("not.sgm", "Başlık\n\nMetin. (AA)\n");
        ProcessResult result = InProcess.Run("check", path, "--input", "reuters-sgml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"dispatch: {path}: no <REUTERS> record (is it a Reuters-21578 .sgm file?)"], result.StderrLines);
    }

    [Fact]
    public void Latin1_bytes_in_an_sgm_file_are_reported_where_they_are_and_read_with_encoding()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<REUTERS NEWID=\"4\">\n<TEXT><TITLE>CAF"), 0xC9, .. Encoding.ASCII.GetBytes(" PRICES</TITLE><BODY>Text (AA).\n</BODY></TEXT></REUTERS>\n")];
        string path = folder.WriteBytes("latin.sgm", bytes);

        ProcessResult asUtf8 = InProcess.Run("check", path, "--input", "reuters-sgml");
        Assert.Contains(asUtf8.StdoutLines, line => line.StartsWith($"{path}(2,17): warning DSP0301", StringComparison.Ordinal));

        ProcessResult latin = InProcess.Run("export", path, "--input", "reuters-sgml", "--encoding", "iso-8859-1");
        Assert.Equal("CAFÉ PRICES", (string?)JsonNode.Parse(latin.StdoutLines[0])!["headline"]);
    }

    [Fact]
    public void Jsonl_input_checks_each_line_and_places_diagnostics_at_the_escaped_column()
    {
        using var folder = new TempFolder();
        // Line 2: the bidi override is written as \u202e at column 30 of the line (1-based), after "\n\n" escapes.
        string path = folder.Write("crawl.jsonl",
            "{\"id\": 1, \"text\": \"Başlık\\n\\nMetin. (AA)\"}\n"
            + "{\"id\": 2, \"text\": \"Başlık\\n\\n\\u202eMetin. (AA)\"}\n"
            + "not json\n");
        ProcessResult result = InProcess.Run("check", path, "--input", "jsonl");

        Assert.Equal(2, result.ExitCode); // line 3 could not be checked
        Assert.Contains(result.StdoutLines, line => line.StartsWith($"{path}(2,30): error DSP0202", StringComparison.Ordinal));
        Assert.DoesNotContain(result.StdoutLines, line => line.StartsWith($"{path}(1,", StringComparison.Ordinal) && line.Contains("DSP0202", StringComparison.Ordinal));
        Assert.Contains(result.StderrLines, line => line.StartsWith($"dispatch: {path}: line 3: invalid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Jsonl_input_exports_like_the_jsonl_command_reads()
    {
        using var folder = new TempFolder();
        string path = folder.Write("crawl.jsonl", "{\"id\": 1, \"text\": \"Başlık\\n\\nANKARA (AA) - Metin.\"}\n{\"id\": 2}\n");
        ProcessResult result = InProcess.Run("export", path, "--input", "jsonl");
        JsonNode first = JsonNode.Parse(result.StdoutLines[0])!;
        Assert.Equal("Başlık", (string?)first["headline"]);
        Assert.Equal(1, (int)first["line"]!);
        JsonNode second = JsonNode.Parse(result.StdoutLines[1])!;
        Assert.Equal("line 2: no string field \"text\"", (string?)second["error"]);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Fix_refuses_container_inputs()
    {
        ProcessResult result = InProcess.Run("check", Sample, "--input", "reuters-sgml", "--fix");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fix rewrites dispatch files", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_real_Reuters_records_are_each_read_as_one_dispatch()
    {
        Skip.IfNot(Directory.Exists(RealReuters), $"{RealReuters} is not there: the real-collection test needs ../shared/corpus");
        string[] files = [.. Directory.EnumerateFiles(RealReuters, "*_newid*.txt").Order(StringComparer.Ordinal)];
        Assert.NotEmpty(files);
        int withTitle = 0;
        foreach (string file in files)
        {
            // Each corpus file is one <REUTERS> record copied from an .sgm file (see its PROVENANCE.md).
            string container = File.ReadAllText(file);
            ContainerRecord record = Assert.Single(ReutersSgml.Records(SourceText.From(container), []));
            Assert.Equal(Path.GetFileNameWithoutExtension(file).Split("_newid")[1], record.Id);
            string text = record.Text!;
            Assert.DoesNotContain("&#3;", text, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u0003', text);
            Assert.DoesNotContain('\u0002', text);
            int open = container.IndexOf("<TITLE>", StringComparison.Ordinal);
            if (open >= 0)
            {
                withTitle++;
                string title = System.Net.WebUtility.HtmlDecode(container[(open + 7)..container.IndexOf("</TITLE>", open, StringComparison.Ordinal)]).Trim();
                Assert.StartsWith(title + "\n\n", text, StringComparison.Ordinal);
            }
        }
        Assert.True(withTitle >= files.Length / 2, $"{withTitle} of {files.Length} records have a title");

        // All of them in one run: every record checked, every diagnostic on a line of its own file.
        ProcessResult check = InProcess.Run(["check", "--input", "reuters-sgml", "--format", "json", .. files], input: null);
        Assert.NotEqual(2, check.ExitCode);
        JsonArray checkedFiles = JsonNode.Parse(check.Stdout)!["files"]!.AsArray();
        Assert.Equal(files.Length, checkedFiles.Count);
        foreach (JsonNode? checkedFile in checkedFiles)
        {
            int lineCount = File.ReadAllLines((string)checkedFile!["path"]!).Length;
            foreach (JsonNode? diagnostic in checkedFile["diagnostics"]!.AsArray())
                Assert.InRange((int)diagnostic!["line"]!, 1, lineCount);
        }
    }
}
