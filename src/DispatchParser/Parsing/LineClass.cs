namespace DispatchParser.Parsing;

/// <summary>
/// The class of a line, decided by its content alone (grammar/README.md, section 1). The order is the
/// lexer's priority order: when several patterns match the whole line, the first listed wins.
/// </summary>
internal enum LineClass : byte
{
    Blank,
    Notice,

    /// <summary>A source line (<c>Kaynak: AA</c>), naming a known agency or not.</summary>
    Source,
    EndMarker,
    Stamp,
    SignOff,

    /// <summary>A byline (<c>ZEYNEP KARA DHA</c>, <c>ELİF ŞAHİN Ankara</c>, <c>HABER MERKEZİ</c>).</summary>
    Byline,
    DatelineLine,
    DatelinePara,

    /// <summary>A line that ends with an end marker (<c>… // انتهى //</c>), a tag before the marker or not.</summary>
    Marked,
    Tagged,

    /// <summary>Scraper residue alone on its line: <c>Next Previous</c>, a share bar.</summary>
    ResidueLine,

    /// <summary>A take label of a continued wire item: <c>إضافة خامسة وأخيرة</c>.</summary>
    TakeLabelLine,

    /// <summary>A place alone, or place words and a dash: <c>İSTANBUL</c>, <c>ANKARA -</c>, <c>RADİKAL-</c>.</summary>
    PlaceLine,

    /// <summary>Place words and a dash, or a bracketed lead-in, then the story: <c>MADRİD - İkinci …</c>, <c>[Portal-İstanbul] …</c>.</summary>
    PlaceParagraph,

    /// <summary>A line that ends a sentence (<c>.</c> or <c>:</c>, then closing quotes) or is indented: the story, never a headline.</summary>
    LeadParagraph,

    Text,
}

internal static class LineClassExtensions
{
    /// <summary>Lines that may stand as a body paragraph or a brief ("paragraph" lines in the spec).</summary>
    public static bool IsParagraphLine(this LineClass lineClass) =>
        lineClass is LineClass.Text or LineClass.Tagged or LineClass.Stamp or LineClass.DatelineLine or LineClass.DatelinePara
            or LineClass.Byline or LineClass.PlaceLine or LineClass.PlaceParagraph or LineClass.LeadParagraph
            or LineClass.ResidueLine or LineClass.TakeLabelLine;

    /// <summary>Lines that are a lead-in when they open the body and a paragraph line follows (grammar/README.md 2.3).</summary>
    public static bool IsLeadInLine(this LineClass lineClass) => lineClass is LineClass.ResidueLine or LineClass.TakeLabelLine;

    /// <summary>
    /// Lines that may stand before the body's head (its deck): paragraph lines other than a head mark and a place
    /// line or paragraph (grammar rule <c>deckLine</c>).
    /// </summary>
    public static bool IsDeckLine(this LineClass lineClass) =>
        lineClass is LineClass.Text or LineClass.Tagged or LineClass.Stamp or LineClass.DatelinePara or LineClass.LeadParagraph;

    /// <summary>Lines that hold a paragraph: the paragraph lines and a line that ends with an end marker.</summary>
    public static bool HoldsParagraph(this LineClass lineClass) => lineClass.IsParagraphLine() || lineClass == LineClass.Marked;

    /// <summary>The classes a head mark may have: an own-line dateline or a byline.</summary>
    public static bool IsHeadMark(this LineClass lineClass) => lineClass is LineClass.DatelineLine or LineClass.Byline;

    /// <summary>
    /// Lines that may be the headline (grammar/README.md 2.1). A dateline, a place line, a place or lead-in
    /// paragraph and a lead paragraph are the story's first line instead: the dispatch has no headline.
    /// </summary>
    public static bool CanBeHeadline(this LineClass lineClass) =>
        lineClass is LineClass.Text or LineClass.Tagged or LineClass.Stamp;

    /// <summary>Classes the coarse classification may return for a line whose fine class is below them in priority.</summary>
    public static bool NeedsFineClass(this LineClass lineClass) => lineClass is LineClass.Text or LineClass.Tagged or LineClass.Marked;
}
