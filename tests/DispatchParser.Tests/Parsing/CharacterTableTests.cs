using DispatchParser.Parsing;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// The parser's character tests agree, for every UTF-16 code unit, with the definitions they stand for:
/// <see cref="CharacterClasses.IsWhitespace"/> with the grammar's W, and the first-character table of the plain-line
/// shortcuts (<see cref="LineClassifier.IsPlainText"/>, <see cref="LineClassifier.IsPlainClosing"/>) with the full
/// classification, which keeps the marker-start search and the closing-word dictionary.
/// </summary>
public sealed class CharacterTableTests
{
    private static readonly LineClassifier s_classifier = LineClassifier.Default;

    /// <summary>The grammar's W (grammar/README.md section 1), written out as a set.</summary>
    private static readonly HashSet<char> s_whitespace =
        [' ', '\t', '\u000B', '\u000C', '\r', '\n', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
         '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000'];

    [Fact]
    public void IsWhitespace_is_the_grammars_W_for_every_code_unit()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(s_whitespace.Contains((char)c) == CharacterClasses.IsWhitespace((char)c), $"U+{c:X4}");
    }

    /// <summary>Endings a plain line may have and a closing line has: a full stop, a letter, a group, a digit, a stamp zone.</summary>
    public static TheoryData<string> Endings => new() { "haberin devamı burada.", "haberin devamı burada", " (AA).", " 10:12", " // انتهى //", " GMT", "ab.", "ل", "HA." };

    [Theory]
    [MemberData(nameof(Endings))]
    public void Plain_line_shortcuts_agree_with_the_full_classification_whatever_the_first_character(string ending)
    {
        // Every code unit the table holds and well past it, then a sample of the rest (looked up, not tabled).
        for (int c = 0; c <= char.MaxValue; c += c < 0x1000 ? 1 : 7)
        {
            if (c is '\r' or '\n') continue;
            string line = (char)c + ending;
            string plainText = (char)c + "aynak sözcüğüyle başlayan ama " + ending;
            foreach (string candidate in new[] { line, plainText, "  " + line })
            {
                LineClass full = s_classifier.ClassifyInFull(candidate, fine: false);
                if (s_classifier.IsPlainText(candidate)) Assert.True(full == LineClass.Text, $"IsPlainText, U+{c:X4}: {full}");
                if (s_classifier.IsPlainClosing(candidate))
                    Assert.True(s_classifier.ClassifyClosing(candidate) == LineClass.Text, $"IsPlainClosing, U+{c:X4}: {s_classifier.ClassifyClosing(candidate)}");
            }
        }
    }

    [Theory]
    [InlineData("Reuter ajansının haberine göre toplantı sürdü", true)]
    [InlineData("reuters muhabirine konuşan yetkili açıklama yaptı", true)]
    [InlineData("2026 yılında başlayan çalışmalar sürüyor", true)]
    [InlineData("7 bin kişinin katıldığı tören yapıldı.", true)]
    [InlineData("10:12                                     GMT", false)]
    [InlineData("9:30 ت                                       م", false)]
    [InlineData("12:00 itibarıyla yürürlüğe giren karar", false)]
    [InlineData("Reuter", false)]
    [InlineData("طفل.", true)]
    [InlineData("الهدف.", false)] // an alias opens with ا: a line this short may be a bare sign-off, asked in full
    [InlineData("AA.", false)]
    [InlineData("واس.", false)]
    [InlineData("DHA", false)]
    [InlineData("MORE", false)]
    [InlineData("9:30", false)]
    [InlineData("Ayşe DEMİR / İZMİR, (DHA)", false)]
    public void A_physical_line_opening_with_a_sign_off_letter_or_a_digit_or_as_short_as_a_sign_off_is_plain_unless_it_may_be_a_stamp_or_sign_off(string line, bool plain)
    {
        Assert.Equal(plain, s_classifier.IsPlainClosing(line));
        // Exact: plain only where the closing classification says text.
        if (plain) Assert.Equal(LineClass.Text, s_classifier.ClassifyClosing(line));
        if (s_classifier.IsPlainText(line)) Assert.Equal(LineClass.Text, s_classifier.ClassifyInFull(line, fine: false));
    }

    [Fact]
    public void Lines_opening_with_a_closing_word_are_not_plain_and_lines_sharing_only_its_letter_are()
    {
        // انتهى is no closing word (only "// انتهى //" is an end marker): a line opening with it is plain like any other.
        foreach (string word in new[] { "Kaynak", "KAYNAK", "المصدر", "تنبيه", "YASAL UYARI", "Source", "Çavkanî", "MORE" })
        {
            string closing = word + ": uzun bir satırın devamı burada yazılı.";
            Assert.False(s_classifier.IsPlainClosing(closing), closing);
            // The coarse shortcut asks the closing tests of such a line: plain exactly when the full classification says text.
            Assert.Equal(s_classifier.ClassifyInFull(closing, fine: false) == LineClass.Text, s_classifier.IsPlainText(closing));
            string sharing = word[0] + "x uzun bir satırın devamı burada yazılı.";
            Assert.True(s_classifier.IsPlainClosing(sharing), sharing);
            Assert.True(s_classifier.IsPlainText(sharing), sharing);
        }
    }
}
