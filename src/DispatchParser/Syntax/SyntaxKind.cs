namespace DispatchParser.Syntax;

/// <summary>Every kind of node, token and trivia of a dispatch syntax tree.</summary>
public enum SyntaxKind : ushort
{
    None = 0,

    // Trivia
    WhitespaceTrivia,
    LineBreakTrivia,
    ByteOrderMarkTrivia,
    SkippedTextTrivia,

    // Tokens
    TextToken,
    BlankLineToken,
    OpenParenToken,
    CloseParenToken,
    AgencyNameToken,
    PlaceToken,
    DashToken,
    NoticeMarkerToken,
    EndMarkerToken,
    StampToken,

    /// <summary>A source line's opening with its colon: <c>Kaynak:</c>, <c>المصدر:</c>.</summary>
    SourceMarkerToken,

    /// <summary>A reporter's name (or a place) in a byline or a credit: <c>ZEYNEP KARA</c>, <c>Ayşe Demir</c>.</summary>
    ReporterToken,

    /// <summary>The slash between a credit's reporter and agency: <c>(Ayşe Demir / DHA)</c>.</summary>
    SlashToken,

    /// <summary>A full stop after a tag or a sign-off: <c>(AA).</c></summary>
    FullStopToken,
    EndOfFileToken,

    // Nodes
    Document,
    Headline,
    Separator,
    Body,

    /// <summary>Lead-ins at the top of the body, never paragraphs: scraper residue, a source prefix, a take label.</summary>
    Residue,
    SourcePrefix,
    TakeLabel,

    Dateline,
    Paragraph,
    AgencyTag,
    SignOff,
    EndMarker,
    LegalNotice,
    BriefList,
    Brief,

    /// <summary>A byline at the head of the body: <c>ZEYNEP KARA DHA</c>, <c>ELİF ŞAHİN Ankara</c>, <c>HABER MERKEZİ</c>.</summary>
    Byline,

    /// <summary>A source line after the body: <c>Kaynak: AA</c>.</summary>
    SourceLine,

    /// <summary>An internal chunk of a long list; never visible through the public node API.</summary>
    List,
}

public static class SyntaxFacts
{
    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.SkippedTextTrivia;
    public static bool IsToken(SyntaxKind kind) => kind is >= SyntaxKind.TextToken and <= SyntaxKind.EndOfFileToken;
    public static bool IsNode(SyntaxKind kind) => kind >= SyntaxKind.Document;
}
