using System.Text;
using DispatchParser.Diagnostics;
using DispatchParser.Fuzz.Targets;

namespace DispatchParser.Fuzz.Tests;

/// <summary>The harness's decoders: what a fuzz input turns into.</summary>
public sealed class DecoderTests
{
    [Fact]
    public void Cli_literal_arguments_stay_inside_the_sandbox()
    {
        byte[] input = Encoding.UTF8.GetBytes("format\0--write\0/etc/passwd\0../../x.txt\0~/y.txt\0sub/c.txt");
        (string[] arguments, byte[] stdin) = CliTarget.Decode(input);
        Assert.Equal(["format", "--write", "etc/passwd", "_/_/x.txt", "y.txt", "sub/c.txt"], arguments);
        Assert.Empty(stdin);
    }

    [Theory]
    [InlineData("lsp")]
    [InlineData("serve")]
    [InlineData("generate")]
    public void Cli_never_runs_commands_that_serve_or_write_without_bound(string command)
    {
        (string[] arguments, _) = CliTarget.Decode(Encoding.UTF8.GetBytes(command + "\0-\u001Etext"));
        Assert.Equal(["check", "-"], arguments);
    }

    [Fact]
    public void Cli_control_bytes_pick_words_of_the_vocabulary_and_0x1E_starts_stdin()
    {
        (string[] arguments, byte[] stdin) = CliTarget.Decode([0x01, (byte)'a', 0, (byte)'-', 0x1E, (byte)'x']);
        Assert.Equal(2, arguments.Length);
        Assert.False(string.IsNullOrEmpty(arguments[0]));
        Assert.Equal("-", arguments[1]);
        Assert.Equal("x"u8.ToArray(), stdin);
    }

    [Fact]
    public void Lsp_text_in_utf16_reaches_the_server_as_lone_surrogate_escapes()
    {
        // didOpen (operation 0), flags 2 (UTF-16LE), "a", U+D800, "b".
        byte[] input = [0, 2, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0];
        string frames = Encoding.UTF8.GetString(LspScript.Decode(input).Frames);
        Assert.Contains("\"text\":\"a\\uD800b\"", frames, StringComparison.Ordinal);
        Assert.StartsWith("Content-Length: ", frames, StringComparison.Ordinal);
        Assert.Contains("\"method\":\"shutdown\"", frames, StringComparison.Ordinal);
    }

    [Fact]
    public void Lsp_lone_surrogate_seed_sends_issue_18_item_2_as_escapes()
    {
        LspScript script = LspScript.Decode(LspScript.LoneSurrogateSeed());
        string frames = Encoding.UTF8.GetString(script.Frames);
        Assert.Contains("\"range\":{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":2,\"character\":0}},\"text\":\"\\uD83D\"", frames, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Ba\\uDC00şlık", frames, StringComparison.Ordinal);
        Assert.Contains("Ba\uDC00şlık\n\nMetin \uDC00\uD800 (AA)\n", script.Texts);
        Assert.False(script.HasRawInput);
    }

    [Fact]
    public void Lsp_records_split_at_0x1E_and_requests_are_counted()
    {
        // hover, symbols, then the final shutdown: initialize + 2 + shutdown requests.
        LspScript script = LspScript.Decode([3, 0, 0, 0, 0x1E, 4, 0]);
        Assert.Equal([1, 2, 3, 4], script.RequestIds);
        Assert.Equal(4, script.ShutdownId);
        Assert.False(script.HasRawInput);
    }

    [Fact]
    public void Core_input_header_selects_the_edit()
    {
        byte[] input = [.. CoreInput.Header(EditMode.Change, position: 3, insertLength: 1, deleteRoot: 2), .. "abcdefgX"u8];
        CoreInput decoded = CoreInput.Decode(input);
        Assert.Equal("abcdefg", decoded.Text);
        Assert.Equal("X", decoded.Insert);
        Assert.Equal(4, decoded.DeleteLength);
        Assert.Equal(3, decoded.Changes()[0].Span.Start);
    }

    [Theory]
    [InlineData(0, new[] { ParseProfile.Strict })]
    [InlineData(1, new[] { ParseProfile.Standard })]
    [InlineData(2, new[] { ParseProfile.Lenient })]
    [InlineData(CoreInput.EveryProfile, new[] { ParseProfile.Strict, ParseProfile.Standard, ParseProfile.Lenient })]
    public void Core_input_header_selects_the_profiles(int profile, ParseProfile[] expected)
    {
        byte[] input = [.. CoreInput.Header(EditMode.TwoChanges, position: 3, insertLength: 1, deleteRoot: 2, profile), .. "abcdefgX"u8];
        CoreInput decoded = CoreInput.Decode(input);
        Assert.Equal(expected, decoded.Profiles.Select(options => options.Profile));
        Assert.Equal(EditMode.TwoChanges, decoded.Mode); // the profile bits leave the edit mode's alone
    }

    [Fact]
    public void Plain_files_and_short_inputs_are_judged_under_every_profile()
    {
        Assert.Equal(3, CoreInput.Decode("Başlık\n\nMetin."u8, raw: true).Profiles.Count);
        Assert.Equal(3, CoreInput.Decode("ab"u8).Profiles.Count);
    }

    [Theory]
    [InlineData(0, (int)CoreChecks.Exporters)]
    [InlineData(1, (int)CoreChecks.Normalizer)]
    [InlineData(2, (int)CoreChecks.Undo)]
    [InlineData(CoreInput.EveryCheck, (int)(CoreChecks.Exporters | CoreChecks.Normalizer | CoreChecks.Undo))]
    public void Core_input_header_selects_the_checks(int checks, int expected)
    {
        byte[] input = [.. CoreInput.Header(EditMode.ChangedText, position: 3, insertLength: 1, deleteRoot: 2, profile: 1, checks), .. "abcdefgX"u8];
        CoreInput decoded = CoreInput.Decode(input);
        Assert.Equal((CoreChecks)expected, decoded.Checks);
        Assert.Equal(EditMode.ChangedText, decoded.Mode); // the check bits leave the edit mode's and the profile's alone
        Assert.Equal([ParseProfile.Standard], decoded.Profiles.Select(options => options.Profile));
    }

    [Fact]
    public void Plain_files_and_short_inputs_get_every_check()
    {
        Assert.Equal(CoreChecks.All, CoreInput.Decode("Başlık\n\nMetin."u8, raw: true).Checks);
        Assert.Equal(CoreChecks.All, CoreInput.Decode("ab"u8).Checks);
    }

    [Fact]
    public void Sixteen_consecutive_seeds_hold_every_pair_of_profile_and_checks()
    {
        var pairs = new HashSet<(string, CoreChecks)>();
        for (int index = 0; index < 16; index++)
        {
            CoreInput seed = CoreInput.Decode(FuzzReplay.Seeds("core", "Başlık\n\nMetin (AA)\n", index).Single());
            pairs.Add((string.Join(",", seed.Profiles.Select(p => p.Profile)), seed.Checks));
        }
        Assert.Equal(16, pairs.Count);
    }
}
