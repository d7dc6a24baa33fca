using DispatchParser.Analysis;
using DispatchParser.Dialects;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>
/// The agency naming the dispatch at the end of the body: <see cref="SyntaxKind.AgencyTag"/> for <c>(İLKHA)</c>
/// ending the last paragraph, <see cref="SyntaxKind.SignOff"/> for a line of its own (<c>Reuter</c>, <c>(AA)</c>, a
/// bare <c>AA</c>). Either may be a credit (<c>(Ayşe Demir / DHA)</c>) and be followed by a full stop; a sign-off may be
/// signed (<c>Ayşe DEMİR / İZMİR, (DHA)</c>, see <see cref="SignatureToken"/>).
/// Missing (a zero-width missing name token) when the body names no agency at its end.
/// </summary>
public sealed class AgencyTagSyntax : SyntaxNode
{
    internal AgencyTagSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken OpenParenToken => GetTokenSlot(AgencyTagSlots.OpenParen);
    public SyntaxToken NameToken => GetTokenSlot(AgencyTagSlots.Name);
    public SyntaxToken CloseParenToken => GetTokenSlot(AgencyTagSlots.CloseParen);

    /// <summary>A credit's reporter (<c>Ayşe Demir</c>), before or after the agency; <c>default</c> for a plain tag.</summary>
    public SyntaxToken ReporterToken => Green.GetSlot(AgencyTagSlots.ReporterBefore) is not null
        ? GetTokenSlot(AgencyTagSlots.ReporterBefore)
        : GetTokenSlot(AgencyTagSlots.ReporterAfter);

    public SyntaxToken FullStopToken => GetTokenSlot(AgencyTagSlots.FullStop);

    /// <summary>
    /// A signed sign-off's signature, its comma included: the reporter and place, or the place alone, before the group
    /// (<c>Ayşe DEMİR / İZMİR,</c> of <c>Ayşe DEMİR / İZMİR, (DHA)</c>); <c>default</c> for any other tag or sign-off.
    /// </summary>
    public SyntaxToken SignatureToken => GetTokenSlot(AgencyTagSlots.Signature);

    /// <summary>
    /// The reporter a signed sign-off names: its signature without the place, the separator before the place and the
    /// comma (<c>Ayşe DEMİR</c> of <c>Ayşe DEMİR / İZMİR, (DHA)</c>); null when the signature names only its place
    /// (<c>KARS, (İHA)</c>) or there is no signature.
    /// </summary>
    public TextSpan? SignatureReporterSpan => ReadSignature() is { ReporterLength: > 0 } signature
        ? new TextSpan(SignatureToken.Span.Start, signature.ReporterLength)
        : null;

    /// <summary>
    /// A signed sign-off's place, the signature's last word (<c>İZMİR</c> of <c>Ayşe DEMİR / İZMİR, (DHA)</c>, <c>KARS</c> of
    /// <c>KARS, (İHA)</c>); null when there is no signature.
    /// </summary>
    public TextSpan? SignaturePlaceSpan => ReadSignature() is { } signature
        ? new TextSpan(SignatureToken.Span.Start + signature.PlaceStart, signature.PlaceLength)
        : null;

    public bool IsCredit => !ReporterToken.IsNone;

    public bool IsSignOff => Kind == SyntaxKind.SignOff;
    public string Name => NameToken.Text;

    /// <summary>The registry's agency for this spelling, or null for an unknown acronym.</summary>
    public Agency? Agency => AgencyRegistry.Default.FindByAlias(NameToken.TextSpanChars);

    /// <summary>
    /// The signature token read back into its reporter and place (offsets in the token). The parser only makes a
    /// signature of <c>(NAME_WORD SEPARATOR)* CAPS_WORD W* ','</c> (grammar/DispatchLexer.g4, SIGNATURE), whose words hold
    /// no whitespace, slash or dash, so the place is the run of other characters before the comma, and the reporter what
    /// stands before the separator in front of it.
    /// </summary>
    private (int ReporterLength, int PlaceStart, int PlaceLength)? ReadSignature()
    {
        if (SignatureToken is not { IsNone: false, IsMissing: false } token) return null;
        ReadOnlySpan<char> text = token.TextSpanChars;
        int placeEnd = text.Length;
        if (placeEnd > 0 && text[placeEnd - 1] == ',') placeEnd--;
        while (placeEnd > 0 && Parsing.CharacterClasses.IsWhitespace(text[placeEnd - 1])) placeEnd--;
        int placeStart = placeEnd;
        while (placeStart > 0 && !IsSignatureSeparator(text[placeStart - 1])) placeStart--;
        int reporterEnd = placeStart;
        while (reporterEnd > 0 && IsSignatureSeparator(text[reporterEnd - 1])) reporterEnd--;
        return (reporterEnd, placeStart, placeEnd - placeStart);
    }

    private static bool IsSignatureSeparator(char c) => Parsing.CharacterClasses.IsWhitespace(c) || c == '/' || Parsing.CharacterClasses.IsDash(c);
}

/// <summary>An end or continuation marker (<c>// انتهى //</c>, <c>// يتبع //</c>, <c>MORE</c>) and an optional time stamp line.</summary>
public sealed class EndMarkerSyntax : SyntaxNode
{
    internal EndMarkerSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken MarkerToken => GetTokenSlot(EndMarkerSlots.Marker);
    public SyntaxToken StampToken => GetTokenSlot(EndMarkerSlots.Stamp);

    /// <summary>
    /// The time stamp: the stamp line after the marker (<c>10:12 ت م</c>), else the time after the marker on its own
    /// line or at the end of the paragraph's line (<c>// انتهى // 20:26 ت م</c>, inside the marker token); null when none.
    /// </summary>
    public TextSpan? StampSpan
    {
        get
        {
            if (IsMissing || MarkerToken.IsNone) return null;
            if (!StampToken.IsNone) return StampToken.Span;
            ReadOnlySpan<char> text = MarkerToken.TextSpanChars;
            int slashes = text.LastIndexOf("//", StringComparison.Ordinal);
            if (slashes < 0) return null;
            int start = slashes + 2;
            while (start < text.Length && Parsing.CharacterClasses.IsWhitespace(text[start])) start++;
            return start < text.Length ? new TextSpan(MarkerToken.Span.Start + start, text.Length - start) : null;
        }
    }

    /// <summary>
    /// True when the marker ends the last paragraph's line (<c>… الاجتماع. // انتهى //</c>) instead of standing on a line
    /// of its own; false for a node outside a tree.
    /// </summary>
    public bool IsInline
    {
        get
        {
            if (SyntaxTree is not { } tree || MarkerToken.IsNone) return false;
            ReadOnlySpan<char> text = tree.Text.AsSpan();
            int before = MarkerToken.Span.Start;
            // Horizontal whitespace only: the grammar's whitespace includes line breaks (wrapped layout folds).
            while (before > 0 && Parsing.CharacterClasses.IsWhitespace(text[before - 1]) && !Parsing.CharacterClasses.IsLineBreak(text[before - 1])) before--;
            return before > 0 && text[before - 1] is not ('\n' or '\r');
        }
    }

    /// <summary>True for a continuation marker (the story continues in a later dispatch).</summary>
    public bool IsContinuation =>
        MarkerToken.Text.Contains("يتبع", StringComparison.Ordinal) || MarkerToken.Text == "MORE";
}

/// <summary>The legal notice (<c>تنبيه: …</c>, <c>YASAL UYARI: …</c>). Missing when the dispatch has none.</summary>
public sealed class LegalNoticeSyntax : SyntaxNode
{
    internal LegalNoticeSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken MarkerToken => GetTokenSlot(NoticeSlots.Marker);
    public SyntaxToken TextToken => GetTokenSlot(NoticeSlots.Text);

    /// <summary>
    /// The first registry agency the notice's text names (a full name or alias as a whole word, in any letter case; see
    /// <see cref="NoticeAgency"/>), with the spelling and where it stands; null when it names none or there is no notice.
    /// DSP0201, its related information in the language server and the DSP0003 fix all ask this one question.
    /// </summary>
    public NamedAgency? FindNamedAgency() =>
        NoticeText() is { } text ? NoticeAgency.Find(text.TextSpanChars, text.Span.Start) : null;

    /// <summary>True when the notice's text names <paramref name="agency"/> anywhere (not only first).</summary>
    public bool Names(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (NoticeText() is not { } text) return false;
        foreach ((Agency named, _, _) in NoticeAgency.Mentions(text.TextSpanChars))
            if (named.Id == agency.Id) return true;
        return false;
    }

    private SyntaxToken? NoticeText() => !IsMissing && TextToken is { IsNone: false, IsMissing: false } text ? text : null;
}

/// <summary>The briefs appended after the notice.</summary>
public sealed class BriefListSyntax : SyntaxNode
{
    internal BriefListSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxList<BriefSyntax> Briefs => GetList<BriefSyntax>(BriefListSlots.Briefs);
}

/// <summary>One appended news brief: one line, no headline.</summary>
public sealed class BriefSyntax : SyntaxNode
{
    internal BriefSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    /// <summary>The text; in the wrapped layout its physical lines joined with single spaces (<see cref="LogicalLine.Join"/>).</summary>
    public string Text => LogicalLine.Join(TextToken.TextSpanChars);
}
