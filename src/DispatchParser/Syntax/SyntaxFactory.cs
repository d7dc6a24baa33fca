using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>
/// Builds dispatches in code. The parts are made without line breaks (but a paragraph of the wrapped layout, whose
/// lines are broken by folds); <see cref="Document"/> puts each
/// part on its line, so the tree it returns is exactly the tree the parser builds from the tree's text
/// (a property test holds the two together).
/// </summary>
public static class SyntaxFactory
{
    public static SyntaxToken Token(SyntaxKind kind, string text) =>
        new(null, GreenToken.FromText(kind, text), 0);

    public static HeadlineSyntax Headline(string text) =>
        Red<HeadlineSyntax>(GreenFactory.Line(SyntaxKind.Headline, Line(SyntaxKind.TextToken, text)));

    public static ParagraphSyntax Paragraph(string text) =>
        Red<ParagraphSyntax>(GreenFactory.Line(SyntaxKind.Paragraph, Line(SyntaxKind.TextToken, text)));

    /// <summary>
    /// A paragraph over several physical lines, as extraction leaves it (the wrapped layout, grammar/README.md 1.1): every
    /// line after the first is a fragment indented by <paramref name="indentation"/> spaces (at least 8), so the parser
    /// reads the lines back as this one paragraph; its <see cref="ParagraphSyntax.Text"/> joins them with single spaces.
    /// </summary>
    public static ParagraphSyntax Paragraph(IReadOnlyList<string> lines, string lineBreak = "\n", int indentation = 16)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0) throw new ArgumentException("A paragraph has at least one line.", nameof(lines));
        if (lineBreak is not ("\n" or "\r\n" or "\r")) throw new ArgumentException("The line break must be \\n, \\r\\n or \\r.", nameof(lineBreak));
        if (indentation < Parsing.LayoutRule.FragmentIndent)
            throw new ArgumentOutOfRangeException(nameof(indentation), indentation, $"A fragment is indented by at least {Parsing.LayoutRule.FragmentIndent} characters.");
        foreach (string line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || line.AsSpan().IndexOfAny('\r', '\n') >= 0 || line.Trim() != line)
                throw new ArgumentException("Each line is non-blank, without line breaks or whitespace around it.", nameof(lines));
        }
        string text = string.Join(lineBreak + new string(' ', indentation), lines);
        return Red<ParagraphSyntax>(GreenFactory.Line(SyntaxKind.Paragraph, GreenToken.FromText(SyntaxKind.TextToken, text)));
    }

    public static BriefSyntax Brief(string text) =>
        Red<BriefSyntax>(GreenFactory.Line(SyntaxKind.Brief, Line(SyntaxKind.TextToken, text)));

    /// <summary>An agency tag ending the last paragraph: <c>(name)</c>.</summary>
    public static AgencyTagSyntax AgencyTag(string name) =>
        Red<AgencyTagSyntax>(Parenthesized(SyntaxKind.AgencyTag, name));

    /// <summary>A sign-off line: a bare word such as <c>Reuter</c>, or <c>(name)</c> when <paramref name="parenthesized"/>.</summary>
    public static AgencyTagSyntax SignOff(string name, bool parenthesized = false) =>
        Red<AgencyTagSyntax>(parenthesized
            ? Parenthesized(SyntaxKind.SignOff, name)
            : GreenFactory.AgencyTag(SyntaxKind.SignOff, null, Line(SyntaxKind.AgencyNameToken, name), null));

    /// <summary>
    /// A dateline: <c>PLACE (AGENCY) DASH</c>, or <c>AGENCY DASH</c> without a place. Inline datelines open
    /// the first paragraph (a space follows the dash); own-line ones stand alone.
    /// </summary>
    public static DatelineSyntax Dateline(string? place, string agency, string dash = "-", bool ownLine = false)
    {
        GreenTrivia? after = ownLine ? null : GreenTrivia.Space;
        GreenToken dashToken = Line(SyntaxKind.DashToken, dash, trailing: after);
        GreenSyntaxNode green = place is not null
            ? GreenFactory.Dateline(Line(SyntaxKind.PlaceToken, place, trailing: GreenTrivia.Space), null,
                GreenToken.FromText(SyntaxKind.OpenParenToken, "("), Line(SyntaxKind.AgencyNameToken, agency),
                GreenToken.FromText(SyntaxKind.CloseParenToken, ")", trailing: GreenTrivia.Space), dashToken)
            : GreenFactory.Dateline(null, null, null, Line(SyntaxKind.AgencyNameToken, agency, trailing: GreenTrivia.Space), null, dashToken);
        return Red<DatelineSyntax>(green);
    }

    /// <summary>
    /// A place dateline (no agency): place words in capitals (<c>RİZE</c>, <c>BATI ŞERİA</c>) and an optional dash. On a
    /// line of its own by default (<c>RİZE -</c>, <c>İSTANBUL</c>); inline it opens the first paragraph (<c>MADRİD - …</c>,
    /// a dash required). The agency is then named by a tag or sign-off.
    /// </summary>
    public static DatelineSyntax PlaceDateline(string place, string? dash = "-", bool ownLine = true)
    {
        if (!ownLine && dash is null) throw new ArgumentException("An inline place dateline needs its dash: a place word and the story is a plain paragraph.", nameof(dash));
        GreenToken placeToken = Line(SyntaxKind.PlaceToken, place, trailing: dash is null ? null : GreenTrivia.Space);
        GreenToken? dashToken = dash is null ? null : Line(SyntaxKind.DashToken, dash, trailing: ownLine ? null : GreenTrivia.Space);
        return Red<DatelineSyntax>(GreenFactory.PlaceDateline(placeToken, dashToken));
    }

    /// <summary>
    /// A lead-in at the top of the body (never a paragraph; a DSP0110 note): scraper residue (<see cref="SyntaxKind.Residue"/>,
    /// <c>Next Previous</c>) or a take label (<see cref="SyntaxKind.TakeLabel"/>, <c>إضافة أولى</c>) on a line of its own, or
    /// residue or a source prefix (<see cref="SyntaxKind.SourcePrefix"/>, <c>سبق- وكالات:</c>) opening the first paragraph's
    /// line when <paramref name="ownLine"/> is false.
    /// </summary>
    public static LeadInSyntax LeadIn(SyntaxKind kind, string text, bool ownLine = true)
    {
        if (kind is not (SyntaxKind.Residue or SyntaxKind.TakeLabel or SyntaxKind.SourcePrefix))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A lead-in is residue, a source prefix or a take label.");
        if (kind == SyntaxKind.TakeLabel && !ownLine) throw new ArgumentException("A take label stands on a line of its own.", nameof(ownLine));
        if (kind == SyntaxKind.SourcePrefix && ownLine) throw new ArgumentException("A source prefix opens the first paragraph's line.", nameof(ownLine));
        return Red<LeadInSyntax>(GreenFactory.LeadInWithNote(kind, Line(SyntaxKind.TextToken, text, trailing: ownLine ? null : GreenTrivia.Space)));
    }

    /// <summary>
    /// A byline: <paramref name="name"/> in capitals (a reporter, a place, or a desk such as <c>HABER MERKEZİ</c>), then an
    /// optional title-case <paramref name="place"/> and an optional agency alias: <c>ZEYNEP KARA DHA</c>, <c>ELİF ŞAHİN Ankara</c>.
    /// </summary>
    public static BylineSyntax Byline(string name, string? agency = null, string? place = null)
    {
        GreenToken nameToken = Line(SyntaxKind.ReporterToken, name, trailing: place is not null || agency is not null ? GreenTrivia.Space : null);
        GreenToken? placeToken = place is null ? null : Line(SyntaxKind.PlaceToken, place, trailing: agency is not null ? GreenTrivia.Space : null);
        GreenToken? agencyToken = agency is null ? null : Line(SyntaxKind.AgencyNameToken, agency);
        return Red<BylineSyntax>(GreenFactory.Byline(nameToken, null, placeToken, agencyToken));
    }

    /// <summary>A source line: <paramref name="marker"/> includes its colon (<c>Kaynak:</c>); <paramref name="name"/> is what it names.</summary>
    public static SourceLineSyntax SourceLine(string marker, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        GreenToken markerToken = Line(SyntaxKind.SourceMarkerToken, marker, trailing: GreenTrivia.Space);
        SyntaxKind kind = Dialects.AgencyRegistry.Default.FindByMention(name) is null ? SyntaxKind.TextToken : SyntaxKind.AgencyNameToken;
        return Red<SourceLineSyntax>(GreenFactory.SourceLine(markerToken, Line(kind, name), null));
    }

    /// <summary>
    /// The body. An inline agency tag is separated from the last paragraph by one space. An inline dateline and an
    /// inline tag cannot share a body's only paragraph: that line is a dateline paragraph, not a tagged line, so its
    /// final group is text (grammar/README.md 2.3) — use a sign-off, an own-line dateline or a second paragraph.
    /// A <paramref name="byline"/> opens the body (before an own-line dateline); a <paramref name="source"/> line ends it.
    /// <paramref name="leadIns"/> come first: lines of their own, then prefixes of the first paragraph's line, which only a
    /// body without a byline or dateline may have (grammar/README.md 2.3).
    /// </summary>
    public static BodySyntax Body(DatelineSyntax? dateline, IEnumerable<ParagraphSyntax> paragraphs, AgencyTagSyntax? agencyTag,
        BylineSyntax? byline = null, SourceLineSyntax? source = null, IEnumerable<LeadInSyntax>? leadIns = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var items = paragraphs.Select(paragraph => paragraph.Green).ToList();
        if (items.Count == 0) throw new ArgumentException("A body needs at least one paragraph.", nameof(paragraphs));
        if (items.Count == 1 && agencyTag is { Kind: SyntaxKind.AgencyTag } && dateline is not null && !StandsAlone(dateline.Green))
            throw new ArgumentException("An inline dateline and an inline agency tag cannot share the only paragraph: the line would be a dateline paragraph whose final group is text.", nameof(agencyTag));
        if (byline is not null && dateline is not null && !StandsAlone(dateline.Green))
            throw new ArgumentException("A byline may be followed by a dateline on a line of its own only: a dateline paragraph after a byline is a plain paragraph.", nameof(dateline));
        if (agencyTag is { Kind: SyntaxKind.AgencyTag })
            items[^1] = AppendTrivia(items[^1], GreenTrivia.Space);
        var leadInItems = (leadIns ?? []).Select(leadIn => leadIn.Green).ToList();
        bool prefixSeen = false;
        foreach (GreenNode leadIn in leadInItems)
        {
            bool prefix = !StandsAlone(leadIn);
            if (!prefix && prefixSeen) throw new ArgumentException("A lead-in line cannot follow a prefix of the first paragraph's line.", nameof(leadIns));
            if (prefix && (byline is not null || dateline is not null))
                throw new ArgumentException("Only a body without a byline or dateline has lead-in prefixes on its first paragraph's line.", nameof(leadIns));
            prefixSeen |= prefix;
        }
        GreenList? leadInList = leadInItems.Count == 0 ? null : GreenList.Create(leadInItems);
        return Red<BodySyntax>(GreenFactory.Body(leadInList, null, byline?.Green, dateline?.Green, GreenList.Create(items), agencyTag?.Green, source?.Green));
    }

    public static EndMarkerSyntax EndMarker(string marker, string? stamp = null) =>
        Red<EndMarkerSyntax>(GreenFactory.EndMarker(Line(SyntaxKind.EndMarkerToken, marker),
            stamp is null ? null : Line(SyntaxKind.StampToken, stamp)));

    /// <summary>A legal notice: <paramref name="marker"/> includes its colon (<c>YASAL UYARI:</c>).</summary>
    public static LegalNoticeSyntax LegalNotice(string marker, string text) =>
        Red<LegalNoticeSyntax>(GreenFactory.Notice(
            Line(SyntaxKind.NoticeMarkerToken, marker, trailing: text.Length > 0 ? GreenTrivia.Space : null),
            text.Length > 0 ? Line(SyntaxKind.TextToken, text) : null));

    /// <summary>
    /// The whole dispatch: puts every part on its own line with <paramref name="lineBreak"/>, one empty
    /// separator line after the headline, and a line break after the last line when <paramref name="finalLineBreak"/>.
    /// </summary>
    public static DocumentSyntax Document(HeadlineSyntax headline, BodySyntax body, LegalNoticeSyntax notice,
        IEnumerable<BriefSyntax>? briefs = null, EndMarkerSyntax? endMarker = null,
        string lineBreak = "\n", bool finalLineBreak = false, bool byteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(notice);
        GreenTrivia breakTrivia = GreenTrivia.LineBreak(lineBreak);
        var briefList = (briefs ?? []).Select(brief => brief.Green).ToList();

        // Lines in order; the last one gets a line break only when asked.
        GreenNode headlineGreen = headline.Green;
        if (byteOrderMark) headlineGreen = PrependTrivia(headlineGreen, GreenTrivia.ByteOrderMark);
        headlineGreen = AppendTrivia(headlineGreen, breakTrivia);

        var bodyGreen = (GreenSyntaxNode)body.Green;
        var byline = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.Byline);
        var source = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.Source);
        var dateline = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.Dateline);
        var paragraphs = ((GreenList)bodyGreen.GetSlot(BodySlots.Paragraphs)!).Items().ToList();
        var tag = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.AgencyTag);
        bool inlineTag = tag?.Kind == SyntaxKind.AgencyTag;
        bool hasStamp = endMarker is not null && endMarker.Green.GetSlot(EndMarkerSlots.Stamp) is not null;
        bool hasBriefs = briefList.Count > 0;

        // Everything after the body always ends its line except the very last line of the text.
        var leadIns = ((GreenList?)bodyGreen.GetSlot(BodySlots.LeadIns))?.Items()
            .Select(leadIn => StandsAlone(leadIn) ? AppendTrivia(leadIn, breakTrivia) : leadIn).ToList();
        if (byline is not null) byline = (GreenSyntaxNode)AppendTrivia(byline, breakTrivia);
        if (dateline is not null && StandsAlone(dateline)) dateline = (GreenSyntaxNode)AppendTrivia(dateline, breakTrivia);
        for (int i = 0; i < paragraphs.Count; i++)
            if (!(inlineTag && i == paragraphs.Count - 1)) paragraphs[i] = AppendTrivia(paragraphs[i], breakTrivia);
        if (tag is not null) tag = (GreenSyntaxNode)AppendTrivia(tag, breakTrivia);
        if (source is not null) source = (GreenSyntaxNode)AppendTrivia(source, breakTrivia);

        GreenSyntaxNode? endGreen = null;
        if (endMarker is not null)
        {
            var marker = AppendTrivia(endMarker.Green.GetSlot(EndMarkerSlots.Marker)!, breakTrivia);
            GreenNode? stamp = hasStamp ? AppendTrivia(endMarker.Green.GetSlot(EndMarkerSlots.Stamp)!, breakTrivia) : null;
            endGreen = GreenFactory.EndMarker(marker, stamp);
        }
        bool noticeIsLast = !hasBriefs;
        GreenNode noticeGreen = noticeIsLast && !finalLineBreak ? notice.Green : AppendTrivia(notice.Green, breakTrivia);
        for (int i = 0; i < briefList.Count; i++)
            if (i < briefList.Count - 1 || finalLineBreak) briefList[i] = AppendTrivia(briefList[i], breakTrivia);

        GreenSyntaxNode separator = GreenFactory.Line(SyntaxKind.Separator, GreenToken.FromText(SyntaxKind.BlankLineToken, lineBreak));
        GreenSyntaxNode newBody = GreenFactory.Body(leadIns is null ? null : GreenList.Create(leadIns), null, byline, dateline, GreenList.Create(paragraphs), tag, source);
        GreenSyntaxNode green = GreenFactory.Document(headlineGreen, separator, newBody, endGreen, noticeGreen,
            GreenFactory.BriefList(GreenList.Create(briefList)),
            GreenToken.FromText(SyntaxKind.EndOfFileToken, string.Empty));
        return new DocumentSyntax(green, null, 0);
    }

    /// <summary>
    /// A dateline or lead-in the factory built to stand on a line of its own: nothing after its last token (an inline one
    /// is followed by a space, then its paragraph or the rest of its line). <see cref="DatelineSyntax.IsOwnLine"/> asks
    /// for the line break after it, which <see cref="Document"/> only adds, so it cannot answer for these nodes yet.
    /// </summary>
    private static bool StandsAlone(GreenNode node) => LastToken(node) is not { } last || last.TrailingTrivia is null;

    private static GreenToken? LastToken(GreenNode node)
    {
        if (node is GreenToken token) return token;
        for (int i = node.SlotCount - 1; i >= 0; i--)
            if (node.GetSlot(i) is { } child && LastToken(child) is { } found) return found;
        return null;
    }

    private static T Red<T>(GreenNode green) where T : SyntaxNode => (T)SyntaxNode.Create(green, null, 0);

    private static GreenToken Line(SyntaxKind kind, string text, GreenNode? trailing = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("A part of a dispatch is one line: the text may not hold a line break.", nameof(text));
        return GreenToken.FromText(kind, text, null, trailing);
    }

    private static GreenSyntaxNode Parenthesized(SyntaxKind kind, string name) =>
        GreenFactory.AgencyTag(kind, GreenToken.FromText(SyntaxKind.OpenParenToken, "("), Line(SyntaxKind.AgencyNameToken, name),
            GreenToken.FromText(SyntaxKind.CloseParenToken, ")"));

    /// <summary>The node with <paramref name="trivia"/> appended to its last token's trailing trivia.</summary>
    internal static GreenNode AppendTrivia(GreenNode node, GreenTrivia trivia)
    {
        if (node is GreenToken token)
        {
            var items = GreenTriviaList.Enumerate(token.TrailingTrivia).ToList();
            items.Add(trivia);
            return token.WithTrivia(token.LeadingTrivia, GreenTriviaList.From(items));
        }
        GreenSyntaxNode syntax = AsSyntaxNode(node);
        for (int i = syntax.SlotCount - 1; i >= 0; i--)
            if (syntax.GetSlot(i) is { } child) return syntax.WithSlot(i, AppendTrivia(child, trivia));
        throw new ArgumentException("The node has no token.", nameof(node));
    }

    /// <summary>A parsed one-line node (<see cref="GreenLineNode"/>) as a plain node whose slots can be replaced.</summary>
    private static GreenSyntaxNode AsSyntaxNode(GreenNode node) => node as GreenSyntaxNode
        ?? new GreenSyntaxNode(node.Kind, Enumerable.Range(0, node.SlotCount).Select(node.GetSlot).ToArray());

    private static GreenNode PrependTrivia(GreenNode node, GreenTrivia trivia)
    {
        if (node is GreenToken token)
        {
            var items = GreenTriviaList.Enumerate(token.LeadingTrivia).ToList();
            items.Insert(0, trivia);
            return token.WithTrivia(GreenTriviaList.From(items), token.TrailingTrivia);
        }
        GreenSyntaxNode syntax = AsSyntaxNode(node);
        for (int i = 0; i < syntax.SlotCount; i++)
            if (syntax.GetSlot(i) is { } child) return syntax.WithSlot(i, PrependTrivia(child, trivia));
        throw new ArgumentException("The node has no token.", nameof(node));
    }
}
