namespace DispatchParser.TestSupport;

/// <summary>
/// Inputs built to stress one part of the parser each, as a function of a repeat count: the linearity tests assert
/// that doubling one at most doubles a parse's allocations, and the linearity benchmark times them at n and 2n.
/// </summary>
public static class PathologicalShapes
{
    public static IReadOnlyList<(string Name, Func<int, string> Build)> All { get; } =
    [
        ("canonical dispatch, many paragraphs", n => "Başlık\n\n" + string.Concat(Enumerable.Repeat("Bir paragraf daha yazıldı.\n", n)) + "Son. (AA)\nYASAL UYARI: Haklar.\n"),
        ("many briefs", n => "Başlık\n\nSon. (AA)\nYASAL UYARI: Haklar.\n" + string.Concat(Enumerable.Repeat("خبر قصير (NDMA) أن حصيلة.\n", n))),
        ("one long line", n => new string('a', 25 * n)),
        ("one long line of parentheses", n => string.Concat(Enumerable.Repeat("((AA) ", 4 * n))),
        ("blank lines", n => "Başlık" + new string('\n', 25 * n) + "x (AA)"),
        ("whitespace-only lines", n => string.Concat(Enumerable.Repeat(" \t\u00A0\n", 6 * n))),
        ("CR only", n => string.Concat(Enumerable.Repeat("x\r", 12 * n))),
        ("byte-order marks", n => "Başlık\n\n" + string.Concat(Enumerable.Repeat("\uFEFF\uFEFF x\n", 5 * n))),
        ("dateline lines", n => string.Concat(Enumerable.Repeat("ANKARA (AA) - metin\n", n))),
        ("sign-offs mid-body", n => "Başlık\n\nmetin\n" + string.Concat(Enumerable.Repeat("(AA)\n", 5 * n)) + "YASAL UYARI: x"),
        ("notices", n => "Başlık\n\nmetin (AA)\n" + string.Concat(Enumerable.Repeat("YASAL UYARI: x\n", 2 * n))),
        ("end markers", n => "Başlık\n\nmetin (AA)\n" + string.Concat(Enumerable.Repeat("// انتهى //\n", 2 * n))),
        ("lone surrogates and controls", n => string.Concat(Enumerable.Repeat("\uD800\0\u202E\uDC00x\n", 4 * n))),
    ];

    /// <summary>The shape named <paramref name="name"/>.</summary>
    public static Func<int, string> Named(string name) => All.First(shape => shape.Name == name).Build;
}
