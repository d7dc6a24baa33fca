namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary><c>dispatch tree FILE</c>: kinds, spans and trivia; coloured only on a terminal.</summary>
public sealed class TreeCommandTests
{
    [Fact]
    public void Shows_nodes_tokens_trivia_and_spans()
    {
        ProcessResult result = DispatchProcess.Run("tree", "tests/samples/ilkha-tr.txt");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        // The document's span ends where its last token's trailing trivia (the final line break) begins.
        int length = TestText.ReadExact(Path.Combine(TestPaths.SamplesDirectory, "ilkha-tr.txt")).TrimEnd('\n').Length;
        Assert.Equal($"Document [0..{length})", lines[0]);
        Assert.Equal("├─ Headline [0..52)", lines[1]);
        Assert.Equal("│  └─ TextToken [0..52) \"Diyarbakır'da kütüphane haftası etkinlikleri başladı\"", lines[2]);
        Assert.Equal("│        trailing LineBreakTrivia [52..53) \"\\n\"", lines[3]);
        Assert.Contains("│  └─ AgencyTag [", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("AgencyNameToken [", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"İLKHA\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("├─ LegalNotice [", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("NoticeMarkerToken", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("└─ EndOfFileToken [", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("No diagnostics.", lines[^1]);
        Assert.DoesNotContain('\e', result.Stdout);
    }

    [Fact]
    public void Shows_missing_parts_skipped_lines_escapes_and_diagnostics()
    {
        const string text = "\uFEFFHeadline \n\nBody.\nReuter\nText.\tend\n";
        ProcessResult result = InProcess.Run(["tree", "-", "--profile", "strict"], text);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("leading ByteOrderMarkTrivia [0..1) \"\\uFEFF\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("trailing WhitespaceTrivia [9..10) \" \"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("leading SkippedTextTrivia [18..24) \"Reuter\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"Text.\\tend\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("├─ LegalNotice <missing> [", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("AgencyNameToken [", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<missing>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<stdin>(4,1): error DSP0006:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<stdin>(5,10): error DSP0004:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_can_be_forced()
    {
        ProcessResult result = DispatchProcess.Run("tree", "tests/samples/broken.txt", "--color", "always");
        Assert.Contains("\e[1;34mDocument\e[0m", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\e[1;31m<missing>\e[0m", result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Coloured_on_a_terminal()
    {
        Skip.IfNot(Terminal.IsAvailable, $"{Terminal.ScriptPath} (util-linux) is needed to run the command on a terminal.");
        ProcessResult result = Terminal.Run(["tree", "tests/samples/ilkha-tr.txt"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\e[1;34mDocument\e[0m", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\e[32mTextToken\e[0m", result.Stdout, StringComparison.Ordinal);

        ProcessResult plain = Terminal.Run(["tree", "tests/samples/ilkha-tr.txt", "--color", "never"]);
        Assert.DoesNotMatch(@"\e\[[0-9;]*m", plain.Stdout); // no colour (the runtime may still set terminal modes)
    }

    [Fact]
    public void A_folder_shows_each_files_tree_under_its_path()
    {
        ProcessResult result = DispatchProcess.Run("tree", "tests/samples");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["==> tests/samples/broken.txt <==", "==> tests/samples/ilkha-tr.txt <=="],
            result.StdoutLines.Where(line => line.StartsWith("==> ", StringComparison.Ordinal)));
        Assert.Equal(2, result.StdoutLines.Count(line => line.StartsWith("Document [", StringComparison.Ordinal)));
    }
}
