using System.Text;
using System.Text.Json.Nodes;
using DispatchParser.Cli.Input;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 15, item 2 (encodings): UTF-16/UTF-32 with a byte-order mark are read; <c>--encoding</c> (and
/// dispatch.toml's <c>encoding</c>) decode code pages; <c>auto</c> detects only when the bytes are not
/// UTF-8 and says so (DSP0302); <c>format --write</c> and <c>check --fix</c> write back in the encoding read.
/// </summary>
public sealed class EncodingTests
{
    private const string Turkish = "Başlık üç\n\nANKARA (AA) - Türkiye'de şiddetli yağış ığdır.\nİkinci paragraf.\nYASAL UYARI: Tüm hakları saklıdır.\n";
    private const string Arabic = "عنوان الخبر الرئيسي\n\nأنقرة (الأناضول) - نص الخبر الأول هنا في هذه الفقرة الطويلة نوعا ما عن الطقس.\nفقرة أخيرة من الخبر.\nتنبيه: جميع الحقوق محفوظة.\n";

    static EncodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static byte[] Windows1254(string text) => Encoding.GetEncoding(1254).GetBytes(text);

    public static TheoryData<string> Unicode => new() { "utf-16le", "utf-16be", "utf-32le", "utf-32be" };

    private static Encoding UnicodeNamed(string name) => name switch
    {
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
    };

    private static byte[] WithByteOrderMark(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    [Theory]
    [MemberData(nameof(Unicode))]
    public void Unicode_with_a_byte_order_mark_is_read_as_its_UTF8_twin(string name)
    {
        using var folder = new TempFolder();
        string marked = folder.WriteBytes("marked.txt", WithByteOrderMark(UnicodeNamed(name), Turkish + "Kısa.  \n"));
        string plain = folder.Write("plain.txt", Turkish + "Kısa.  \n");

        ProcessResult fromMarked = InProcess.Run("export", marked, "--compact");
        ProcessResult fromPlain = InProcess.Run("export", plain, "--compact");

        Assert.Equal(0, fromMarked.ExitCode);
        JsonNode parts = JsonNode.Parse(fromMarked.Stdout)!;
        Assert.Equal("Başlık üç", (string?)parts["headline"]);
        // Same parts and diagnostics; only the leading U+FEFF (trivia) shifts nothing visible.
        Assert.Equal(JsonNode.Parse(fromPlain.Stdout)!["paragraphs"]!.ToJsonString(), parts["paragraphs"]!.ToJsonString());
        Assert.DoesNotContain("DSP0301", fromMarked.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_still_a_binary_file()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("bare.txt", new UnicodeEncoding(false, false).GetBytes(Turkish));
        ProcessResult result = InProcess.Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("binary file (NUL byte at offset 1)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_page_is_decoded_with_encoding_and_is_invalid_UTF8_without()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("tr.txt", Windows1254(Turkish));

        ProcessResult asUtf8 = InProcess.Run("check", path);
        Assert.Contains("DSP0301", asUtf8.Stdout, StringComparison.Ordinal);

        ProcessResult decoded = InProcess.Run("export", path, "--encoding", "windows-1254", "--compact");
        Assert.Equal(0, decoded.ExitCode);
        JsonNode parts = JsonNode.Parse(decoded.Stdout)!;
        Assert.Equal("Başlık üç", (string?)parts["headline"]);
        Assert.Empty(parts["diagnostics"]!.AsArray());
    }

    [Theory]
    [InlineData("windows-1256", 1256)]
    [InlineData("iso-8859-6", 28596)]
    public void Arabic_code_pages_are_decoded(string name, int codePage)
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("ar.txt", Encoding.GetEncoding(codePage).GetBytes(Arabic));
        ProcessResult result = InProcess.Run("export", path, "--encoding", name, "--compact");
        Assert.Equal("عنوان الخبر الرئيسي", (string?)JsonNode.Parse(result.Stdout)!["headline"]);
    }

    [Fact]
    public void Auto_keeps_valid_UTF8_without_a_word()
    {
        using var folder = new TempFolder();
        string path = folder.Write("ok.txt", Turkish);
        ProcessResult result = InProcess.Run("check", path, "--encoding", "auto");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("DSP0302", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 0 infos.", result.StdoutLines[^1]);
    }

    [Fact]
    public void Auto_detects_a_code_page_and_reports_its_choice_as_DSP0302()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("ar.txt", Encoding.GetEncoding(1256).GetBytes(Arabic));

        ProcessResult check = InProcess.Run("check", path, "--encoding", "auto", "--format", "json");
        JsonArray diagnostics = JsonNode.Parse(check.Stdout)!["files"]![0]!["diagnostics"]!.AsArray();
        JsonNode detected = Assert.Single(diagnostics, d => (string?)d!["code"] == "DSP0302")!;
        Assert.Equal("info", (string?)detected["severity"]);
        Assert.Equal(1, (int?)detected["line"]);
        Assert.Equal(1, (int?)detected["column"]);
        Assert.Contains("windows-1256", (string?)detected["message"], StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => (string?)d!["code"] == "DSP0301");

        ProcessResult export = InProcess.Run("export", path, "--encoding", "auto", "--compact");
        Assert.Equal("عنوان الخبر الرئيسي", (string?)JsonNode.Parse(export.Stdout)!["headline"]);
    }

    [Fact]
    public void DSP0302_can_be_silenced_like_any_code()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("ar.txt", Encoding.GetEncoding(1256).GetBytes(Arabic));
        ProcessResult result = InProcess.Run("check", path, "--encoding", "auto", "--severity", "DSP0302=none");
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 0 infos.", result.StdoutLines[^1]);
    }

    [Fact]
    public void Dispatch_toml_sets_the_encoding_and_the_command_line_wins()
    {
        using var folder = new TempFolder();
        folder.Write("dispatch.toml", "encoding = \"windows-1254\"\n");
        string path = folder.WriteBytes("tr.txt", Windows1254(Turkish));

        ProcessResult configured = InProcess.Run("check", path);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 0 infos.", configured.StdoutLines[^1]);

        ProcessResult overridden = InProcess.Run("check", path, "--encoding", "utf-8");
        Assert.Contains("DSP0301", overridden.Stdout, StringComparison.Ordinal);

        ProcessResult shown = InProcess.Run("config", "show", path);
        Assert.Contains(shown.StdoutLines, line => line.StartsWith("encoding = windows-1254  (dispatch.toml: ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_encoding_in_dispatch_toml_is_a_problem_naming_the_file()
    {
        using var folder = new TempFolder();
        string config = folder.Write("dispatch.toml", "encoding = \"latin-9\"\n");
        string path = folder.Write("a.txt", Turkish);
        ProcessResult result = InProcess.Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}: encoding must be one of", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_encoding_on_the_command_line_is_a_usage_error()
    {
        ProcessResult result = InProcess.Run("check", "-", "--encoding", "ebcdic");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ebcdic", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_write_keeps_UTF16_its_byte_order_mark_and_its_line_breaks()
    {
        using var folder = new TempFolder();
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        string messy = "Başlık  \r\n\r\n\r\nANKARA (AA) - Metin.\t\r\nYASAL UYARI: x\r\n";
        string path = folder.WriteBytes("messy.txt", WithByteOrderMark(utf16, messy));

        ProcessResult result = InProcess.Run("format", "--write", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(WithByteOrderMark(utf16, "Başlık\r\n\r\nANKARA (AA) - Metin.\r\nYASAL UYARI: x\r\n"), File.ReadAllBytes(path));
        Assert.Equal(0, InProcess.Run("format", "--check", path).ExitCode);
    }

    [Fact]
    public void Format_write_round_trips_windows_1254()
    {
        using var folder = new TempFolder();
        string tidy = Turkish.Replace("\n", "\r\n", StringComparison.Ordinal);
        string canonical = folder.WriteBytes("canonical.txt", Windows1254(tidy));
        string messy = folder.WriteBytes("messy.txt", Windows1254(tidy.Replace("Başlık üç\r\n", "Başlık üç   \r\n", StringComparison.Ordinal)));

        ProcessResult result = InProcess.Run("format", "--write", "--encoding", "windows-1254", canonical, messy);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([messy + ": formatted"], result.StdoutLines);
        Assert.Equal(Windows1254(tidy), File.ReadAllBytes(canonical)); // untouched
        Assert.Equal(Windows1254(tidy), File.ReadAllBytes(messy)); // same bytes as the canonical one: CR LF and code page kept
    }

    [Fact]
    public void Check_fix_writes_back_in_the_encoding_read()
    {
        using var folder = new TempFolder();
        // No blank line after the headline: DSP0002 has a fix.
        string path = folder.WriteBytes("fix.txt", Windows1254("Başlık üç\nANKARA (AA) - Şimdi.\nYASAL UYARI: Tüm hakları saklıdır.\n"));

        ProcessResult result = InProcess.Run("check", "--fix", "--encoding", "windows-1254", path);

        Assert.Contains("fixed 1 diagnostic (DSP0002)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Windows1254("Başlık üç\n\nANKARA (AA) - Şimdi.\nYASAL UYARI: Tüm hakları saklıdır.\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Byte_order_marks_name_their_encoding_UTF32_before_UTF16()
    {
        Assert.Equal("utf-32le", TextEncoding.FromByteOrderMark([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])!.Name);
        Assert.Equal("utf-16le", TextEncoding.FromByteOrderMark([0xFF, 0xFE, 0x41, 0x00])!.Name);
        Assert.Equal("utf-16be", TextEncoding.FromByteOrderMark([0xFE, 0xFF, 0x00, 0x41])!.Name);
        Assert.Equal("utf-32be", TextEncoding.FromByteOrderMark([0x00, 0x00, 0xFE, 0xFF])!.Name);
        Assert.Null(TextEncoding.FromByteOrderMark("plain"u8));
    }
}
