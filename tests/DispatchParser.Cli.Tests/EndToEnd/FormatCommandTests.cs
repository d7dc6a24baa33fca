using System.Text;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary><c>dispatch format</c>: print, <c>--check</c>, atomic <c>--write</c> (the normalization itself: <see cref="Core.SyntaxNormalizerTests"/>).</summary>
public sealed class FormatCommandTests
{
    private const string Messy = "Başlık  \r\n\r\n\r\nANKARA (AA) - Metin.\t\r\nSon paragraf. (AA) \r\nYASAL UYARI: x\r\nKısa haber.\u3000\r\n";
    private const string Tidy = "Başlık\n\nANKARA (AA) - Metin.\nSon paragraf. (AA)\nYASAL UYARI: x\nKısa haber.\n";

    [Fact]
    public void Prints_the_normalized_text_of_one_file()
    {
        ProcessResult result = DispatchProcess.Run(["format", "-", "--line-ending", "lf"], Messy);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tidy, result.Stdout);
    }

    /// <summary>
    /// <c>--layout canonical</c> (issue 13, item 2) through the command: wrapped copy (v:wrapped-fragments-tr, extraction
    /// fragments on deeply indented lines) comes out one paragraph per line, read as the same paragraphs, every
    /// non-whitespace character kept; without the option the layout stays wrapped.
    /// </summary>
    [Fact]
    public void Layout_canonical_puts_wrapped_copy_one_paragraph_per_line()
    {
        string wrapped = TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, "valid", "wrapped-fragments-tr.txt"));
        DispatchParser.Syntax.DispatchSyntaxTree before = DispatchParser.Syntax.DispatchSyntaxTree.ParseText(wrapped);
        Assert.Equal(DispatchParser.Syntax.DocumentLayout.Wrapped, before.Root.Layout);

        ProcessResult result = InProcess.Run(["format", "-", "--layout", "canonical"], wrapped);
        Assert.Equal(0, result.ExitCode);
        DispatchParser.Syntax.DispatchSyntaxTree after = DispatchParser.Syntax.DispatchSyntaxTree.ParseText(result.Stdout);
        Assert.Equal(DispatchParser.Syntax.DocumentLayout.Canonical, after.Root.Layout);
        Assert.Equal(before.Root.Paragraphs.Select(p => p.Text), after.Root.Paragraphs.Select(p => p.Text));
        Assert.All(after.Root.Paragraphs, paragraph => Assert.DoesNotContain('\n', paragraph.ToFullString().TrimEnd('\r', '\n')));
        Assert.Equal(NonWhitespace(wrapped), NonWhitespace(result.Stdout));

        ProcessResult kept = InProcess.Run(["format", "-"], wrapped);
        Assert.Equal(DispatchParser.Syntax.DocumentLayout.Wrapped, DispatchParser.Syntax.DispatchSyntaxTree.ParseText(kept.Stdout).Root.Layout);
    }

    private static string NonWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Line_breaks_are_the_files_own_by_default()
    {
        ProcessResult result = InProcess.Run(["format", "-"], Messy);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tidy.Replace("\n", "\r\n", StringComparison.Ordinal), result.Stdout);
        Assert.Equal(Tidy, InProcess.Run(["format", "-"], Tidy).Stdout);
    }

    [Fact]
    public void Line_ending_can_be_crlf()
    {
        ProcessResult result = InProcess.Run(["format", "-", "--line-ending", "crlf"], Messy);
        Assert.Equal(Tidy.Replace("\n", "\r\n", StringComparison.Ordinal), result.Stdout);
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_and_exits_1()
    {
        using var folder = new TempFolder();
        string messy = folder.Write("a.txt", Messy);
        folder.Write("b.txt", Tidy);
        ProcessResult result = InProcess.Run(["format", "--check", folder.Path], input: null);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{messy}: would be reformatted"], result.StdoutLines);
        Assert.Equal(["1 file of 2 would be reformatted."], result.StderrLines);
        Assert.Equal(Messy, File.ReadAllText(messy)); // --check changes nothing

        ProcessResult tidy = InProcess.Run(["format", "--check", Path.Combine(folder.Path, "b.txt")], input: null);
        Assert.Equal(0, tidy.ExitCode);
        Assert.Empty(tidy.Stdout);
    }

    [Fact]
    public void Write_rewrites_changed_files_atomically_keeping_their_permissions()
    {
        using var folder = new TempFolder();
        string messy = folder.Write("a.txt", Messy);
        string tidy = folder.Write("b.txt", Tidy);
        File.SetUnixFileMode(messy, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        DateTime untouched = File.GetLastWriteTimeUtc(tidy);

        ProcessResult result = InProcess.Run(["format", "--write", "--line-ending", "lf", folder.Path], input: null);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{messy}: formatted"], result.StdoutLines);
        Assert.Equal(Tidy, File.ReadAllText(messy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(messy));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(tidy));
        Assert.Equal(["a.txt", "b.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray());

        Assert.Equal(0, InProcess.Run(["format", "--check", folder.Path], input: null).ExitCode);
    }

    [Fact]
    public void Write_keeps_a_byte_order_mark_and_never_rewrites_invalid_utf8()
    {
        using var folder = new TempFolder();
        string bom = folder.Write("bom.txt", "\uFEFF" + Messy);
        byte[] invalid = [.. Encoding.UTF8.GetBytes("Başlık  \n\nMetin "), 0xFF, .. "\n\n"u8];
        string latin = folder.WriteBytes("latin.txt", invalid);

        ProcessResult result = InProcess.Run(["format", "--write", folder.Path], input: null);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("\uFEFF" + Tidy.Replace("\n", "\r\n", StringComparison.Ordinal), Encoding.UTF8.GetString(File.ReadAllBytes(bom)));
        Assert.Equal(invalid, File.ReadAllBytes(latin));
        Assert.Equal([$"dispatch: {latin}: not rewritten: invalid UTF-8 at byte offset 18 would be lost", "1 file of 1 reformatted."], result.StderrLines);
    }

    [Fact]
    public void Check_and_write_together_is_a_usage_error()
    {
        ProcessResult result = InProcess.Run("format", "--check", "--write", "tests/samples");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("dispatch: --check and --write cannot be used together.", result.StderrLines[0]);
    }

    [Fact]
    public void Printing_several_files_is_refused_after_the_first()
    {
        ProcessResult result = DispatchProcess.Run("format", "tests/samples");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Diyarbakır'da kütüphane haftası etkinlikleri başladı\n\n", result.Stdout, StringComparison.Ordinal); // separator inserted
        Assert.Equal(["dispatch: tests/samples/ilkha-tr.txt: not printed: format prints one file; use --check or --write for several"], result.StderrLines);
    }
}
