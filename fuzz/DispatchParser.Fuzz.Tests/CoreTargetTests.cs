using DispatchParser.Fuzz.Targets;

namespace DispatchParser.Fuzz.Tests;

/// <summary>The core target's own checks: an oracle that is wrong either misses bugs or reports false crashes.</summary>
public sealed class CoreTargetTests
{
    [Theory]
    [InlineData("Başlık\n\nMetin.", "Başlık\n\nMetin.")]
    [InlineData("Başlık  \n\n\n Metin.\r\n", "Başlık\n\nMetin.")]
    [InlineData("a b\u00A0c\td", "abcd")]
    [InlineData("", " \n\r\n\u3000")]
    [InlineData("ab", "a\u2009b")]
    public void Whitespace_and_line_breaks_alone_may_change(string left, string right)
    {
        Assert.True(CoreTarget.SameApartFromWhitespace(left, right));
        Assert.True(CoreTarget.SameApartFromWhitespace(right, left));
    }

    [Theory]
    [InlineData("Başlık\n\nMetin.", "Baslık\n\nMetin.")]
    [InlineData("ab", "a b c")]
    [InlineData("abc", "ab")]
    [InlineData("a\u200Bb", "ab")] // a zero-width space is not whitespace to the grammar
    [InlineData("x", "")]
    public void Any_other_change_is_caught(string left, string right)
    {
        Assert.False(CoreTarget.SameApartFromWhitespace(left, right));
        Assert.False(CoreTarget.SameApartFromWhitespace(right, left));
    }

    [Theory]
    [InlineData(0, 3, 2, "xy")]
    [InlineData(0, 0, 0, "")]
    [InlineData(2, 2, 1, "q")]
    [InlineData(2, 40, 4, "")]
    [InlineData(1, 1000, 9, "z")]
    public void The_harness_hands_its_changes_in_text_order_so_applying_them_directly_equals_SourceText_WithChanges(int mode, int position, int delete, string insert)
    {
        var input = new CoreInput("Başlık\r\n\r\nMetin (AA)\nSon.", (EditMode)mode, position, delete, insert);
        DispatchParser.Text.TextChange[] changes = input.Changes();
        Assert.Equal(DispatchParser.Text.SourceText.From(input.Text).WithChanges(changes).ToString(), DispatchParser.Text.SourceText.Apply(input.Text, changes));
    }

    [Theory]
    [InlineData("""{"a":"b\nc","d":["\\u0041",1]}""")]
    [InlineData("""{"a":"\uD83D\uDE00 \u0001","\u00e9":"\"x\""}""")]
    [InlineData("""{"a":"\\uD800"}""")] // an escaped backslash and the letters uD800
    public void Well_formed_json_passes_the_read_back(string json) =>
        CoreTarget.CheckWellFormedJson(System.Text.Encoding.UTF8.GetBytes(json), "test");

    [Theory]
    [InlineData("""{"a":"\uD800"}""")] // a lone high surrogate, escaped
    [InlineData("""{"a":"x\uDC00\uD800"}""")] // the pair's halves in the wrong order
    [InlineData("""{"a":"\q"}""")] // no such escape
    [InlineData("""{"a":1}{"b":2}""")] // two values
    [InlineData("""{"a":"b""")] // cut short
    public void Malformed_json_fails_the_read_back(string json) =>
        Assert.ThrowsAny<Exception>(() => CoreTarget.CheckWellFormedJson(System.Text.Encoding.UTF8.GetBytes(json), "test"));

    [Fact]
    public void Invalid_utf8_fails_the_read_back() =>
        Assert.Throws<InvariantViolationException>(() => CoreTarget.CheckWellFormedJson([(byte)'"', 0xC3, (byte)'"'], "test"));

    [Theory]
    [InlineData(0, "the JSON exporter: write", "normalize")]
    [InlineData(1, "normalize", "the ninjs exporter: write")]
    [InlineData(2, "undo parse", "normalize")]
    public void The_fuzzer_runs_the_checks_the_header_picks_and_a_replay_runs_them_all(int checks, string ran, string left)
    {
        byte[] input = [.. CoreInput.Header(EditMode.Change, position: 9, insertLength: 1, deleteRoot: 1, profile: 0, checks), .. "Başlık\n\nMetin (AA)\nx"u8];
        var target = new CoreTarget();
        Assert.Contains(ran, StagesOf(() => target.Fuzz(input)));
        Assert.DoesNotContain(left, StagesOf(() => target.Fuzz(input)));
        string[] all = ["the JSON exporter: write", "the ninjs exporter: write", "normalize", "undo parse", "incremental: full parse", "analyzers", "positions"];
        Assert.All(all, stage => Assert.Contains(stage, StagesOf(() => target.Run(input, raw: false))));
    }

    private static IReadOnlyList<string> StagesOf(Action run)
    {
        var clock = new StageClock();
        CoreTarget.Clock = clock;
        try
        {
            run();
        }
        finally
        {
            CoreTarget.Clock = null;
        }
        return clock.Stages;
    }

    [Theory]
    [InlineData("Başlık\r\n\r\nMetin (AA)\rİkinci\n\nSon\r")]
    [InlineData("\r\n\r\r\n\n\n\r")]
    [InlineData("tek satır")]
    public void Positions_agree_with_the_naive_count_at_every_offset(string text)
    {
        // CheckPositions compares FindToken and SourceText's line and column with its own count at the edit position.
        for (int position = 0; position <= text.Length; position++)
            CoreTarget.Run(new CoreInput(text, EditMode.None, position, 0, ""));
    }
}
