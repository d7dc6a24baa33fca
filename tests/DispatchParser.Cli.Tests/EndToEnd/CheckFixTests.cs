namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary><c>dispatch check --fix</c>: the language server's quick fixes applied to files, atomically, in process.</summary>
public sealed class CheckFixTests
{
    private const string Notice = "YASAL UYARI: Yayınlanan haberin tüm hakları İlke Haber Ajansı'na aittir.";
    private const string Fixable = "Başlık\nİlk paragraf\u202E burada.\n" + Notice + "\n";
    private const string Fixed = "Başlık\n\nİlk paragraf burada. (İLKHA)\n" + Notice + "\n";

    [Fact]
    public void Fix_rewrites_the_file_and_reports_what_remains()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", Fixable);
        string untouched = folder.Write("b.txt", "Başlık\n\nMetin burada.\nYASAL UYARI: Tüm hakları saklıdır.\n");

        ProcessResult result = InProcess.Run("check", "--fix", folder.Path);

        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal([$"dispatch: {path}: fixed 3 diagnostics (DSP0002, DSP0202, DSP0003)"], result.StderrLines);
        // b.txt's missing tag has no fix (its notice names no agency): reported, file unchanged.
        Assert.Equal(1, result.ExitCode);
        string remaining = Assert.Single(result.StdoutLines[..^1]);
        Assert.StartsWith(untouched + "(", remaining, StringComparison.Ordinal);
        Assert.Contains("error DSP0003", remaining, StringComparison.Ordinal);
        Assert.Equal(["a.txt", "b.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        ProcessResult again = InProcess.Run("check", "--fix", path);
        Assert.Equal(0, again.ExitCode);
        Assert.Empty(again.Stderr);
    }

    [Fact]
    public void Fix_turns_a_bare_sign_off_into_the_canonical_tag()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", "Başlık\n\nVatandaşlar ilgi gösterdi.\n  AA\n" + Notice + "\n");

        ProcessResult result = InProcess.Run("check", "--fix", path);

        Assert.Equal("Başlık\n\nVatandaşlar ilgi gösterdi.\n  (AA)\n" + Notice + "\n", File.ReadAllText(path));
        Assert.Equal([$"dispatch: {path}: fixed 1 diagnostic (DSP0107)"], result.StderrLines);
    }

    [Fact]
    public void Fix_refuses_a_read_only_file_unless_forced_and_says_so()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", Fixable);
        File.SetUnixFileMode(path, UnixFileMode.UserRead);

        ProcessResult refused = InProcess.Run("check", "--fix", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(Fixable, File.ReadAllText(path));
        Assert.Equal(
            [$"dispatch: {path}: not fixed (DSP0002, DSP0202, DSP0003): not rewritten: the file is read-only (use --force to rewrite it anyway)"],
            refused.StderrLines);
        Assert.EndsWith("; 1 file not fixed.", refused.StdoutLines[^1], StringComparison.Ordinal);

        ProcessResult forced = InProcess.Run("check", "--fix", "--force", path);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Fix_cannot_rewrite_standard_input_and_reports_its_diagnostics()
    {
        ProcessResult result = InProcess.Run(["check", "--fix", "-"], Fixable);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["dispatch: <stdin>: not fixed (DSP0002, DSP0202, DSP0003): standard input cannot be fixed in place"], result.StderrLines);
        Assert.Equal(4, result.StdoutLines.Length);
    }
}
