using FsCheck;
using FsCheck.Fluent;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>
/// Arbitrary UTF-16 strings: any code unit (lone surrogates included), mixed with the characters and
/// pieces that matter to the format — CR, LF, CR LF, the grammar's whitespace, U+FEFF, NUL, controls,
/// bidi controls, Arabic and Turkish letters, surrogate pairs, markers, tags, dashes, digits and colons.
/// Shrinks with <see cref="TextShrinker"/>.
/// </summary>
internal static class UnicodeGenerators
{
    private static readonly string[] s_pieces =
    [
        "(AA)", "(İLKHA)", "(NDMA)", "(", ")", "ANKARA ", "ANKA", " - ", "--", "–", "—", "_", "واس", "عين اليوم", "25",
        "10:12", " ت م", "GMT", "Reuter", "MORE", "// انتهى //", "// يتبع //", "YASAL UYARI:", "تنبيه:", "UYARI:",
        "Legal notice :", "HIŞYARÎ:", "A.A", "أ ف ب", "Başlık", "metin", "x", "//", ":",
    ];

    private static readonly string[] s_letters = ["a", "Z", "ı", "İ", "ş", "Ğ", "Î", "ê", "ب", "ع", "ي", "ة", "١", "😀", "𝐀", "字", "\u0301"];

    public static Arbitrary<GeneratedText> Strings() =>
        Gen.Sized(size => Strings(Math.Max(1, size))).WithShrinker(MalformedGenerators.ShrinkText);

    /// <summary>Short strings, for the generated parser.</summary>
    public static Arbitrary<GeneratedText> ShortStrings() =>
        Gen.Sized(size => Strings(Math.Clamp(size / 3, 1, 30))).WithShrinker(MalformedGenerators.ShrinkText);

    private static Gen<GeneratedText> Strings(int size) =>
        from count in Gen.Choose(0, size * 2)
        from atoms in Gen.ListOf(Atom(), count)
        select new GeneratedText(string.Concat(atoms), "unicode");

    public static Gen<string> Atom() =>
        Gen.Frequency(
            (4, Gen.Choose(0, 0xFFFF).Select(code => ((char)code).ToString())),
            (4, Pick.From(CharacterPools.LineBreaks)),
            (3, Pick.From(CharacterPools.Whitespace)),
            (4, Gen.Elements(s_letters)),
            (4, Gen.Elements(s_pieces)),
            (1, Gen.Constant(CharacterPools.ByteOrderMark)),
            (1, Pick.From(CharacterPools.Controls)),
            (1, Pick.From(CharacterPools.BidiControls)),
            (1, Pick.From(CharacterPools.LoneSurrogates)),
            (1, Gen.Elements("\uFFFE", "\uFFFF", "\uFFFD")));
}
