using DispatchParser.Text;

namespace DispatchParser.Tests.Text;

public sealed class SourceTextTests
{
    [Fact]
    public void Lines_and_positions_count_CRLF_CR_and_LF_once_each()
    {
        SourceText text = SourceText.From("ab\r\ncd\ref\ngh");
        Assert.Equal(4, text.LineCount);
        Assert.Equal(new TextSpan(0, 2), text.GetLine(0).Span);
        Assert.Equal(new TextSpan(0, 4), text.GetLine(0).SpanIncludingLineBreak);
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(5));
        Assert.Equal(new LinePosition(3, 2), text.GetLinePosition(text.Length));
        Assert.Equal(5, text.GetPosition(new LinePosition(1, 1)));
    }

    [Fact]
    public void Positions_past_the_end_clamp()
    {
        SourceText text = SourceText.From("ab\ncd");
        Assert.Equal(2, text.GetPosition(new LinePosition(0, 99)));
        Assert.Equal(5, text.GetPosition(new LinePosition(9, 0)));
    }

    [Fact]
    public void Columns_count_UTF16_code_units()
    {
        SourceText text = SourceText.From("😀x\ny");
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
    }

    [Fact]
    public void Changed_text_is_built_lazily_and_equals_the_eager_result()
    {
        SourceText text = SourceText.From("hello world");
        SourceText changed = text.WithChanges(new TextChange(new TextSpan(6, 5), "there"), TextChange.Insert(0, ">> "));
        Assert.Equal(14, changed.Length);
        Assert.Equal(">> hello there", changed.ToString());
    }

    [Fact]
    public void A_long_chain_of_unread_edits_materializes_without_recursion()
    {
        SourceText text = SourceText.From("");
        for (int i = 0; i < 20_000; i++) text = text.WithChanges(TextChange.Insert(text.Length, "x"));
        Assert.Equal(new string('x', 20_000), text.ToString());
    }

    [Fact]
    public void Overlapping_changes_are_rejected() =>
        Assert.Throws<ArgumentException>(() => SourceText.From("abcdef").WithChanges(
            new TextChange(new TextSpan(0, 3), "x"), new TextChange(new TextSpan(2, 2), "y")));
}
