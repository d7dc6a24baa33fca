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
