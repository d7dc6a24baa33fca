using System.Text;
using DispatchParser.Syntax;
using static DispatchParser.Syntax.SyntaxFactory;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>A dateline: <c>PLACE (AGENCY) DASH</c> (form i) or, without a place, <c>AGENCY DASH</c> (form ii).</summary>
internal sealed record DatelineSpec(string? Place, string Agency, string Dash, bool OwnLine);

internal enum TagStyle
{
    /// <summary><c>… last paragraph. (AA)</c></summary>
    Inline,

    /// <summary><c>(AA)</c> on a line of its own.</summary>
    SignOffParenthesized,

    /// <summary><c>Reuter</c> on a line of its own.</summary>
    SignOffWord,
}

/// <summary>
/// A tag or sign-off; with a <paramref name="Reporter"/> a credit (<c>(Ayşe Demir / DHA)</c>, the reporter first or not), with
/// <paramref name="FullStop"/> a full stop after it (both DSP0107 departures).
/// </summary>
internal sealed record TagSpec(string Name, TagStyle Style, string? Reporter = null, bool ReporterFirst = true, bool FullStop = false);

/// <summary>An end marker and its stamp line; <paramref name="Inline"/>: ending the last paragraph's line (a DSP0107 departure).</summary>
internal sealed record EndMarkerSpec(string Marker, string? Stamp, bool Inline = false);

/// <summary>A deck (lines before the byline) and the byline: <c>ZEYNEP KARA DHA</c>.</summary>
internal sealed record HeadSpec(IReadOnlyList<string> Deck, string BylineName, string? BylineAgency);

/// <summary>A lead-in (grammar/README.md 2.3): residue or a take label on a line of its own, or residue or a source prefix opening the first paragraph.</summary>
internal sealed record LeadInSpec(SyntaxKind Kind, string Text, bool OwnLine);

/// <summary>A place dateline, no agency: <c>RİZE -</c> or <c>İSTANBUL</c> on a line of its own, or <c>MADRİD - </c> opening the first paragraph.</summary>
internal sealed record PlaceDatelineSpec(string Place, string? Dash, bool OwnLine);

/// <summary>
/// A well-formed dispatch described part by part; <see cref="Build"/> makes it with <see cref="SyntaxFactory"/>.
/// The body always names its agency (a dateline or a tag). Lists are immutable arrays; shrinking builds new specs.
/// </summary>
internal sealed record DispatchSpec(
    string Language,
    string Headline,
    DatelineSpec? Dateline,
    IReadOnlyList<string> Paragraphs,
    TagSpec? Tag,
    EndMarkerSpec? EndMarker,
    string NoticeMarker,
    string NoticeText,
    IReadOnlyList<string> Briefs,
    string LineBreak,
    bool FinalLineBreak,
    bool ByteOrderMark,
    IReadOnlyList<LeadInSpec>? LeadIns = null,
    PlaceDatelineSpec? PlaceDateline = null,
    bool NoHeadline = false,
    bool NoNotice = false,
    HeadSpec? Head = null)
{
    /// <summary>True when the spec describes a dispatch the grammar accepts (the generators keep to it; shrinking checks it).</summary>
    public bool IsValid =>
        IsHeadlineShaped(Headline)
        && Paragraphs.Count > 0
        && (Dateline is not null || Tag is not null)
        // The factory refuses an inline dateline and an inline tag on the only paragraph: that line is a
        // dateline paragraph, whose final group is text (grammar/README.md 2.3).
        && !(Dateline is { OwnLine: false } && Tag is { Style: TagStyle.Inline } && Paragraphs.Count == 1)
        && IsPlain(Paragraphs[0]) && IsPlain(Paragraphs[^1])
        && Paragraphs.All(p => !p.StartsWith('('))
        && Paragraphs.Select((p, i) => IsPlainParagraphAt(p, i)).All(plain => plain)
        && IsValidPlaceDateline && AreValidLeadIns;

    /// <summary>
    /// A place dateline names no agency, so a tag or sign-off must, and no agency dateline stands beside it; inline it
    /// cannot share the only paragraph with an inline tag (the line is a place paragraph, whose final group is text).
    /// The lexer must see the place line or paragraph it is meant to be.
    /// </summary>
    private bool IsValidPlaceDateline =>
        PlaceDateline is not { } place
        || (Dateline is null && Tag is not null
            && !(!place.OwnLine && Tag is { Style: TagStyle.Inline } && Paragraphs.Count == 1)
            && (place.OwnLine
                ? DispatchParser.Parsing.LineClassifier.Default.Classify(place.Dash is null ? place.Place : $"{place.Place} {place.Dash}", fine: true) == DispatchParser.Parsing.LineClass.PlaceLine
                : DispatchParser.Parsing.LineClassifier.Default.Classify($"{place.Place} {place.Dash} {Paragraphs[0]}", fine: true) == DispatchParser.Parsing.LineClass.PlaceParagraph));

    /// <summary>Lines first, then prefixes; prefixes only in a body without a dateline; each line the lead-in class it is meant to be.</summary>
    private bool AreValidLeadIns =>
        LeadIns is not { } leadIns
        || (leadIns.SkipWhile(leadIn => leadIn.OwnLine).All(leadIn => !leadIn.OwnLine)
            && (leadIns.All(leadIn => leadIn.OwnLine) || (Dateline is null && PlaceDateline is null))
            && leadIns.Where(leadIn => leadIn.OwnLine).All(leadIn => DispatchParser.Parsing.LineClassifier.Default.Classify(leadIn.Text, fine: true)
                == (leadIn.Kind == SyntaxKind.Residue ? DispatchParser.Parsing.LineClass.ResidueLine : DispatchParser.Parsing.LineClass.TakeLabelLine)));

    /// <summary>
    /// A middle paragraph the parser keeps as one at its place: a paragraph line that is not a byline, and no dateline
    /// line among the first body lines (there it would be the body's head, grammar/README.md 2.3).
    /// </summary>
    private bool IsPlainParagraphAt(string paragraph, int index)
    {
        DispatchParser.Parsing.LineClass lineClass = DispatchParser.Parsing.LineClassifier.Default.Classify(paragraph, fine: true);
        bool head = lineClass is DispatchParser.Parsing.LineClass.Byline || (lineClass is DispatchParser.Parsing.LineClass.DatelineLine && index + (Dateline is null ? 0 : 1) < DispatchParser.Parsing.Parser.HeadLines);
        return DispatchParser.Parsing.LineClassExtensions.IsParagraphLine(lineClass) && !head;
    }

    /// <summary>
    /// A line the grammar takes for a headline: it does not end a sentence (full stop, colon) and is not one
    /// upper-case place word (grammar/README.md 2.1; the generators never indent a headline by more than one space).
    /// </summary>
    public static bool IsHeadlineShaped(string headline) =>
        !headline.EndsWith('.') && !headline.EndsWith(':')
        && !(headline.Length >= 2 && headline.All(c => c is >= 'A' and <= 'Z' || "ÇĞİÖŞÜÂÎÛÊ".Contains(c)));

    /// <summary>A plain sentence of the word pools: no dash, colon or final group, so it is a text line wherever it stands.</summary>
    public static bool IsPlain(string text) => text.IndexOfAny(['-', '–', ':']) < 0 && !text.EndsWith(')') && !text.StartsWith('(');

    public DocumentSyntax Build()
    {
        DatelineSyntax? dateline = Dateline is { } d ? SyntaxFactory.Dateline(d.Place, d.Agency, d.Dash, d.OwnLine)
            : PlaceDateline is { } p ? SyntaxFactory.PlaceDateline(p.Place, p.Dash, p.OwnLine) : null;
        AgencyTagSyntax? tag = Tag switch
        {
            null => null,
            { Reporter: { } reporter } t => Credit(reporter, t.Name, t.ReporterFirst, t.ReporterFirst ? " / " : "/", signOff: t.Style != TagStyle.Inline, t.FullStop),
            { Style: TagStyle.Inline } t => AgencyTag(t.Name, t.FullStop),
            { Style: TagStyle.SignOffParenthesized } t => SignOff(t.Name, parenthesized: true, t.FullStop),
            var t => SignOff(t.Name, parenthesized: false, t.FullStop),
        };
        return Document(
            NoHeadline ? null : SyntaxFactory.Headline(Headline),
            Body(dateline, Paragraphs.Select(Paragraph), tag, Head is { } head ? Byline(head.BylineName, head.BylineAgency) : null,
                leadIns: LeadIns?.Select(l => LeadIn(l.Kind, l.Text, l.OwnLine)), deck: Head?.Deck.Select(Paragraph)),
            NoNotice ? null : LegalNotice(NoticeMarker, NoticeText),
            Briefs.Select(Brief),
            EndMarker is { Inline: true } inline ? InlineEndMarker(inline.Marker, inline.Stamp)
                : EndMarker is { } e ? SyntaxFactory.EndMarker(e.Marker, e.Stamp) : null,
            LineBreak, FinalLineBreak, ByteOrderMark);
    }

    /// <summary>
    /// False when <see cref="SyntaxFactory"/> refuses the spec (a headline-less body whose first line would be a headline,
    /// briefs after a reprint the reprint rule does not close, …): it says why in its exception, and no text is printed.
    /// </summary>
    public bool FactoryAccepts
    {
        get
        {
            try
            {
                _ = Build();
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    /// <summary>The diagnostic codes the parser reports for the built text under strict: the departures of the spec's real-copy forms.</summary>
    public IEnumerable<string> ExpectedCodes()
    {
        if (NoHeadline) yield return "DSP0001";
        if (NoNotice) yield return "DSP0004";
        // A bare word's departure is the word alone (a full stop after a sign-off word is not one); a group's includes the full stop.
        if (Tag is { } t && (t.Style == TagStyle.SignOffWord && t.Reporter is null
                ? !DispatchParser.Dialects.AgencyRegistry.Default.SignOffWords.Contains(t.Name)
                : t.Reporter is not null || t.FullStop))
            yield return "DSP0107";
        if (EndMarker is { Inline: true }) yield return "DSP0107";
        foreach (LeadInSpec _ in LeadIns ?? []) yield return "DSP0110";
    }

    public string Text => Build().ToFullString();

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append("DispatchSpec ").Append(Language).Append(": ").AppendLine(Escaping.Literal(Text));
        builder.Append("  headline ").AppendLine(Escaping.Literal(Headline));
        if (Dateline is { } d) builder.AppendLine($"  dateline place={Escaping.Literal(d.Place)} agency={Escaping.Literal(d.Agency)} dash={Escaping.Literal(d.Dash)} ownLine={d.OwnLine}");
        foreach (LeadInSpec leadIn in LeadIns ?? []) builder.AppendLine($"  lead-in {leadIn.Kind} {Escaping.Literal(leadIn.Text)} ownLine={leadIn.OwnLine}");
        if (PlaceDateline is { } place) builder.AppendLine($"  place dateline {Escaping.Literal(place.Place)} dash={Escaping.Literal(place.Dash)} ownLine={place.OwnLine}");
        foreach (string paragraph in Paragraphs) builder.Append("  paragraph ").AppendLine(Escaping.Literal(paragraph));
        if (Tag is { } t) builder.AppendLine($"  tag {t.Style} {Escaping.Literal(t.Name)} reporter={Escaping.Literal(t.Reporter)} reporterFirst={t.ReporterFirst} fullStop={t.FullStop}");
        if (EndMarker is { } e) builder.AppendLine($"  end marker {Escaping.Literal(e.Marker)} stamp {Escaping.Literal(e.Stamp)} inline={e.Inline}");
        if (Head is { } h) builder.AppendLine($"  deck [{string.Join(", ", h.Deck.Select(line => Escaping.Literal(line)))}] byline {Escaping.Literal(h.BylineName)} {Escaping.Literal(h.BylineAgency)}");
        if (NoHeadline || NoNotice) builder.AppendLine($"  noHeadline={NoHeadline} noNotice={NoNotice}");
        builder.Append("  notice ").Append(Escaping.Literal(NoticeMarker)).Append(' ').AppendLine(Escaping.Literal(NoticeText));
        foreach (string brief in Briefs) builder.Append("  brief ").AppendLine(Escaping.Literal(brief));
        builder.Append($"  lineBreak={Escaping.Literal(LineBreak)} finalLineBreak={FinalLineBreak} bom={ByteOrderMark}");
        return builder.ToString();
    }
}

/// <summary>
/// Departures from the canonical form that keep a dispatch well-formed (grammar/README.md section 5):
/// indentation, trailing whitespace, blank lines before the headline and after the separator, extra blank
/// lines at the end, and a different line break per line. Indexes are lines of the canonical text.
/// </summary>
internal sealed record LineNoise(int Line, string Indent, string Trailing, IReadOnlyList<string> BlankLinesAfter, string? Break)
{
    public override string ToString() =>
        $"line {Line}: indent {Escaping.Literal(Indent)} trailing {Escaping.Literal(Trailing)} blank after [{string.Join(", ", BlankLinesAfter.Select(b => Escaping.Literal(b)))}] break {Escaping.Literal(Break)}";
}

/// <summary>A well-formed dispatch: the spec built with the factory, then (for non-canonical ones) trivia noise.</summary>
internal sealed record WellFormedDispatch(DispatchSpec Spec, IReadOnlyList<string> LeadingBlankLines, IReadOnlyList<LineNoise> Noise)
{
    public bool IsCanonical => LeadingBlankLines.Count == 0 && Noise.Count == 0;

    public string Text => ApplyNoise(Spec.Text);

    private string ApplyNoise(string canonical)
    {
        if (IsCanonical) return canonical;
        List<(string Content, string Break)> lines = SplitLines(canonical);
        string bom = lines[0].Content.StartsWith('\uFEFF') ? "\uFEFF" : "";
        if (bom.Length > 0) lines[0] = (lines[0].Content[1..], lines[0].Break);

        var output = new List<(string Content, string Break)>();
        foreach (string blank in LeadingBlankLines) output.Add((blank, Spec.LineBreak));
        for (int i = 0; i < lines.Count; i++)
        {
            (string content, string lineBreak) = lines[i];
            LineNoise? noise = Noise.FirstOrDefault(n => n.Line == i);
            if (noise is null)
            {
                output.Add((content, lineBreak));
                continue;
            }
            // The headline takes at most one space of indentation: a tab or a longer indent makes a lead paragraph.
            string indent = i == 0 && noise.Indent.Length > 0 ? (noise.Indent[0] == '\t' ? " " : noise.Indent[..1]) : noise.Indent;
            content = indent + content + noise.Trailing;
            if (noise.Break is not null && lineBreak.Length > 0) lineBreak = noise.Break;
            IReadOnlyList<string> blanks = noise.BlankLinesAfter;
            if (blanks.Count == 0 || i < lines.Count - 1)
            {
                output.Add((content, lineBreak));
                foreach (string blank in blanks) output.Add((blank, Spec.LineBreak));
                continue;
            }
            // Blank lines after the last line: the last line needs a break, the last blank line keeps the
            // original final break (or none).
            output.Add((content, lineBreak.Length > 0 ? lineBreak : Spec.LineBreak));
            for (int k = 0; k < blanks.Count; k++) output.Add((blanks[k], k < blanks.Count - 1 ? Spec.LineBreak : lineBreak));
        }
        return bom + Join(output);
    }

    /// <summary>Joins lines; a CR followed by an empty line ending in LF would merge into one CR LF break, so that LF becomes CR LF.</summary>
    internal static string Join(List<(string Content, string Break)> lines)
    {
        var builder = new StringBuilder();
        foreach ((string content, string lineBreak) in lines)
        {
            string actualBreak = lineBreak;
            if (content.Length == 0 && actualBreak.StartsWith('\n') && builder.Length > 0 && builder[^1] == '\r') actualBreak = "\r\n";
            builder.Append(content).Append(actualBreak);
        }
        return builder.ToString();
    }

    /// <summary>The lines of a text with their line breaks (CR LF, CR, LF); the last break may be empty.</summary>
    internal static List<(string Content, string Break)> SplitLines(string text)
    {
        var lines = new List<(string, string)>();
        int position = 0;
        while (true)
        {
            int index = text.AsSpan(position).IndexOfAny('\r', '\n');
            if (index < 0)
            {
                lines.Add((text[position..], ""));
                return lines;
            }
            int end = position + index;
            int breakLength = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            lines.Add((text[position..end], text.Substring(end, breakLength)));
            position = end + breakLength;
            if (position == text.Length) return lines;
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append("WellFormedDispatch ").AppendLine(Escaping.Literal(Text));
        builder.AppendLine(Spec.ToString());
        if (LeadingBlankLines.Count > 0) builder.AppendLine($"  leading blank lines [{string.Join(", ", LeadingBlankLines.Select(b => Escaping.Literal(b)))}]");
        foreach (LineNoise noise in Noise) builder.Append("  ").AppendLine(noise.ToString());
        return builder.ToString().TrimEnd();
    }
}
