using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;
using static DispatchParser.Parsing.CharacterClasses;

namespace DispatchParser.Parsing;

/// <summary>
/// The hand-written parser: any text in, a green tree out, in one pass over the lines with a one-line
/// lookahead. It never throws: a missing part becomes a zero-width missing node with a diagnostic, an
/// unexpected line becomes skipped-text trivia. The structure it accepts is exactly the grammar's
/// (grammar/README.md, section 2); the decisions are in <c>Parser.Document.cs</c>, the building of tokens
/// and trivia here.
///
/// Trivia rule: a token's trailing trivia is the whitespace after it on its line and, when it is the
/// last token of the line, the line break. Everything before a token that is not another token — blank
/// lines, skipped lines, a byte-order mark, the indentation of its line — is its leading trivia. Blank
/// lines after the headline are the separator token's (the first blank line's break is the token, the
/// others its trailing trivia).
/// </summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly LineClassifier _classifier;
    private readonly List<GreenTrivia> _pending = new();
    private readonly IReusableNodeSource? _reuse;
    private readonly LayoutRule _layout;

    /// <summary>Where the first fold (a line break inside a logical line) stands; -1 while there is none (the canonical layout).</summary>
    private int _firstFold = -1;

    /// <summary>Everything before this position belongs to a token or to <see cref="_pending"/>.</summary>
    private int _cursor;

    /// <summary>The full start of the next token: where <see cref="_pending"/> began.</summary>
    private int _pendingStart;

    /// <summary>Start of the next line not yet read.</summary>
    private int _position;

    private LineInfo _peeked;
    private int _peekedAt = -1;

    /// <summary>
    /// False only in the tests that compare the shortcuts for plain lines (<see cref="ReadPlainParagraphs"/>,
    /// <see cref="LineClassifier.IsPlainText"/>, <see cref="LayoutRule.MayContinue"/>) with the general path they skip.
    /// </summary>
    private readonly bool _shortcuts;

    public Parser(string text, LineClassifier? classifier = null, IReusableNodeSource? reuse = null, bool shortcuts = true)
    {
        _text = text;
        _classifier = classifier ?? LineClassifier.Default;
        _reuse = reuse;
        _layout = new LayoutRule(text, _classifier, shortcuts);
        _shortcuts = shortcuts;
    }

    private bool AtEnd => _position >= _text.Length;

    /// <summary>The line starting at <see cref="_position"/>, classified coarsely; cached for repeated peeks.</summary>
    private LineInfo CurrentLine()
    {
        if (_peekedAt == _position) return _peeked;
        _peeked = ScanLine(_position);
        _peekedAt = _position;
        return _peeked;
    }

    private LineInfo ScanLine(int start)
    {
        int index = _text.AsSpan(start).IndexOfAny('\r', '\n');
        int end = index < 0 ? _text.Length : start + index;
        int breakEnd = end + LineBreak.LengthAt(_text, end);
        int textStart = start;
        while (textStart < end && _text[textStart] == ByteOrderMark) textStart++;
        if (breakEnd > end && textStart < end && _fragmentLineStart >= 0)
        {
            // A fragment reparse (Parser.Incremental.cs) knows its logical line: the layout of the whole text was kept.
            if (start == _fragmentLineStart) (end, breakEnd) = FragmentLineEnd();
        }
        else if (breakEnd > end && textStart < end && (!_shortcuts || _layout.MayContinue(breakEnd)))
        {
            int physicalEnd = end;
            (end, breakEnd) = _layout.LogicalEnd(textStart, end, breakEnd);
            if (end > physicalEnd && (_firstFold < 0 || physicalEnd < _firstFold)) _firstFold = physicalEnd;
        }
        LineClass lineClass = _shortcuts
            ? _classifier.Classify(_text.AsSpan(textStart, end - textStart), fine: false)
            : _classifier.ClassifyInFull(_text.AsSpan(textStart, end - textStart), fine: false);
        return new LineInfo(start, textStart, end, breakEnd, lineClass);
    }

    private LineClass FineClass(LineInfo line) =>
        line.Class.NeedsFineClass() ? _classifier.Classify(_text.AsSpan(line.TextStart, line.End - line.TextStart), fine: true) : line.Class;

    /// <summary>Where the first notice line at or after <see cref="_noticeSearchFrom"/> starts (-1: none); see <see cref="NoticeFollows"/>.</summary>
    private int _noticeAt = -1;
    private int _noticeSearchFrom = int.MaxValue;

    /// <summary>
    /// True when a notice line starts at or after <paramref name="position"/> (a line start). The reprint rule asks it
    /// only of lines that could close the body; the answer is remembered, so a parse scans the rest of the text at most
    /// once more in the common case.
    /// </summary>
    private bool NoticeFollows(int position)
    {
        if (position >= _noticeSearchFrom && (_noticeAt < 0 || _noticeAt >= position)) return _noticeAt >= 0;
        _noticeSearchFrom = position;
        _noticeAt = -1;
        for (int start = position; start < _text.Length;)
        {
            LineInfo line = ScanLine(start);
            if (line.Class == LineClass.Notice)
            {
                _noticeAt = start;
                break;
            }
            if (line.BreakEnd == start) break;
            start = line.BreakEnd;
        }
        return _noticeAt >= 0;
    }

    /// <summary>The next non-blank line at or after <see cref="_position"/>, without consuming anything.</summary>
    private bool PeekContent(out LineInfo line)
    {
        int saved = _position;
        while (!AtEnd)
        {
            line = CurrentLine();
            if (line.Class != LineClass.Blank)
            {
                _position = saved;
                return true;
            }
            _position = line.BreakEnd;
        }
        _position = saved;
        line = default;
        return false;
    }

    /// <summary>Like <see cref="PeekContent"/>, but for the line after the next non-blank one.</summary>
    private bool PeekContentAfter(LineInfo current, out LineInfo line)
    {
        int saved = _position;
        _position = current.BreakEnd;
        bool found = PeekContent(out line);
        _position = saved;
        return found;
    }

    private void AddPending(GreenTrivia trivia)
    {
        if (_pending.Count == 0) _pendingStart = _cursor;
        _pending.Add(trivia);
        _cursor += trivia.FullWidth;
    }

    /// <summary>The full start of the next token (the start of its leading trivia).</summary>
    private int NextFullStart => _pending.Count == 0 ? _cursor : _pendingStart;

    /// <summary>Turns <c>[_cursor, end)</c> of the current line into trivia: byte-order marks and whitespace.</summary>
    private void AddTriviaUpTo(int end)
    {
        while (_cursor < end)
        {
            int start = _cursor;
            if (_text[start] == ByteOrderMark)
            {
                int run = start;
                while (run < end && _text[run] == ByteOrderMark) run++;
                if (start == 0)
                {
                    AddPending(GreenTrivia.ByteOrderMark);
                    continue;
                }
                AddPending(GreenTrivia.Skipped(_text, start, run - start, [new DiagnosticInfo(DiagnosticCodes.UnexpectedByteOrderMark, 0, run - start)]));
                continue;
            }
            int stop = start;
            while (stop < end && _text[stop] != ByteOrderMark) stop++;
            AddPending(Whitespace(start, stop - start));
        }
    }

    /// <summary>The last whitespace trivia made; see <see cref="Whitespace"/>.</summary>
    private GreenTrivia? _lastWhitespace;

    /// <summary>
    /// Whitespace trivia over <c>[start, start + width)</c>. Indentation repeats (every paragraph of hard-wrapped copy
    /// opens with the same four spaces), so a run equal to the last one made shares its instance: trivia carries no
    /// position and never changes, and prints the same characters.
    /// </summary>
    private GreenTrivia Whitespace(int start, int width)
    {
        if (_lastWhitespace is { } last && last.FullWidth == width && last.Text.SequenceEqual(_text.AsSpan(start, width))) return last;
        return _lastWhitespace = GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, _text, start, width);
    }

    private GreenNode? TakePending()
    {
        GreenNode? leading = GreenTriviaList.From(_pending);
        _pending.Clear();
        return leading;
    }

    /// <summary>
    /// A token over <c>[start, end)</c> of <paramref name="line"/>. Its trailing trivia runs to the next
    /// non-whitespace character, and includes the line break when nothing else follows on the line.
    /// Reports indentation (for the first token of a line) and trailing whitespace.
    /// </summary>
    private GreenToken Token(SyntaxKind kind, LineInfo line, int start, int end)
    {
        TokenParts parts = ReadToken(line, start, end);
        return new GreenToken(kind, _text, start, end - start, parts.Leading, parts.Trailing, parts.Diagnostics);
    }

    /// <summary>A node holding only the token over <c>[start, end)</c>: one allocation for the line (see <see cref="GreenLineNode"/>).</summary>
    private GreenLineNode LineNode(SyntaxKind kind, SyntaxKind tokenKind, LineInfo line, int start, int end)
    {
        TokenParts parts = ReadToken(line, start, end);
        return GreenFactory.Line(kind, tokenKind, _text, start, end - start, parts.Leading, parts.Trailing, parts.Diagnostics);
    }

    private readonly record struct TokenParts(GreenNode? Leading, GreenNode? Trailing, DiagnosticInfo[] Diagnostics);

    /// <summary>Consumes a token's leading trivia, text and trailing trivia, and works out its whitespace diagnostics.</summary>
    private TokenParts ReadToken(LineInfo line, int start, int end)
    {
        bool firstOnLine = _cursor <= line.TextStart;
        int fullStart = NextFullStart;
        AddTriviaUpTo(start);
        GreenNode? leading = TakePending();
        int afterText = SkipWhitespace(_text.AsSpan(0, line.End), end);
        bool lastOnLine = afterText == line.End;
        GreenNode? trailing = null;
        if (afterText > end || (lastOnLine && line.HasBreak))
        {
            GreenTrivia? space = afterText > end ? Whitespace(end, afterText - end) : null;
            GreenTrivia? lineBreak = lastOnLine && line.HasBreak ? GreenTrivia.Create(SyntaxKind.LineBreakTrivia, _text, line.End, line.BreakEnd - line.End) : null;
            trailing = space is not null && lineBreak is not null ? new GreenTriviaList([space, lineBreak]) : (GreenNode?)space ?? lineBreak;
        }
        _cursor = lastOnLine ? line.BreakEnd : afterText;
        if (lastOnLine) _position = line.BreakEnd;

        bool indented = firstOnLine && start > line.TextStart;
        bool trailingSpace = lastOnLine && afterText > end;
        if (!indented && !trailingSpace) return new TokenParts(leading, trailing, []);
        if (!trailingSpace) return new TokenParts(leading, trailing, Indentation(line.TextStart - fullStart, start - line.TextStart));
        var trailingWhitespace = new DiagnosticInfo(DiagnosticCodes.TrailingWhitespace, start - fullStart + (end - start), afterText - end);
        return new TokenParts(leading, trailing, indented
            ? [new DiagnosticInfo(DiagnosticCodes.LeadingWhitespace, line.TextStart - fullStart, start - line.TextStart), trailingWhitespace]
            : [trailingWhitespace]);
    }

    /// <summary>The diagnostics of the last indented token whose only departure was its indentation; see <see cref="Indentation"/>.</summary>
    private DiagnosticInfo[] _lastIndentation = [];

    /// <summary>
    /// The diagnostic of an indented token. Every paragraph of hard-wrapped copy is indented alike, so tokens indented
    /// alike share one array (green nodes never change their diagnostics), as skipped lines do in <see cref="UnexpectedLine"/>.
    /// </summary>
    private DiagnosticInfo[] Indentation(int offset, int width)
    {
        if (_lastIndentation is [{ } last] && last.Offset == offset && last.Length == width) return _lastIndentation;
        return _lastIndentation = [new DiagnosticInfo(DiagnosticCodes.LeadingWhitespace, offset, width)];
    }

    /// <summary>A token spanning the line's trimmed content.</summary>
    private GreenToken LineToken(SyntaxKind kind, LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        return Token(kind, line, start, end);
    }

    /// <summary>A node of <paramref name="kind"/> holding one text token that spans the line's trimmed content.</summary>
    private GreenLineNode TextLineNode(SyntaxKind kind, LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        return LineNode(kind, SyntaxKind.TextToken, line, start, end);
    }

    /// <summary>Consumes blank lines into pending trivia; returns how many there were and the span they cover.</summary>
    private (int Count, int Start, int Width) SkipBlankLines()
    {
        int count = 0;
        int start = _position;
        while (!AtEnd)
        {
            LineInfo line = CurrentLine();
            if (line.Class != LineClass.Blank) break;
            AddTriviaUpTo(line.End);
            if (line.HasBreak) AddPending(GreenTrivia.Create(SyntaxKind.LineBreakTrivia, _text, line.End, line.BreakEnd - line.End));
            _position = line.BreakEnd;
            count++;
        }
        return (count, start, _position - start);
    }

    /// <summary>Consumes a line that may not stand here as skipped-text trivia with an "unexpected" diagnostic.</summary>
    private void SkipLine(LineInfo line, string what, string why)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        AddTriviaUpTo(start);
        int end = line.End;
        AddPending(GreenTrivia.Skipped(_text, start, end - start, UnexpectedLine(end - start, what, why)));
        if (line.HasBreak) AddPending(GreenTrivia.Create(SyntaxKind.LineBreakTrivia, _text, line.End, line.BreakEnd - line.End));
        _position = line.BreakEnd;
    }

    /// <summary>The diagnostics of the last skipped line, shared by the next one when equal (green nodes never change them).</summary>
    private DiagnosticInfo[] _lastUnexpectedLine = [];

    /// <summary>
    /// The diagnostic of a skipped line. Stray lines come in runs of one kind (a pasted block of sign-offs): a run
    /// shares its arguments and, for lines of one width, its diagnostic array, so a stray line costs its trivia only.
    /// </summary>
    private DiagnosticInfo[] UnexpectedLine(int width, string what, string why)
    {
        if (_lastUnexpectedLine is [{ } last] && last.Arguments[0] is string lastWhat && lastWhat == what
            && last.Arguments[1] is string lastWhy && lastWhy == why)
        {
            if (last.Length == width) return _lastUnexpectedLine;
            return _lastUnexpectedLine = [last with { Length = width }];
        }
        return _lastUnexpectedLine = [new DiagnosticInfo(DiagnosticCodes.UnexpectedLine, 0, width, what, why)];
    }

    internal static string Describe(LineClass lineClass) => lineClass switch
    {
        LineClass.Notice => "a legal notice",
        LineClass.EndMarker => "an end marker",
        LineClass.Stamp => "a time stamp",
        LineClass.SignOff => "a sign-off",
        LineClass.Source => "a source line",
        LineClass.Byline => "a byline",
        LineClass.Marked => "a paragraph ending with an end marker",
        LineClass.DatelineLine or LineClass.DatelinePara => "a dateline",
        LineClass.PlaceLine => "a place, the body's first line",
        LineClass.PlaceParagraph => "a paragraph opening with a place or a lead-in",
        LineClass.LeadParagraph => "a paragraph (it ends a sentence or is indented)",
        LineClass.Blank => "blank",
        _ => "text",
    };
}
