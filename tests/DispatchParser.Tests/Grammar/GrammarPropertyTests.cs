using DispatchParser.Grammar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// Properties of the generated parser on any input: it never throws, its tokens cover the text
/// exactly, and a well-formed parse lowers to parts whose spans slice the text.
/// Inputs are kept small: the ANTLR lexer is slow on non-ASCII text.
/// </summary>
public sealed class GrammarPropertyTests
{
    // Pieces that make the line classes, their boundaries and the awkward characters likely.
    private static readonly string[] s_pieces =
    [
        "\n", "\n", "\n", "\r\n", "\r", " ", "\t", "\u00A0", "\u3000", "\uFEFF", "\0", "\uD800", "\uDC00", "\u202E",
        "Başlık", "metin", "x", "(AA)", "(İLKHA)", "(NDMA)", "(", ")", "ANKARA ", "ANKA", " - ", "--", "–", "_",
        "واس", "عين اليوم", "25", "10:12", " ت م", "GMT", "Reuter", "MORE", "// انتهى //", "// يتبع //",
        "YASAL UYARI:", "تنبيه:", "UYARI:", "Legal notice :", "A.A", "أ ف ب",
    ];

    private static Arbitrary<string> DispatchLikeText() =>
        Gen.Elements(s_pieces).ListOf().Select(pieces => string.Concat(pieces)).ToArbitrary();

    private static Arbitrary<string> CanonicalShapedText() =>
        Gen.Elements(s_pieces).ListOf().Select(pieces => string.Concat(pieces))
            .Select(noise => $"Başlık\n\n{noise}Paragraf. (AA)\nYASAL UYARI: {noise}")
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Parse_never_throws_and_tokens_cover_the_text() =>
        Prop.ForAll(DispatchLikeText(), CheckInvariants);

    [Property(MaxTest = 200)]
    public Property Noise_inside_a_canonical_dispatch_never_breaks_the_invariants() =>
        Prop.ForAll(CanonicalShapedText(), CheckInvariants);

    [Property(MaxTest = 100)]
    public bool Parse_never_throws_on_arbitrary_strings(NonNull<string> text) => CheckInvariants(text.Get);

    private static bool CheckInvariants(string text)
    {
        var result = DispatchGrammar.Parse(text);
        var tokenText = string.Concat(result.Tokens.Where(t => t.Type != Antlr4.Runtime.TokenConstants.EOF).Select(t => t.Text));
        // The tokens cover the text the grammar read: the text itself, every fold's line break a space (same length).
        Assert.Equal(DispatchGrammar.Fold(text), tokenText);
        Assert.Equal(text.Length, tokenText.Length);
        Assert.Equal(result.Errors.Count == 0, result.IsWellFormed);

        var parts = result.Lower();
        if (result.IsWellFormed)
        {
            Assert.NotNull(parts.Headline);
            Assert.NotNull(parts.Notice);
            Assert.NotNull(parts.AgencyTag);
            Assert.NotEmpty(parts.Paragraphs);
            foreach (var part in parts.Paragraphs.Concat(parts.Briefs).Append(parts.Headline).Append(parts.Notice))
            {
                // In the wrapped layout a part's text joins its folds (and the whitespace around them) to one space
                // (grammar/README.md 1.1); noise can make a canonical-shaped text wrapped.
                string spanText = part.Span.GetText(text);
                Assert.Equal(result.IsWrapped ? DispatchParser.Text.LogicalLine.Join(spanText) : spanText, part.Text);
                Assert.NotEqual(0, part.Span.Length);
            }

            Assert.Equal(parts.AgencyTag.Span.GetText(text), parts.AgencyTag.Text);
        }

        return true;
    }
}
