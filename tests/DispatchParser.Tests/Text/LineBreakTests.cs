using DispatchParser.Text;

namespace DispatchParser.Tests.Text;

/// <summary>One measure of a line break for every layer (issue 11 item 4): CR LF is one break of two characters.</summary>
public sealed class LineBreakTests
{
    [Theory]
    [InlineData("a\nb", 1, 1)]
    [InlineData("a\r\nb", 1, 2)]
    [InlineData("a\rb", 1, 1)]
    [InlineData("a\r", 1, 1)]
    [InlineData("a\r\r\n", 1, 1)]
    [InlineData("a\r\r\n", 2, 2)]
    [InlineData("a\n\r", 1, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("ab", 0, 0)]
    [InlineData("ab", 2, 0)]
    [InlineData("ab", -1, 0)]
    [InlineData("", 0, 0)]
    [InlineData("a\u2028b", 1, 0)]
    [InlineData("a\u0085b", 1, 0)]
    public void LengthAt_measures_CR_LF_as_one_break(string text, int index, int expected) =>
        Assert.Equal(expected, LineBreak.LengthAt(text, index));

    [Theory]
    [InlineData("a\nb", "\n")]
    [InlineData("a\r\nb\nc", "\r\n")]
    [InlineData("a\rb\r\n", "\r")]
    [InlineData("a\r", "\r")]
    [InlineData("no break", "\n")]
    [InlineData("", "\n")]
    public void FirstIn_is_the_text_s_first_break_else_LF(string text, string expected) =>
        Assert.Equal(expected, LineBreak.FirstIn(text));

    [Fact]
    public void The_line_table_breaks_where_LengthAt_says()
    {
        const string text = "a\r\nb\rc\nd\r\r\ne";
        SourceText source = SourceText.From(text);
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            int length = LineBreak.LengthAt(text, i);
            if (length == 0) continue;
            i += length - 1;
            starts.Add(i + 1);
        }
        Assert.Equal(starts, Enumerable.Range(0, source.LineCount).Select(line => source.GetLine(line).Start));
    }
}
