using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using static DispatchParser.Parsing.CharacterClasses;

namespace DispatchParser.Parsing;

/// <summary>Nodes built from within one line: paragraphs, tags and credits, bylines, source lines, datelines.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// The paragraph on the rest of the current line (after a dateline, if any). With <paramref name="extractTag"/>
    /// the line's final group (a tag or a credit, a full stop after it or not) becomes the agency tag.
    /// </summary>
    private GreenNode ParagraphRest(LineInfo line, bool extractTag, out GreenSyntaxNode? tag)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), Math.Max(_cursor, line.TextStart));
        return ParagraphUpTo(line, start, TrimEnd(_text, start, line.End), extractTag, out tag);
    }

    private GreenNode ParagraphUpTo(LineInfo line, int start, int end, bool extractTag, out GreenSyntaxNode? tag)
    {
        tag = null;
        if (extractTag && _classifier.FindTag(_text, start, end, out TagShape shape))
        {
            GreenToken text = Token(SyntaxKind.TextToken, line, start, TrimEnd(_text, start, shape.Open));
            tag = ParseTagGroup(SyntaxKind.AgencyTag, line, shape);
            return GreenFactory.Line(SyntaxKind.Paragraph, text);
        }
        return LineNode(SyntaxKind.Paragraph, SyntaxKind.TextToken, line, start, end);
    }

    /// <summary>
    /// The last paragraph of a line that ends with an end marker (<c>… الاجتماع. // انتهى //</c>): the paragraph, its tag
    /// when a group ends the text before the marker, and the end marker (the time after it on the line included).
    /// </summary>
    private GreenNode ParagraphBeforeEndMarker(LineInfo line, out GreenSyntaxNode? tag, out GreenSyntaxNode? endMarker)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), Math.Max(_cursor, line.TextStart));
        int end = TrimEnd(_text, start, line.End);
        _classifier.FindInlineEndMarker(_text, start, end, out InlineEndMarkerShape marker);
        int textEnd = TrimEnd(_text, start, marker.Start);
        GreenNode paragraph = ParagraphUpTo(line, start, textEnd, extractTag: true, out tag);
        int fullStart = NextFullStart;
        GreenToken markerToken = Token(SyntaxKind.EndMarkerToken, line, marker.Start, end);
        endMarker = GreenFactory.EndMarker(markerToken, null)
            .WithDiagnostics<GreenSyntaxNode>(new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, marker.Start - fullStart,
                end - marker.Start, AgencyMarkDepartures.InlineEndMarker));
        return paragraph;
    }

    /// <summary>
    /// An agency tag or sign-off from <paramref name="from"/> to the line's trimmed end: a group <c>(NAME)</c> or a credit
    /// <c>(Ayşe Demir / DHA)</c> (slots: <see cref="AgencyTagSlots"/>), a sign-off's group after its signature
    /// (<c>Ayşe DEMİR / İZMİR, (DHA)</c>), or a bare word such as <c>Reuter</c> or <c>AA</c>; a full stop may follow.
    /// </summary>
    private GreenSyntaxNode ParseTag(SyntaxKind kind, LineInfo line, int from)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), from);
        int end = TrimEnd(_text, start, line.End);
        if (_text[start] == '(' && _classifier.FindTag(_text, start, end, out TagShape shape)) return ParseTagGroup(kind, line, shape);
        int signature = kind == SyntaxKind.SignOff ? _classifier.SignatureLength(LineClassifier.WithoutFullStop(_text.AsSpan(start, end - start))) : 0;
        if (signature > 0 && _classifier.FindTag(_text, start, end, out TagShape signed)) return ParseTagGroup(kind, line, signed, start, start + signature);

        int fullStart = NextFullStart;
        int nameEnd = start + LineClassifier.WithoutFullStop(_text.AsSpan(start, end - start)).Length;
        GreenToken name = Token(SyntaxKind.AgencyNameToken, line, start, nameEnd);
        GreenToken? fullStop = nameEnd < end ? Token(SyntaxKind.FullStopToken, line, end - 1, end) : null;
        string? departure = AgencyMarkDepartures.OfBareSignOff(_classifier.Registry, _text[start..nameEnd]);
        return GreenFactory.AgencyTag(kind, null, name, null, fullStop,
            departure is null ? null : [new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, start - fullStart, end - start, departure)]);
    }

    /// <summary>
    /// A tag or credit group and the full stop after it, with a DSP0107 departure when it is not a plain upper-case tag;
    /// a signed sign-off's signature <c>[signatureStart, signatureEnd)</c> before it when <paramref name="signatureEnd"/> is not 0.
    /// </summary>
    private GreenSyntaxNode ParseTagGroup(SyntaxKind kind, LineInfo line, TagShape shape, int signatureStart = 0, int signatureEnd = 0)
    {
        int fullStart = NextFullStart;
        int groupEnd = shape.Close + 1;
        GreenToken? signature = signatureEnd > 0 ? Token(SyntaxKind.ReporterToken, line, signatureStart, signatureEnd) : null;
        GreenToken open = Token(SyntaxKind.OpenParenToken, line, shape.Open, shape.Open + 1);
        GreenSyntaxNode node;
        if (shape.IsCredit)
        {
            int slash = shape.Open + 1 + _text.AsSpan(shape.Open + 1, shape.Close - shape.Open - 1).IndexOf('/');
            bool reporterFirst = shape.AgencyStart > slash;
            GreenToken reporter, slashToken, name;
            if (reporterFirst)
            {
                reporter = Token(SyntaxKind.ReporterToken, line, shape.Open + 1, TrimEnd(_text, shape.Open + 1, slash));
                slashToken = Token(SyntaxKind.SlashToken, line, slash, slash + 1);
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
            }
            else
            {
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                slashToken = Token(SyntaxKind.SlashToken, line, slash, slash + 1);
                int reporterStart = SkipWhitespace(_text.AsSpan(0, shape.Close), slash + 1);
                reporter = Token(SyntaxKind.ReporterToken, line, reporterStart, TrimEnd(_text, reporterStart, shape.Close));
            }
            GreenToken close = Token(SyntaxKind.CloseParenToken, line, shape.Close, groupEnd);
            GreenToken? fullStop = shape.FullStop >= 0 ? Token(SyntaxKind.FullStopToken, line, shape.FullStop, shape.FullStop + 1) : null;
            node = GreenFactory.Credit(kind, open, reporter, slashToken, name, reporterFirst, close, fullStop);
        }
        else
        {
            GreenToken name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
            GreenToken close = Token(SyntaxKind.CloseParenToken, line, shape.Close, groupEnd);
            GreenToken? fullStop = shape.FullStop >= 0 ? Token(SyntaxKind.FullStopToken, line, shape.FullStop, shape.FullStop + 1) : null;
            node = GreenFactory.AgencyTag(kind, open, name, close, fullStop, signature: signature);
        }
        string? departure = AgencyMarkDepartures.OfGroup(_classifier.Registry, _text[shape.Open..groupEnd],
            _text[shape.AgencyStart..shape.AgencyEnd], shape.IsCredit, shape.FullStop >= 0);
        if (signature is not null)
            departure = AgencyMarkDepartures.OfSignedSignOff(_text[signatureStart..groupEnd], _text[shape.AgencyStart..shape.AgencyEnd], departure);
        if (departure is null) return node;
        int start = signature is null ? shape.Open : signatureStart;
        int end = shape.FullStop >= 0 ? shape.FullStop + 1 : groupEnd;
        return node.WithDiagnostics<GreenSyntaxNode>(new DiagnosticInfo(DiagnosticCodes.NonCanonicalAgencyMark, start - fullStart, end - start, departure));
    }

    /// <summary>A byline line (slots: <see cref="BylineSlots"/>).</summary>
    private GreenSyntaxNode ParseByline(LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        _classifier.MatchByline(_text.AsSpan(start, end - start), out BylineShape shape);
        GreenToken name = Token(SyntaxKind.ReporterToken, line, start, start + shape.NameEnd);
        GreenToken? dash = shape.Dash >= 0 ? Token(SyntaxKind.DashToken, line, start + shape.Dash, start + shape.Dash + shape.DashLength) : null;
        GreenToken? place = shape.PlaceStart >= 0 ? Token(SyntaxKind.PlaceToken, line, start + shape.PlaceStart, start + shape.PlaceEnd) : null;
        GreenToken? agency = shape.AgencyStart >= 0 ? Token(SyntaxKind.AgencyNameToken, line, start + shape.AgencyStart, end) : null;
        return GreenFactory.Byline(name, dash, place, agency);
    }

    /// <summary>A source line (slots: <see cref="SourceLineSlots"/>): what it names is an agency name token when it is one.</summary>
    private GreenSyntaxNode ParseSourceLine(LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        _classifier.IsSource(_text.AsSpan(start, line.End - start), out int markerLength);
        GreenToken marker = Token(SyntaxKind.SourceMarkerToken, line, start, start + markerLength);
        int nameStart = SkipWhitespace(_text.AsSpan(0, end), start + markerLength);
        if (nameStart >= end) return GreenFactory.SourceLine(marker, null, null);
        int mentionEnd = nameStart + LineClassifier.WithoutFullStop(_text.AsSpan(nameStart, end - nameStart)).Length;
        if (_classifier.Registry.FindByMention(_text.AsSpan(nameStart, mentionEnd - nameStart)) is null)
            return GreenFactory.SourceLine(marker, Token(SyntaxKind.TextToken, line, nameStart, end), null);
        GreenToken name = Token(SyntaxKind.AgencyNameToken, line, nameStart, mentionEnd);
        GreenToken? fullStop = mentionEnd < end ? Token(SyntaxKind.FullStopToken, line, end - 1, end) : null;
        return GreenFactory.SourceLine(marker, name, fullStop);
    }

    /// <summary>
    /// A dateline at the start of the line (its slots: <see cref="DatelineSlots"/>); absent parts are null.
    /// </summary>
    private GreenSyntaxNode ParseDateline(LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        DatelineShape shape = _classifier.MatchDateline(_text, start, end);
        GreenToken? place = shape.PlaceEnd > shape.PlaceStart ? Token(SyntaxKind.PlaceToken, line, shape.PlaceStart, shape.PlaceEnd) : null;
        GreenToken? dashBefore = null, open = null, close = null, dashAfter = null;
        GreenToken name;
        switch (shape.Form)
        {
            case DatelineForm.Parenthesized:
                open = Token(SyntaxKind.OpenParenToken, line, shape.AgencyStart - 1, shape.AgencyStart);
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                close = Token(SyntaxKind.CloseParenToken, line, shape.AgencyEnd, shape.AgencyEnd + 1);
                dashAfter = Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength);
                break;
            case DatelineForm.AgencyFirst:
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                dashAfter = Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength);
                break;
            case DatelineForm.PlaceDashAgency:
                dashBefore = Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength);
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                break;
            default:
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                break;
        }
        return GreenFactory.Dateline(place, dashBefore, open, name, close, dashAfter);
    }

    /// <summary>
    /// A place dateline, which names no agency (grammar/README.md 2.3): the place words and their dash, or a bracketed
    /// lead-in, of a place paragraph or place line. A dashless place line given its <paramref name="next"/> line takes
    /// the dash that opens it, when text follows the dash there or a line holding a paragraph (a marked line too) follows that line.
    /// </summary>
    private GreenSyntaxNode ParsePlaceDateline(LineInfo line, LineInfo? next)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        PlaceShape shape = LineClassifier.MatchPlace(_text, start, end);
        GreenToken place = Token(SyntaxKind.PlaceToken, line, shape.PlaceStart, shape.PlaceEnd);
        GreenToken? dash = shape.Dash >= 0 ? Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength) : null;
        if (dash is null && next is { } following && OpeningDash(following) is (int dashStart, int dashEnd, bool storyFollows)
            && (storyFollows || (PeekContentAfter(following, out LineInfo after) && after.Class.HoldsParagraph())))
        {
            SkipBlankLines();
            dash = Token(SyntaxKind.DashToken, following, dashStart, dashEnd);
        }
        return GreenFactory.PlaceDateline(place, dash);
    }

    /// <summary>
    /// The dash that opens a line when whitespace or the end of the line follows it (<c>- Text</c>, <c>-</c>):
    /// its bounds, and whether text follows it on the line.
    /// </summary>
    private (int Start, int End, bool StoryFollows)? OpeningDash(LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        if (start >= line.End || !IsDash(_text[start])) return null;
        int end = start + DashLength(_text, start, line.End);
        int story = SkipWhitespace(_text.AsSpan(0, line.End), end);
        if (story == line.End) return (start, end, false);
        return story > end ? (start, end, true) : null;
    }
}
