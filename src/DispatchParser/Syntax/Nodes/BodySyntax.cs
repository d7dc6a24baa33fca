using DispatchParser.Dialects;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>
/// The body: the deck (paragraphs before a byline or dateline line, usually none), an optional byline and
/// dateline, the paragraphs (one per line), the agency tag or sign-off, and an optional source line.
/// </summary>
public sealed class BodySyntax : SyntaxNode
{
    internal BodySyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    /// <summary>Lead-ins before the first paragraph: scraper residue, a source prefix, take labels (never paragraphs).</summary>
    public SyntaxList<LeadInSyntax> LeadIns => GetList<LeadInSyntax>(BodySlots.LeadIns);
    /// <summary>The deck: lines a page kept between the title and the byline (<c>ZEYNEP KARA DHA</c>); not body paragraphs.</summary>
    public SyntaxList<ParagraphSyntax> LeadParagraphs => GetList<ParagraphSyntax>(BodySlots.Lead);
    public BylineSyntax? Byline => GetNode<BylineSyntax>(BodySlots.Byline);
    public DatelineSyntax? Dateline => GetNode<DatelineSyntax>(BodySlots.Dateline);
    public SyntaxList<ParagraphSyntax> Paragraphs => GetList<ParagraphSyntax>(BodySlots.Paragraphs);
    public AgencyTagSyntax? AgencyTag => GetNode<AgencyTagSyntax>(BodySlots.AgencyTag);
    public SourceLineSyntax? Source => GetNode<SourceLineSyntax>(BodySlots.Source);
}

/// <summary>
/// A byline at the head of the body: a reporter's name or a place in capitals, maybe a dash and a place in title
/// case, and the agency (<c>ZEYNEP KARA DHA</c>, <c>MURAT ÖZTÜRK - DHA</c>, <c>CAN ARSLAN Kemer DHA</c>, <c>BARTIN DHA</c>);
/// or no agency (<c>ELİF ŞAHİN Ankara</c>, the desk <c>HABER MERKEZİ</c>). Absent parts are <c>default</c> tokens.
/// </summary>
public sealed class BylineSyntax : SyntaxNode
{
    internal BylineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    /// <summary>The words in capitals: reporters' names, a desk, or (one word before the agency) a place; a comma after them included.</summary>
    public SyntaxToken NameToken => GetTokenSlot(BylineSlots.Name);
    public SyntaxToken DashToken => GetTokenSlot(BylineSlots.Dash);

    /// <summary>The place in title case after the name (<c>Kemer</c>), or <c>default</c>.</summary>
    public SyntaxToken PlaceToken => GetTokenSlot(BylineSlots.Place);
    public SyntaxToken AgencyNameToken => GetTokenSlot(BylineSlots.AgencyName);

    /// <summary>The registry's agency the byline names, or null when it names none.</summary>
    public Agency? Agency => AgencyNameToken.IsNone ? null : AgencyRegistry.Default.FindByAlias(AgencyNameToken.TextSpanChars);
}

/// <summary>
/// A source line after the body: <c>Kaynak: AA</c>, <c>المصدر: واس</c>, <c>Source: Reuters</c>. What it names is an
/// <see cref="SyntaxKind.AgencyNameToken"/> when that is a known agency's alias or full name, else a text token
/// (<c>Kaynak: hurriyet.com.tr</c> names no agency).
/// </summary>
public sealed class SourceLineSyntax : SyntaxNode
{
    internal SourceLineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken MarkerToken => GetTokenSlot(SourceLineSlots.Marker);

    /// <summary>What follows the marker (without a final full stop when it names an agency); <c>default</c> when nothing does.</summary>
    public SyntaxToken NameToken => GetTokenSlot(SourceLineSlots.Name);
    public SyntaxToken FullStopToken => GetTokenSlot(SourceLineSlots.FullStop);

    /// <summary>The registry's agency the line names, or null.</summary>
    public Agency? Agency => NameToken.Kind == SyntaxKind.AgencyNameToken ? AgencyRegistry.Default.FindByMention(NameToken.TextSpanChars) : null;
}

/// <summary>
/// A lead-in at the top of the body, which is never a paragraph (grammar/README.md 2.3): scraper residue
/// (<see cref="SyntaxKind.Residue"/>: <c>Next Previous</c>), a source prefix (<see cref="SyntaxKind.SourcePrefix"/>:
/// <c>سبق- وكالات:</c>) or a take label (<see cref="SyntaxKind.TakeLabel"/>: <c>إضافة أولى</c>), a line of its own or a
/// prefix of the first paragraph's line.
/// </summary>
public sealed class LeadInSyntax : SyntaxNode
{
    internal LeadInSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    /// <summary>The text; in the wrapped layout its physical lines joined with single spaces (<see cref="LogicalLine.Join"/>).</summary>
    public string Text => LogicalLine.Join(TextToken.TextSpanChars);
}

/// <summary>One body paragraph: one logical line of text (without the agency tag or an inline dateline); in the wrapped layout it runs over several physical lines.</summary>
public sealed class ParagraphSyntax : SyntaxNode
{
    internal ParagraphSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    /// <summary>The text; in the wrapped layout its physical lines joined with single spaces (<see cref="LogicalLine.Join"/>).</summary>
    public string Text => LogicalLine.Join(TextToken.TextSpanChars);

    /// <summary>The physical lines the paragraph runs over (one in the canonical layout), each trimmed, in source positions.</summary>
    public IReadOnlyList<TextSpan> Lines
    {
        get
        {
            SyntaxToken token = TextToken;
            return [.. LogicalLine.Lines(token.TextSpanChars).Select(line => new TextSpan(token.Span.Start + line.Start, line.Length))];
        }
    }
}
