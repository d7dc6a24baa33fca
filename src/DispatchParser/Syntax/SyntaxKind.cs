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

    /// <summary>An internal chunk of a long list; never visible through the public node API.</summary>
    List,
}

public static class SyntaxFacts
{
    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.SkippedTextTrivia;
    public static bool IsToken(SyntaxKind kind) => kind is >= SyntaxKind.TextToken and <= SyntaxKind.EndOfFileToken;
    public static bool IsNode(SyntaxKind kind) => kind >= SyntaxKind.Document;
}
