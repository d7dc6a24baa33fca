using DispatchParser.Diagnostics;
using DispatchParser.Parsing;
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

    /// <summary>An agency tag ending the last paragraph: <c>(name)</c> (a lower-case spelling such as <c>(dha)</c> is a DSP0107 departure).</summary>
    public static AgencyTagSyntax AgencyTag(string name) => AgencyTag(name, fullStop: false);

    /// <summary>An agency tag ending the last paragraph, followed by a full stop when <paramref name="fullStop"/>: <c>(AA).</c>, a DSP0107 departure.</summary>
    public static AgencyTagSyntax AgencyTag(string name, bool fullStop) =>
        Red<AgencyTagSyntax>(Parenthesized(SyntaxKind.AgencyTag, name, fullStop));

    /// <summary>A sign-off line: a bare word such as <c>Reuter</c>, or <c>(name)</c> when <paramref name="parenthesized"/>.</summary>
    public static AgencyTagSyntax SignOff(string name, bool parenthesized = false) => SignOff(name, parenthesized, fullStop: false);

    /// <summary>
    /// A sign-off line, followed by a full stop when <paramref name="fullStop"/>. A bare word the registry does not list as a
    /// sign-off (<c>AA</c>, where <c>Reuter</c> is one) is a DSP0107 departure, as the parser reports it.
    /// </summary>
    public static AgencyTagSyntax SignOff(string name, bool parenthesized, bool fullStop)
    {
        if (parenthesized) return Red<AgencyTagSyntax>(Parenthesized(SyntaxKind.SignOff, name, fullStop));
        GreenToken nameToken = Line(SyntaxKind.AgencyNameToken, name);
        // A bare word is a sign-off line only when it is a known agency alias or a sign-off word (an unknown acronym is text).
        if (LineClassifier.Default.Classify(fullStop ? name + "." : name, fine: false) != LineClass.SignOff)
            throw new ArgumentException($"'{name}' on a line of its own is not read as a sign-off: a bare sign-off is a known agency alias or a sign-off word.", nameof(name));
        string? departure = AgencyMarkDepartures.OfBareSignOff(Dialects.AgencyRegistry.Default, name);
        int width = name.Length + (fullStop ? 1 : 0);
        return Red<AgencyTagSyntax>(GreenFactory.AgencyTag(SyntaxKind.SignOff, null, nameToken, null, fullStop ? FullStop() : null,
            departure is null ? null : [new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, 0, width, departure)]));
    }

    /// <summary>
    /// A signed sign-off: the line after the last paragraph signed by its reporter and place, or its place, then the tag
    /// (<c>Ayşe DEMİR / İZMİR, (DHA)</c>, <c>KARS, (İHA)</c>): <paramref name="signature"/> without its comma. A DSP0107
    /// departure; like a parenthesised sign-off it closes a reprint's body by the reprint rule (its line ends with the group).
    /// </summary>
    public static AgencyTagSyntax SignedSignOff(string signature, string agency, bool fullStop = false)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(agency);
        string line = $"{signature}, ({agency})" + (fullStop ? "." : "");
        // The classifier's own reading, so that the text reads back as this sign-off.
        if (LineClassifier.Default.Classify(line, fine: false) != LineClass.SignOff
            || LineClassifier.Default.SignatureLength(LineClassifier.WithoutFullStop(line)) != signature.Length + 1)
            throw new ArgumentException($"'{line}' is not read as a signed sign-off: the signature is capitalised name words and a place in capitals.", nameof(signature));
        string? groupDeparture = AgencyMarkDepartures.OfGroup(Dialects.AgencyRegistry.Default, $"({agency})", agency, credit: false, fullStop);
        string departure = AgencyMarkDepartures.OfSignedSignOff($"{signature}, ({agency})", agency, groupDeparture);
        GreenToken signatureToken = Line(SyntaxKind.ReporterToken, signature + ",", trailing: GreenTrivia.Space);
        return Red<AgencyTagSyntax>(GreenFactory.AgencyTag(SyntaxKind.SignOff, GreenToken.FromText(SyntaxKind.OpenParenToken, "("),
            Line(SyntaxKind.AgencyNameToken, agency), GreenToken.FromText(SyntaxKind.CloseParenToken, ")"), fullStop ? FullStop() : null,
            [new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, 0, line.Length, departure)], signatureToken));
    }

    /// <summary>
    /// A credit: the reporter and the agency in one group, <c>(Ayşe Demir / DHA)</c> when <paramref name="reporterFirst"/>, else
    /// <c>(DHA/Mehmet KAYA)</c>. <paramref name="slash"/> is the slash with the spaces around it. Ending the last paragraph, or
    /// a line of its own when <paramref name="signOff"/>; a full stop may follow. Always a DSP0107 departure (the canonical mark
    /// is the tag alone).
    /// </summary>
    public static AgencyTagSyntax Credit(string reporter, string agency, bool reporterFirst = true, string slash = " / ",
        bool signOff = false, bool fullStop = false)
    {
        ArgumentNullException.ThrowIfNull(slash);
        if (slash.Trim(' ') != "/") throw new ArgumentException("The slash is '/' with spaces around it or none.", nameof(slash));
        if (reporter.Contains('/') || agency.Contains('/')) throw new ArgumentException("A credit holds one slash, between the reporter and the agency.");
        string before = slash[..slash.IndexOf('/')], after = slash[(slash.IndexOf('/') + 1)..];
        SyntaxKind kind = signOff ? SyntaxKind.SignOff : SyntaxKind.AgencyTag;
        GreenToken reporterToken = Line(SyntaxKind.ReporterToken, reporter, trailing: reporterFirst ? Spaces(before) : null);
        GreenToken nameToken = Line(SyntaxKind.AgencyNameToken, agency, trailing: reporterFirst ? null : Spaces(before));
        GreenToken slashToken = GreenToken.FromText(SyntaxKind.SlashToken, "/", null, Spaces(after));
        string group = reporterFirst ? $"({reporter}{slash}{agency})" : $"({agency}{slash}{reporter})";
        // The classifier's own test of a credit (a known agency, a reporter's name), so that the text reads back as one.
        string probe = "x. " + group;
        if (!LineClassifier.Default.FindTag(probe, 0, probe.Length, out TagShape shape) || !shape.IsCredit || shape.Open != 3)
            throw new ArgumentException($"'{group}' is not read as a credit: it needs an agency the registry knows and a reporter's name.", nameof(agency));
        string departure = AgencyMarkDepartures.OfGroup(Dialects.AgencyRegistry.Default, group, agency, credit: true, fullStop)!;
        return Red<AgencyTagSyntax>(GreenFactory.Credit(kind, GreenToken.FromText(SyntaxKind.OpenParenToken, "("), reporterToken, slashToken,
            nameToken, reporterFirst, GreenToken.FromText(SyntaxKind.CloseParenToken, ")"), fullStop ? FullStop() : null,
            [new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, 0, group.Length + (fullStop ? 1 : 0), departure)]));
    }

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
    /// inline tag share a body's only paragraph only on a line an inline end marker ends (<see cref="Document"/> checks it,
    /// the marker being the document's): without one that line is a dateline paragraph, not a tagged line, so its final
    /// group is text (grammar/README.md 2.3, 2.4) — use a sign-off, an own-line dateline or a second paragraph.
    /// A <paramref name="byline"/> opens the body (before an own-line dateline); a <paramref name="source"/> line ends it.
    /// <paramref name="leadIns"/> come first: lines of their own, then prefixes of the first paragraph's line, which only a
    /// body without a byline or dateline may have (grammar/README.md 2.3). A <paramref name="deck"/> (one or two lines a page
    /// kept between the title and the byline) stands before the byline or an own-line dateline, which it needs.
    /// </summary>
    public static BodySyntax Body(DatelineSyntax? dateline, IEnumerable<ParagraphSyntax> paragraphs, AgencyTagSyntax? agencyTag,
        BylineSyntax? byline = null, SourceLineSyntax? source = null, IEnumerable<LeadInSyntax>? leadIns = null,
        IEnumerable<ParagraphSyntax>? deck = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var items = paragraphs.Select(paragraph => paragraph.Green).ToList();
        if (items.Count == 0) throw new ArgumentException("A body needs at least one paragraph.", nameof(paragraphs));
        var deckItems = (deck ?? []).Select(paragraph => paragraph.Green).ToList();
        if (deckItems.Count > 0 && byline is null && (dateline is null || !dateline.IsOwnLine))
            throw new ArgumentException("A deck stands before a byline or a dateline on a line of its own: without one its lines are paragraphs.", nameof(deck));
        if (deckItems.Count >= Parser.HeadLines)
            throw new ArgumentException($"The byline or dateline is one of the body's first {Parser.HeadLines} lines: a deck has at most {Parser.HeadLines - 1}.", nameof(deck));
        if (byline is not null && dateline is { IsOwnLine: false })
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
        GreenList? deckList = deckItems.Count == 0 ? null : GreenList.Create(deckItems);
        return Red<BodySyntax>(GreenFactory.Body(leadInList, deckList, byline?.Green, dateline?.Green, GreenList.Create(items), agencyTag?.Green, source?.Green));
    }

    public static EndMarkerSyntax EndMarker(string marker, string? stamp = null) =>
        Red<EndMarkerSyntax>(GreenFactory.EndMarker(Line(SyntaxKind.EndMarkerToken, marker),
            stamp is null ? null : Line(SyntaxKind.StampToken, stamp)));

    /// <summary>
    /// An end marker that ends the last paragraph's line (<c>… الاجتماع. (واس) // انتهى //</c>) instead of standing on a line of its
    /// own: a DSP0107 departure. <paramref name="marker"/> may carry the time after it (<c>// انتهى // 20:26 ت م</c>); a
    /// <paramref name="stamp"/> line may still follow. <see cref="Document"/> puts it after the last paragraph (or its tag).
    /// </summary>
    public static EndMarkerSyntax InlineEndMarker(string marker, string? stamp = null)
    {
        ArgumentNullException.ThrowIfNull(marker);
        // Only the slashed markers end a paragraph's line (a bare MORE there is the paragraph's last word).
        string probe = "x " + marker;
        if (!LineClassifier.Default.FindInlineEndMarker(probe, 0, probe.Length, out InlineEndMarkerShape shape) || shape.Start != 2)
            throw new ArgumentException($"'{marker}' cannot end a paragraph's line: an inline end marker is a slashed one such as '// انتهى //'.", nameof(marker));
        return Red<EndMarkerSyntax>(GreenFactory.EndMarker(Line(SyntaxKind.EndMarkerToken, marker), stamp is null ? null : Line(SyntaxKind.StampToken, stamp))
            .WithDiagnostics<GreenSyntaxNode>(new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, 0, marker.Length, AgencyMarkDepartures.InlineEndMarker)));
    }

    /// <summary>A legal notice: <paramref name="marker"/> includes its colon (<c>YASAL UYARI:</c>).</summary>
    public static LegalNoticeSyntax LegalNotice(string marker, string text) =>
        Red<LegalNoticeSyntax>(GreenFactory.Notice(
            Line(SyntaxKind.NoticeMarkerToken, marker, trailing: text.Length > 0 ? GreenTrivia.Space : null),
            text.Length > 0 ? Line(SyntaxKind.TextToken, text) : null));

    /// <summary>
    /// The whole dispatch: puts every part on its own line with <paramref name="lineBreak"/>, one empty
    /// separator line after the headline, and a line break after the last line when <paramref name="finalLineBreak"/>.
    /// Without a <paramref name="headline"/> the body's first line opens the text (DSP0001: it must be a line the grammar
    /// does not take for a headline, such as a dateline, a byline or a lead paragraph ending a sentence); without a
    /// <paramref name="notice"/> (a reprint, DSP0004) briefs may follow only when the reprint rule closes the body: a
    /// parenthesised sign-off, a tag naming a known agency or a credit after a sentence's end, a source line or an end marker.
    /// An <see cref="InlineEndMarker"/> ends the last paragraph's line.
    /// </summary>
    public static DocumentSyntax Document(HeadlineSyntax? headline, BodySyntax body, LegalNoticeSyntax? notice,
        IEnumerable<BriefSyntax>? briefs = null, EndMarkerSyntax? endMarker = null,
        string lineBreak = "\n", bool finalLineBreak = false, bool byteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        GreenTrivia breakTrivia = GreenTrivia.LineBreak(lineBreak);
        var briefList = (briefs ?? []).Select(brief => brief.Green).ToList();

        var bodyGreen = (GreenSyntaxNode)body.Green;
        var byline = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.Byline);
        var source = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.Source);
        var dateline = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.Dateline);
        var deck = ((GreenList?)bodyGreen.GetSlot(BodySlots.Lead))?.Items().ToList();
        var paragraphs = ((GreenList)bodyGreen.GetSlot(BodySlots.Paragraphs)!).Items().ToList();
        var tag = (GreenSyntaxNode?)bodyGreen.GetSlot(BodySlots.AgencyTag);
        bool inlineTag = tag?.Kind == SyntaxKind.AgencyTag;
        bool inlineMarker = endMarker is not null && IsInlineEndMarker(endMarker.Green);
        bool hasStamp = endMarker is not null && endMarker.Green.GetSlot(EndMarkerSlots.Stamp) is not null;
        // An inline dateline and an inline tag on the only paragraph: a TAGGED_MARKED_LINE reads both (README.md 2.4); any
        // other line opening with the dateline is a dateline paragraph, whose final group is text (2.3). The dateline is
        // asked alone: inside the body an own-line one is followed by its paragraph before Document adds its line break.
        if (paragraphs.Count == 1 && inlineTag && dateline is not null && !Red<DatelineSyntax>(dateline).IsOwnLine && !inlineMarker)
            throw new ArgumentException("An inline dateline and an inline agency tag share the only paragraph only on a line an inline end marker ends: without one the line is a dateline paragraph whose final group is text.", nameof(body));
        if (inlineMarker && (source is not null || tag is { Kind: SyntaxKind.SignOff }))
            throw new ArgumentException("An inline end marker ends the last paragraph's line: a sign-off or source line cannot stand before it.", nameof(endMarker));
        // A marked first line opens with its dateline (agency or place), but is read for no lead-in prefix (README.md 2.4).
        bool prefixOnFirstLine = ((GreenList?)bodyGreen.GetSlot(BodySlots.LeadIns))?.Items().Any(leadIn => !StandsAlone(leadIn)) ?? false;
        if (inlineMarker && paragraphs.Count == 1 && deck is null && prefixOnFirstLine)
            throw new ArgumentException("A line that ends with an end marker is read as a paragraph: it cannot also open with a lead-in prefix (give the body a second paragraph).", nameof(endMarker));
        if (notice is null && (deck ?? []).Concat(paragraphs.SkipLast(1)).Any(paragraph => Parser.CanCloseStory(LineClassifier.Default, paragraph.ToFullString(), 0)))
            throw new ArgumentException("Without a notice, a paragraph before the last that ends a sentence with a known agency's tag closes the body by the reprint rule: the story would be cut short there.", nameof(notice));
        if (notice is null && briefList.Count > 0 && JoinsAReprintsBody(briefList[0], endMarker is not null && !hasStamp))
            throw new ArgumentException("Without a notice, the first brief cannot be a sign-off, source line, end marker or stamp line: the body would take it.", nameof(briefs));
        if (notice is null && briefList.Count > 0 && !ClosedByReprintRule(paragraphs[^1], tag, source, endMarker))
            throw new ArgumentException("Without a notice, briefs follow only a body the reprint rule closes (a parenthesised sign-off, a tag naming a known agency or a credit after a sentence's end, a source line or an end marker): otherwise they are read as paragraphs.", nameof(notice));

        // The part that ends the text: it alone goes without a line break unless one is asked for.
        GreenNode last = briefList.Count > 0 ? briefList[^1]
            : notice is not null ? notice.Green
            : endMarker is not null ? endMarker.Green.GetSlot(hasStamp ? EndMarkerSlots.Stamp : EndMarkerSlots.Marker)!
            : source ?? tag ?? paragraphs[^1];
        GreenNode End(GreenNode node) => ReferenceEquals(node, last) && !finalLineBreak ? node : AppendTrivia(node, breakTrivia);

        var leadIns = ((GreenList?)bodyGreen.GetSlot(BodySlots.LeadIns))?.Items()
            .Select(leadIn => StandsAlone(leadIn) ? AppendTrivia(leadIn, breakTrivia) : leadIn).ToList();
        deck = deck?.Select(paragraph => AppendTrivia(paragraph, breakTrivia)).ToList();
        if (byline is not null) byline = (GreenSyntaxNode)AppendTrivia(byline, breakTrivia);
        if (dateline is not null && StandsAlone(dateline)) dateline = (GreenSyntaxNode)AppendTrivia(dateline, breakTrivia);
        // The last paragraph's line may hold an inline tag (Body put the space before it) and then an inline end marker,
        // after a space.
        GreenNode EndOfStoryLine(GreenNode node) => inlineMarker ? AppendTrivia(node, GreenTrivia.Space) : End(node);
        for (int i = 0; i < paragraphs.Count - 1; i++) paragraphs[i] = AppendTrivia(paragraphs[i], breakTrivia);
        if (inlineTag) tag = (GreenSyntaxNode)EndOfStoryLine(tag!);
        else
        {
            paragraphs[^1] = EndOfStoryLine(paragraphs[^1]);
            if (tag is not null) tag = (GreenSyntaxNode)End(tag);
        }
        if (source is not null) source = (GreenSyntaxNode)End(source);

        GreenSyntaxNode? endGreen = null;
        if (endMarker is not null)
        {
            var markerGreen = (GreenSyntaxNode)endMarker.Green;
            GreenNode marker = End(markerGreen.GetSlot(EndMarkerSlots.Marker)!);
            GreenNode? stamp = hasStamp ? End(markerGreen.GetSlot(EndMarkerSlots.Stamp)!) : null;
            endGreen = markerGreen.WithSlot(EndMarkerSlots.Marker, marker);
            if (stamp is not null) endGreen = endGreen.WithSlot(EndMarkerSlots.Stamp, stamp);
        }
        for (int i = 0; i < briefList.Count; i++) briefList[i] = End(briefList[i]);

        // A reprint's missing notice: its DSP0004 stands where the parser anchors it, at the end of the text of the line
        // before (behind that line's break when one follows it).
        GreenNode noticeGreen = notice is null
            ? GreenFactory.MissingNotice(new DiagnosticInfo(DiagnosticCodes.MissingNotice, briefList.Count > 0 || finalLineBreak ? -lineBreak.Length : 0, 0))
            : End(notice.Green);
        GreenSyntaxNode newBody = GreenFactory.Body(leadIns is null ? null : GreenList.Create(leadIns), deck is null ? null : GreenList.Create(deck),
            byline, dateline, GreenList.Create(paragraphs), tag, source);
        GreenNode headlineGreen, separator;
        if (headline is not null)
        {
            headlineGreen = AppendTrivia(headline.Green, breakTrivia);
            if (byteOrderMark) headlineGreen = PrependTrivia(headlineGreen, GreenTrivia.ByteOrderMark);
            separator = GreenFactory.Line(SyntaxKind.Separator, GreenToken.FromText(SyntaxKind.BlankLineToken, lineBreak));
        }
        else
        {
            if (byteOrderMark) newBody = (GreenSyntaxNode)PrependTrivia(newBody, GreenTrivia.ByteOrderMark);
            string firstLine = DescribeFirstLine(newBody, inlineMarker ? endGreen!.GetSlot(EndMarkerSlots.Marker) : null)
                ?? throw new ArgumentException("Without a headline the body's first line opens the text, but the grammar would take it for the headline (grammar/README.md 2.1).", nameof(headline));
            headlineGreen = GreenFactory.MissingHeadline(new DiagnosticInfo(DiagnosticCodes.MissingHeadline, 0, 0, "its first line is " + firstLine));
            separator = GreenFactory.MissingSeparator();
        }
        GreenSyntaxNode green = GreenFactory.Document(headlineGreen, separator, newBody, endGreen, noticeGreen,
            GreenFactory.BriefList(GreenList.Create(briefList)),
            GreenToken.FromText(SyntaxKind.EndOfFileToken, string.Empty));
        return new DocumentSyntax(green, null, 0);
    }

    /// <summary>
    /// What the parser says of the body's first line when it is not a headline (the argument of DSP0001); null when the
    /// grammar would take the line for the headline, since the text would then not read back as the tree.
    /// </summary>
    private static string? DescribeFirstLine(GreenNode body, GreenNode? inlineMarker)
    {
        string text = body.ToFullString();
        int lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        // A body of one line ends with the inline end marker, which is part of that line's class (a marked line).
        if (lineEnd < 0 && inlineMarker is not null)
        {
            text += inlineMarker.ToFullString();
            lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        }
        ReadOnlySpan<char> line = (lineEnd < 0 ? text : text[..lineEnd]).AsSpan().TrimStart(CharacterClasses.ByteOrderMark);
        LineClass lineClass = LineClassifier.Default.Classify(line, fine: false);
        if (lineClass.NeedsFineClass()) lineClass = LineClassifier.Default.Classify(line, fine: true);
        return lineClass.CanBeHeadline() ? null : Parser.Describe(lineClass);
    }

    /// <summary>True when the reprint rule closes the body at its end, so that the lines below are briefs (grammar/README.md 2.3).</summary>
    private static bool ClosedByReprintRule(GreenNode lastParagraph, GreenSyntaxNode? tag, GreenSyntaxNode? source, EndMarkerSyntax? endMarker)
    {
        if (source is not null || endMarker is not null) return true;
        if (tag is null) return false;
        // A sign-off closes the story when its line ends with the group (a signed one too); a tagged line when the
        // parser's own test says so (a known agency or a credit after a sentence's end).
        if (tag.Kind == SyntaxKind.SignOff) return tag.GetSlot(AgencyTagSlots.OpenParen) is not null;
        return Parser.CanCloseStory(LineClassifier.Default, lastParagraph.ToFullString() + tag.ToFullString(), 0);
    }

    /// <summary>
    /// True when the line below a reprint's body would still be read as part of it (no notice stands between): a sign-off
    /// (it keeps a tagged line from closing the story), a source line, an end marker, or the stamp line of an end marker.
    /// </summary>
    private static bool JoinsAReprintsBody(GreenNode brief, bool markerWithoutStamp)
    {
        LineClass lineClass = LineClassifier.Default.Classify(brief.ToFullString(), fine: false);
        return lineClass is LineClass.SignOff or LineClass.Source or LineClass.EndMarker or LineClass.Notice
            || (lineClass == LineClass.Stamp && markerWithoutStamp);
    }

    /// <summary>An end marker made by <see cref="InlineEndMarker"/>: it carries the inline departure.</summary>
    private static bool IsInlineEndMarker(GreenNode marker) =>
        marker.GetOwnDiagnostics().Any(d => d.Descriptor == DiagnosticCodes.NonCanonicalAgencyMark);

    /// <summary>
    /// A dateline or lead-in the factory built to stand on a line of its own: nothing after its last token (an inline one
    /// is followed by a space, then its paragraph or the rest of its line) — what <see cref="DatelineSyntax.IsOwnLine"/>
    /// answers for a dateline outside a document, asked here of the green nodes a body holds.
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

    /// <summary><c>(name)</c>, a full stop after it or not, with the departure the parser reports for it (a lower-case tag, the full stop).</summary>
    private static GreenSyntaxNode Parenthesized(SyntaxKind kind, string name, bool fullStop)
    {
        string? departure = AgencyMarkDepartures.OfGroup(Dialects.AgencyRegistry.Default, $"({name})", name, credit: false, fullStop);
        return GreenFactory.AgencyTag(kind, GreenToken.FromText(SyntaxKind.OpenParenToken, "("), Line(SyntaxKind.AgencyNameToken, name),
            GreenToken.FromText(SyntaxKind.CloseParenToken, ")"), fullStop ? FullStop() : null,
            departure is null ? null : [new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, 0, name.Length + 2 + (fullStop ? 1 : 0), departure)]);
    }

    private static GreenToken FullStop() => GreenToken.FromText(SyntaxKind.FullStopToken, ".");

    private static GreenTrivia? Spaces(string spaces) => spaces.Length == 0 ? null : GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, spaces, 0, spaces.Length);

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
        if (node is GreenList list)
        {
            var items = list.Items().ToList();
            items[0] = PrependTrivia(items[0], trivia);
            return GreenList.Create(items);
        }
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
