using FsCheck;
using FsCheck.Fluent;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>
/// Dispatches assembled line by line from the shapes that decide how a body is read (grammar/README.md 2.3):
/// lead-in lines, deck lines (some opening with a residue or source prefix), place lines and paragraphs, own-line
/// datelines, bylines with or without an agency, paragraphs, and an end that names the agency or not — a tag, a
/// credit, a line that opens with a tag and ends with a credit, a group holding another group, a sign-off, a source
/// line. Each slot is filled at random (in any order in the head), so the combinations the two parsers must agree
/// on come up directly rather than by chance mutation: a byline after a place line, a residue prefix on a deck line
/// before an own-line dateline, parentheses inside a credit. Small (the ANTLR lexer is slow on Arabic); shrinks with
/// <see cref="TextShrinker"/>.
/// </summary>
internal static class BodyShapeGenerators
{
    private static readonly string[] s_headlines =
        ["Belediye bütçesi kabul edildi", "مجلس الوزراء يقر تنظيم الهيئة", "Flood warning for river towns", "Kuraklık çiftçileri zorluyor"];

    private static readonly string[] s_leadInLines = ["Next Previous", "إضافة أولى", "إضافة خامسة وأخيرة", "شارك من خلال تويتر فيسبوك جوجل"];

    private static readonly string[] s_headLines =
    [
        // deck lines, bare and with lead-in prefixes
        "Belediye meclisi toplandı", "Kısa bir özet cümlesi.", "Next Previous قرار المجلس", "سبق- وكالات: قال الوزير",
        "Next Previous سبق- وكالات: قال الوزير", "10:12 ت م", "ANKARA (AA) - Toplantı yapıldı.",
        // place lines and place paragraphs
        "İSTANBUL", "ANKARA -", "  TC", "ELİ", "MADRİD - İkinci ligde maç oynandı", "[Portal-İzmir] Haber metni",
        // own-line datelines
        "الرياض – واس", "Ankara - ANKA", "الخرطوم 25 شوال 1436 هـ م واس",
        // bylines
        "ZEYNEP KARA DHA", "CAN ARSLAN Kemer DHA", "MURAT ÖZTÜRK - DHA", "ELİF ŞAHİN Ankara", "HABER MERKEZİ", "BARTIN DHA",
    ];

    private static readonly string[] s_paragraphs =
    [
        "Meclis bütçeyi oy çokluğuyla kabul etti.", "وقرر المجلس الموافقة على التنظيم.", "Residents were told to prepare for flooding",
        "Çiftçiler kanalların tamamlanmasını istedi.", "Protesto eden öğrenciler (AA) yürüdü", "(İHA) Yağışlar bu yıl az oldu.",
    ];

    /// <summary>What may end the last paragraph's line: nothing, a tag, a credit, a group holding a group.</summary>
    private static readonly string[] s_lineEnds =
        ["", "", " (AA)", " (AA).", " (Ayşe Demir / DHA)", " (DHA/Mehmet KAYA)", " (Reuters/Jane Doe (WAM))", " (Ali) Veli / DHA)", " (NDMA)", " // انتهى //"];

    /// <summary>Lines that may follow the last paragraph: sign-offs, credits (well-formed or not), source lines, an end marker.</summary>
    private static readonly string[] s_endLines =
    [
        "(AA)", "AA", "Reuter", "(dha)", "(Ayşe Demir / DHA)", "(Reuters/Jane Doe (WAM))", "(Reuters/Jan(A&B))",
        "(İHA) Çiftçiler istedi. (Ayşe Demir / DHA)", "Kaynak: AA", "Kaynak: hurriyet.com.tr", "// انتهى //",
        // a tag or sign-off that carries the end marker: the paragraph a place line, lead-in line or dash line needs
        // after it (the differential fuzz run of 2026-12-03 found the two parsers disagreeing there)
        "(AA) // انتهى //", "(FP)//انتهى//", "AA // انتهى //",
    ];

    private static readonly string[] s_notices = ["YASAL UYARI: Haberin tüm hakları ajansa aittir.", "تنبيه: جميع الحقوق محفوظة.", "LEGAL NOTICE: All rights reserved."];

    public static Arbitrary<GeneratedText> Dispatches() =>
        Dispatch(Gen.Choose(1, 2), Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2))))
            .WithShrinker(MalformedGenerators.ShrinkText);

    /// <summary>
    /// No paragraph: the head lines (place lines, lead-ins, dash lines, bylines) meet the end lines directly, so the
    /// line that names the agency at the end is also the paragraph they need after them — where the differential fuzz
    /// run of 2026-12-03 found the two parsers disagreeing (a place line before <c>(FP)//انتهى//</c>).
    /// </summary>
    public static Arbitrary<GeneratedText> DispatchesWithoutParagraph() =>
        Dispatch(Gen.Constant(0), Gen.Choose(1, 2)).WithShrinker(MalformedGenerators.ShrinkText);

    private static Gen<GeneratedText> Dispatch(Gen<int> paragraphCount, Gen<int> endLineCount) =>
        from headline in Gen.Elements(s_headlines)
        from leadIns in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Gen.Elements(s_leadInLines), n))
        from head in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Elements(s_headLines), n))
        from paragraphs in paragraphCount.SelectMany(n => Gen.ListOf(Gen.Elements(s_paragraphs), n))
        from lineEnd in Gen.Elements(s_lineEnds)
        from endLines in endLineCount.SelectMany(n => Gen.ListOf(Gen.Elements(s_endLines), n))
        from notice in Gen.Frequency((5, Gen.Elements(s_notices)), (1, Gen.Constant("")))
        from brief in Gen.Frequency((3, Gen.Constant("")), (1, Gen.Elements(s_paragraphs)))
        from lineBreak in Gen.Frequency((6, Gen.Constant("\n")), (1, Gen.Constant("\r\n")), (1, Gen.Constant("\r")))
        select Assemble(headline, [.. leadIns], [.. head], [.. paragraphs], lineEnd, [.. endLines], notice, brief, lineBreak);

    private static GeneratedText Assemble(string headline, string[] leadIns, string[] head, string[] paragraphs, string lineEnd,
        string[] endLines, string notice, string brief, string lineBreak)
    {
        if (paragraphs.Length > 0) paragraphs[^1] += lineEnd;
        IEnumerable<string> lines = [headline, "", .. leadIns, .. head, .. paragraphs, .. endLines];
        if (notice.Length > 0) lines = [.. lines, notice];
        if (brief.Length > 0) lines = [.. lines, brief];
        return new GeneratedText(string.Join(lineBreak, lines) + lineBreak, "body shapes");
    }
}
