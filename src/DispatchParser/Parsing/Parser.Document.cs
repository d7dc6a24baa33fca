using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Parsing;

/// <summary>The structure of a dispatch (grammar/README.md, section 2), decided line by line.</summary>
internal sealed partial class Parser
{
    public GreenSyntaxNode ParseDocument()
    {
        GreenNode headline = ParseHeadline(out bool hasHeadline);
        GreenSyntaxNode separator = ParseSeparator(hasHeadline);
        GreenSyntaxNode body = ParseBody(out GreenSyntaxNode? endMarker);
        GreenSyntaxNode notice = ParseNotice();
        GreenSyntaxNode briefs = ParseBriefs();
        GreenToken endOfFile = ParseEndOfFile();
        GreenSyntaxNode document = GreenFactory.Document(headline, separator, body, endMarker, notice, briefs, endOfFile);
        if (_firstFold < 0) return document;
        int foldWidth = LineBreak.LengthAt(_text, _firstFold);
        return document.WithDiagnostics<GreenSyntaxNode>(new DiagnosticInfo(DiagnosticCodes.WrappedLayout, _firstFold, foldWidth));
    }

    private GreenNode ParseHeadline(out bool hasHeadline)
    {
        int fullStart = NextFullStart;
        (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
        bool found = PeekContent(out LineInfo line);
        if (found && FineClass(line).CanBeHeadline())
        {
            hasHeadline = true;
            GreenNode node = TextLineNode(SyntaxKind.Headline, line);
            if (blankCount > 0)
                node = node.WithDiagnostics<GreenNode>(new DiagnosticInfo(DiagnosticCodes.LeadingBlankLines, blankStart - fullStart, blankWidth));
            return node;
        }
        hasHeadline = false;
        string reason = found ? $"its first line is {Describe(FineClass(line))}" : "the text is empty";
        return GreenFactory.MissingHeadline(new DiagnosticInfo(DiagnosticCodes.MissingHeadline, 0, 0, reason));
    }

    private GreenSyntaxNode ParseSeparator(bool hasHeadline)
    {
        if (!hasHeadline)
            return GreenFactory.MissingSeparator();

        if (AtEnd || CurrentLine() is not { Class: LineClass.Blank, HasBreak: true } blank)
        {
            return GreenFactory.MissingSeparator([new DiagnosticInfo(DiagnosticCodes.MissingSeparator, AnchorOffset(NextFullStart), 0)]);
        }

        // The first blank line's break is the token; its whitespace leading trivia; further blank lines trailing trivia.
        int fullStart = NextFullStart;
        AddTriviaUpTo(blank.End);
        GreenNode? leading = TakePending();
        _cursor = blank.BreakEnd;
        _position = blank.BreakEnd;
        (int extra, _, _) = SkipBlankLines();
        GreenNode? trailing = TakePending();
        var token = new GreenToken(SyntaxKind.BlankLineToken, _text, blank.End, blank.BreakEnd - blank.End, leading, trailing);
        return GreenFactory.Line(SyntaxKind.Separator, token, extra > 0 || blank.End > blank.Start
            ? [new DiagnosticInfo(DiagnosticCodes.NonCanonicalSeparator, 0, _cursor - fullStart)]
            : null);
    }

    /// <summary>
    /// The lead-in prefixes that open the first paragraph's line (grammar/README.md 2.3): residue phrases, then at most one
    /// source prefix, each only while text remains after it (before the tag, when the line's tag is extracted).
    /// </summary>
    private void ParseLeadInPrefixes(LineInfo line, bool tagged, GreenListBuilder leadIns)
    {
        int start = LineContentStart(line, Math.Max(_cursor, line.TextStart));
        int end = CharacterClasses.TrimEnd(_text, start, line.End);
        int limit = end;
        if (tagged && _classifier.FindTag(_text, start, end, out TagShape tag)) limit = CharacterClasses.TrimEnd(_text, start, tag.Open);
        int position = start;
        while (true)
        {
            LeadInPrefix prefix = _classifier.MatchLeadInPrefix(_text, position, limit, sourceAllowed: true);
            if (prefix.Kind == LeadInKind.None) return;
            leadIns.Add(LeadInNode(prefix.Kind == LeadInKind.Residue ? SyntaxKind.Residue : SyntaxKind.SourcePrefix, line, prefix.Start, prefix.End));
            if (prefix.Kind == LeadInKind.Source) return;
            position = prefix.Next;
        }
    }

    private int LineContentStart(LineInfo line, int from) => CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), from);

    /// <summary>A lead-in node over <c>[start, end)</c> of the line, with its DSP0110 note.</summary>
    private GreenSyntaxNode LeadInNode(SyntaxKind kind, LineInfo line, int start, int end)
    {
        return GreenFactory.LeadInWithNote(kind, Token(SyntaxKind.TextToken, line, start, end));
    }

    private GreenSyntaxNode ParseNotice()
    {
        if (!PeekContent(out LineInfo line) || line.Class != LineClass.Notice)
        {
            return GreenFactory.MissingNotice(new DiagnosticInfo(DiagnosticCodes.MissingNotice, AnchorOffset(NextFullStart), 0));
        }
        SkipBlankLines();
        int start = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        _classifier.IsNotice(_text.AsSpan(start, line.End - start), out int markerLength);
        int textStart = CharacterClasses.SkipWhitespace(_text.AsSpan(0, line.End), start + markerLength);
        int textEnd = CharacterClasses.TrimEnd(_text, textStart, line.End);
        GreenToken marker = Token(SyntaxKind.NoticeMarkerToken, line, start, start + markerLength);
        GreenToken? text = textEnd > textStart ? Token(SyntaxKind.TextToken, line, textStart, textEnd) : null;
        return GreenFactory.Notice(marker, text);
    }

    private GreenSyntaxNode ParseBriefs()
    {
        var briefs = new GreenListBuilder();
        while (true)
        {
            int fullStart = NextFullStart;
            (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
            if (!PeekContent(out LineInfo line)) break;
            if (line.Class is LineClass.Notice or LineClass.EndMarker)
            {
                SkipLine(line, Describe(line.Class), "only briefs may follow the legal notice");
                continue;
            }
            if (TryReuse(SyntaxKind.Brief, fullStart, (blankCount, blankStart, blankWidth)) is { } reused)
            {
                briefs.Add(reused);
                continue;
            }
            briefs.Add(ReportBlankLines(Brief(line), fullStart, blankCount, blankStart, blankWidth, "briefs"));
        }
        return GreenFactory.BriefList(briefs.ToList());
    }

    /// <summary>
    /// Where a missing part's diagnostic goes, relative to the missing node at <paramref name="position"/>: at
    /// the end of the text of the line before (as Roslyn reports "; expected" after the previous token), not at
    /// the start of the next line. Never positive.
    /// </summary>
    private int AnchorOffset(int position)
    {
        int anchor = position;
        if (anchor > 0 && _text[anchor - 1] == '\n') anchor--;
        if (anchor > 0 && _text[anchor - 1] == '\r') anchor--;
        while (anchor > 0 && CharacterClasses.IsWhitespace(_text[anchor - 1])) anchor--;
        return anchor - position;
    }

    private GreenLineNode Brief(LineInfo line) => TextLineNode(SyntaxKind.Brief, line);

    private static GreenNode ReportBlankLines(GreenNode node, int fullStart, int count, int start, int width, string where) =>
        count == 0 ? node : node.WithDiagnostics<GreenNode>(new DiagnosticInfo(DiagnosticCodes.BlankLineInside, start - fullStart, width, where));

    /// <summary>
    /// Parses the middle paragraph or brief that starts at <paramref name="fullStart"/>, exactly as
    /// <see cref="ParseDocument"/> would there; null when the line is no longer one or does not end at
    /// <paramref name="expectedEnd"/>. Used by the incremental parser's fast path.
    /// </summary>
    internal GreenNode? ReparseLine(SyntaxKind kind, int fullStart, int expectedEnd, bool noticeBelow)
    {
        _cursor = _position = fullStart;
        (int blankCount, int blankStart, int blankWidth) = SkipBlankLines();
        if (ContainsSkipped(_pending) || !PeekContent(out LineInfo line)) return null;
        // A middle paragraph keeps its role while it stays a paragraph line that cannot close the body: plain text, a
        // stamp, or a tagged line with the notice below (the reprint rule needs its absence); a marker, a source line
        // or a sign-off changes the structure.
        bool keepsRole = line.Class is LineClass.Text or LineClass.Stamp || (line.Class == LineClass.Tagged && noticeBelow);
        if (line.Class is LineClass.Notice or LineClass.EndMarker || (kind == SyntaxKind.Paragraph && !keepsRole))
            return null;
        GreenNode node = kind == SyntaxKind.Paragraph
            ? ReportBlankLines(ParagraphRest(line, extractTag: false, out _), fullStart, blankCount, blankStart, blankWidth, "body")
            : ReportBlankLines(Brief(line), fullStart, blankCount, blankStart, blankWidth, "briefs");
        return _cursor == expectedEnd && !node.ContainsSkippedText ? node : null;
    }

    /// <summary>
    /// The end-of-file token. Its leading trivia is everything after the last line that belongs to a part:
    /// blank lines (a departure, DSP0106) and skipped lines.
    /// </summary>
    private GreenToken ParseEndOfFile()
    {
        int fullStart = NextFullStart;
        SkipBlankLines();
        int blankStart = fullStart;
        int position = fullStart;
        foreach (GreenTrivia trivia in _pending)
        {
            position += trivia.FullWidth;
            if (trivia.Kind == SyntaxKind.SkippedTextTrivia) blankStart = position;
        }
        if (blankStart > fullStart) blankStart += LineBreak.LengthAt(_text, blankStart);
        GreenNode? leading = TakePending();
        DiagnosticInfo[]? diagnostics = _text.Length > blankStart && blankStart >= fullStart
            ? [new DiagnosticInfo(DiagnosticCodes.TrailingBlankLines, blankStart - fullStart, _text.Length - blankStart)]
            : null;
        return new GreenToken(SyntaxKind.EndOfFileToken, _text, _text.Length, 0, leading, null, diagnostics);
    }
}
