using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

// The shape of every node kind, in one place: the named slots below are the only slot numbers in the code
// (typed red nodes, the parser, SyntaxFactory and the incremental parser all use them), and GreenFactory is
// the only place that lays children out in slots. A new part of a dispatch is a new slot here.

/// <summary>Slots of <see cref="SyntaxKind.Document"/>.</summary>
internal static class DocumentSlots
{
    public const int Headline = 0, Separator = 1, Body = 2, EndMarker = 3, Notice = 4, BriefList = 5, EndOfFile = 6;
}

/// <summary>Slots of <see cref="SyntaxKind.Body"/>.</summary>
internal static class BodySlots
{
    /// <summary>
    /// Lead-ins (residue, take labels, a source prefix; usually null), the deck (paragraphs before a byline or dateline
    /// line; usually null), the head marks, the paragraphs, the end.
    /// </summary>
    public const int LeadIns = 0, Lead = 1, Byline = 2, Dateline = 3, Paragraphs = 4, AgencyTag = 5, Source = 6;
}

/// <summary>Slots of the one-line kinds: <see cref="SyntaxKind.Headline"/>, <see cref="SyntaxKind.Separator"/>, <see cref="SyntaxKind.Paragraph"/>, <see cref="SyntaxKind.Brief"/>.</summary>
internal static class LineSlots
{
    public const int Token = 0;
}

/// <summary>
/// Slots of <see cref="SyntaxKind.AgencyTag"/> and <see cref="SyntaxKind.SignOff"/>: <c>(NAME)</c>, a bare name, or a
/// credit <c>(REPORTER / NAME)</c> / <c>(NAME/REPORTER)</c>; a sign-off's signature may stand before its group
/// (<c>Ayşe DEMİR / İZMİR, (DHA)</c>); a full stop may follow. Absent parts are null.
/// </summary>
internal static class AgencyTagSlots
{
    public const int Signature = 0, OpenParen = 1, ReporterBefore = 2, SlashBefore = 3, Name = 4, SlashAfter = 5, ReporterAfter = 6,
        CloseParen = 7, FullStop = 8, Count = 9;
}

/// <summary>Slots of <see cref="SyntaxKind.Byline"/>: name (or desk, or place), dash, place, agency; absent parts are null.</summary>
internal static class BylineSlots
{
    public const int Name = 0, Dash = 1, Place = 2, AgencyName = 3;
}

/// <summary>Slots of <see cref="SyntaxKind.SourceLine"/>: the marker with its colon, what it names (an agency name or text), a full stop.</summary>
internal static class SourceLineSlots
{
    public const int Marker = 0, Name = 1, FullStop = 2;
}

/// <summary>
/// Slots of <see cref="SyntaxKind.Dateline"/>: place, dash (form iii, <c>place – agency</c>), open parenthesis,
/// agency name, close parenthesis, dash (forms i and ii, <c>place (agency) -</c>); absent parts are null.
/// </summary>
internal static class DatelineSlots
{
    public const int Place = 0, DashBeforeAgency = 1, OpenParen = 2, AgencyName = 3, CloseParen = 4, DashAfterAgency = 5, Count = 6;
}

/// <summary>Slots of <see cref="SyntaxKind.EndMarker"/>: the marker line and an optional time stamp line.</summary>
internal static class EndMarkerSlots
{
    public const int Marker = 0, Stamp = 1;
}

/// <summary>Slots of <see cref="SyntaxKind.LegalNotice"/>: the marker (<c>YASAL UYARI:</c>) and the optional text after it.</summary>
internal static class NoticeSlots
{
    public const int Marker = 0, Text = 1;
}

/// <summary>Slots of <see cref="SyntaxKind.BriefList"/>.</summary>
internal static class BriefListSlots
{
    public const int Briefs = 0;
}

/// <summary>Builds the interior green nodes, each kind with its slots in the order named above.</summary>
internal static class GreenFactory
{
    public static GreenSyntaxNode Document(GreenNode headline, GreenNode separator, GreenNode body, GreenNode? endMarker,
        GreenNode notice, GreenNode briefList, GreenToken endOfFile) =>
        new(SyntaxKind.Document, headline, separator, body, endMarker, notice, briefList, endOfFile);

    /// <summary>A one-line node (headline, separator, paragraph, brief) over a token.</summary>
    public static GreenSyntaxNode Line(SyntaxKind kind, GreenToken token, DiagnosticInfo[]? diagnostics = null) =>
        new(kind, token, diagnostics);

    /// <summary>A one-line node whose token is made from the line's parts when first asked for (one object per parsed line).</summary>
    public static GreenLineNode Line(SyntaxKind kind, SyntaxKind tokenKind, string source, int start, int width,
        GreenNode? leading, GreenNode? trailing, DiagnosticInfo[]? diagnostics = null) =>
        new(kind, tokenKind, source, start, width, leading, trailing, diagnostics);

    /// <summary>A one-line node whose only trivia is its line break (a middle paragraph): the same node as <see cref="Line(SyntaxKind, SyntaxKind, string, int, int, GreenNode?, GreenNode?, DiagnosticInfo[]?)"/> with no leading trivia.</summary>
    public static GreenLineNode PlainLine(SyntaxKind kind, SyntaxKind tokenKind, string source, int start, int width, GreenTrivia lineBreak) =>
        new(kind, tokenKind, source, start, width, lineBreak);

    public static GreenSyntaxNode MissingHeadline(DiagnosticInfo diagnostic) =>
        new(SyntaxKind.Headline, [GreenToken.Missing(SyntaxKind.TextToken)], isMissing: true, [diagnostic]);

    public static GreenSyntaxNode MissingSeparator(DiagnosticInfo[]? diagnostics = null) =>
        new(SyntaxKind.Separator, [GreenToken.Missing(SyntaxKind.BlankLineToken)], isMissing: true, diagnostics);

    /// <summary>The body; <paramref name="leadIns"/> and <paramref name="lead"/> are null when it has none.</summary>
    public static GreenSyntaxNode Body(GreenList? leadIns, GreenNode? lead, GreenNode? byline, GreenNode? dateline, GreenList paragraphs,
        GreenNode? agencyTag, GreenNode? source, DiagnosticInfo[]? diagnostics = null) =>
        new(SyntaxKind.Body, [leadIns, lead, byline, dateline, paragraphs, agencyTag, source], isMissing: false, diagnostics);

    /// <summary>A lead-in (<see cref="SyntaxKind.Residue"/>, <see cref="SyntaxKind.SourcePrefix"/>, <see cref="SyntaxKind.TakeLabel"/>) over its text token.</summary>
    public static GreenSyntaxNode LeadIn(SyntaxKind kind, GreenToken text, DiagnosticInfo[]? diagnostics = null) =>
        new(kind, text, diagnostics);

    /// <summary>A lead-in with its DSP0110 note over its text (the parser's and the factory's, so both build the same node).</summary>
    public static GreenSyntaxNode LeadInWithNote(SyntaxKind kind, GreenToken text)
    {
        string what = kind switch { SyntaxKind.Residue => "Scraper residue", SyntaxKind.SourcePrefix => "A source prefix", _ => "A take label" };
        return LeadIn(kind, text, [new DiagnosticInfo(DiagnosticCodes.LeadIn, text.LeadingTrivia?.FullWidth ?? 0, text.TextWidth, what)]);
    }

    /// <summary>An agency tag or sign-off (<paramref name="kind"/>); the parentheses are null for a bare name.</summary>
    public static GreenSyntaxNode AgencyTag(SyntaxKind kind, GreenToken? openParen, GreenToken name, GreenToken? closeParen,
        GreenToken? fullStop = null, DiagnosticInfo[]? diagnostics = null, GreenToken? signature = null) =>
        new(kind, [signature, openParen, null, null, name, null, null, closeParen, fullStop], isMissing: false, diagnostics);

    /// <summary>A credit: a reporter's name and the agency in parentheses, the reporter before (<c>(Ayşe Demir / DHA)</c>) or after.</summary>
    public static GreenSyntaxNode Credit(SyntaxKind kind, GreenToken openParen, GreenToken reporter, GreenToken slash, GreenToken name,
        bool reporterFirst, GreenToken closeParen, GreenToken? fullStop, DiagnosticInfo[]? diagnostics = null) =>
        new(kind, reporterFirst
            ? [null, openParen, reporter, slash, name, null, null, closeParen, fullStop]
            : [null, openParen, null, null, name, slash, reporter, closeParen, fullStop], isMissing: false, diagnostics);

    public static GreenSyntaxNode MissingAgencyTag(DiagnosticInfo diagnostic) =>
        new(SyntaxKind.AgencyTag, [null, null, null, null, GreenToken.Missing(SyntaxKind.AgencyNameToken), null, null, null, null], isMissing: true, [diagnostic]);

    public static GreenSyntaxNode Byline(GreenToken name, GreenToken? dash, GreenToken? place, GreenToken? agencyName,
        DiagnosticInfo[]? diagnostics = null) =>
        new(SyntaxKind.Byline, [name, dash, place, agencyName], isMissing: false, diagnostics);

    public static GreenSyntaxNode SourceLine(GreenToken marker, GreenToken? name, GreenToken? fullStop, DiagnosticInfo[]? diagnostics = null) =>
        new(SyntaxKind.SourceLine, [marker, name, fullStop], isMissing: false, diagnostics);

    public static GreenSyntaxNode Dateline(GreenToken? place, GreenToken? dashBeforeAgency, GreenToken? openParen, GreenToken agencyName,
        GreenToken? closeParen, GreenToken? dashAfterAgency) =>
        new(SyntaxKind.Dateline, place, dashBeforeAgency, openParen, agencyName, closeParen, dashAfterAgency);

    /// <summary>A place dateline (<c>İSTANBUL -</c>, <c>[Portal-İstanbul]</c>): a place and its dash, no agency.</summary>
    public static GreenSyntaxNode PlaceDateline(GreenToken place, GreenToken? dash) =>
        new(SyntaxKind.Dateline, place, null, null, null, null, dash);

    public static GreenSyntaxNode EndMarker(GreenNode marker, GreenNode? stamp) => new(SyntaxKind.EndMarker, marker, stamp);

    public static GreenSyntaxNode Notice(GreenNode marker, GreenNode? text) => new(SyntaxKind.LegalNotice, marker, text);

    public static GreenSyntaxNode MissingNotice(DiagnosticInfo diagnostic) =>
        new(SyntaxKind.LegalNotice, [GreenToken.Missing(SyntaxKind.NoticeMarkerToken), null], isMissing: true, [diagnostic]);

    public static GreenSyntaxNode BriefList(GreenList briefs) => new(SyntaxKind.BriefList, briefs);
}
