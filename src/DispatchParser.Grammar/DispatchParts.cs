namespace DispatchParser.Grammar;

/// <summary>A span of the original text, in UTF-16 code units.</summary>
public readonly record struct PartSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>The slice of <paramref name="text"/> that the span covers.</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}

/// <summary>A part of a dispatch: its span and the text at that span.</summary>
public sealed record TextPart(PartSpan Span, string Text);

/// <summary>The dateline: its span and text, and the agency it names (none for a place dateline).</summary>
/// <param name="AgencyName">The tag name or agency alias, without parentheses; null for a place dateline.</param>
/// <param name="AgencySpan">The parenthesised group (form i) or the alias (forms ii–iv); null for a place dateline.</param>
public sealed record DatelinePart(PartSpan Span, string Text, string? AgencyName, PartSpan? AgencySpan);

/// <summary>Where the agency that the body names stands.</summary>
public enum AgencyTagPosition
{
    /// <summary>At the end of the body: a tag after the last paragraph or a sign-off line.</summary>
    Signoff,

    /// <summary>In the dateline at the start of the body (and nowhere at its end).</summary>
    Dateline,

    /// <summary>In a byline at the head of the body (and in no tag, sign-off or dateline).</summary>
    Byline,

    /// <summary>In the source line after the body (and in no other mark).</summary>
    Source,
}

/// <summary>A byline or a source line: its span and text, and the agency it names (null when none).</summary>
/// <param name="AgencyName">The agency alias or full name, as written.</param>
/// <param name="AgencySpan">Where <paramref name="AgencyName"/> stands.</param>
public sealed record MarkPart(PartSpan Span, string Text, string? AgencyName, PartSpan? AgencySpan);

/// <summary>The agency the body names.</summary>
/// <param name="Span">The parenthesised group (parentheses included), with a signed sign-off's signature before it
/// (<c>Ayşe DEMİR / İZMİR, (DHA)</c>), or the sign-off word; for a dateline agency, its span inside the dateline.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Name">The agency name without parentheses.</param>
/// <param name="Position">Sign-off (end of body) or dateline.</param>
public sealed record AgencyTagPart(PartSpan Span, string Text, string Name, AgencyTagPosition Position);

/// <summary>The kind of a lead-in (grammar/README.md section 2.3).</summary>
public enum LeadInKind
{
    /// <summary>Scraper residue: <c>Next Previous</c>, a share bar.</summary>
    Residue,

    /// <summary>A source prefix of the first paragraph: <c>سبق- وكالات:</c>.</summary>
    Source,

    /// <summary>A take label of a continued wire item: <c>إضافة أولى</c>.</summary>
    TakeLabel,
}

/// <summary>A lead-in at the top of the body: never a paragraph.</summary>
public sealed record LeadInPart(LeadInKind Kind, PartSpan Span, string Text);

/// <summary>
/// The parts of a dispatch (grammar/README.md section 4). Exact for well-formed input; for
/// malformed input, whatever could be recognised.
/// </summary>
public sealed record DispatchParts(
    TextPart? Headline,
    IReadOnlyList<LeadInPart> LeadIns,
    DatelinePart? Dateline,
    IReadOnlyList<TextPart> Paragraphs,
    AgencyTagPart? AgencyTag,
    TextPart? EndMarker,
    TextPart? EndMarkerStamp,
    TextPart? Notice,
    IReadOnlyList<TextPart> Briefs)
{
    /// <summary>The byline at the head of the body (<c>ZEYNEP KARA DHA</c>), or null.</summary>
    public MarkPart? Byline { get; init; }

    /// <summary>The deck: paragraph lines before the byline or dateline at the head of the body.</summary>
    public IReadOnlyList<TextPart> Lead { get; init; } = [];

    /// <summary>The source line after the body (<c>Kaynak: AA</c>), or null.</summary>
    public MarkPart? Source { get; init; }
}
