using DispatchParser.Text;
using static DispatchParser.Parsing.CharacterClasses;

namespace DispatchParser.Parsing;

/// <summary>
/// The layout decision (grammar/README.md, section 1.1): which physical lines continue the line before them. A
/// continuation line and the lines it continues form one logical line; the line break before a continuation line is a
/// fold. A text with at least one fold has the wrapped layout. The hand-written parser reads logical lines directly
/// (a fold is whitespace of its logical line); <see cref="Fold"/> gives the text the grammar reads, with every fold and
/// the indentation after it replaced by spaces, so offsets stay the same.
/// </summary>
internal sealed class LayoutRule
{
    /// <summary>Leading whitespace at least this long makes a line a fragment of the line before it.</summary>
    public const int FragmentIndent = 8;

    /// <summary>How many non-blank lines after the first one the hard-wrap decision looks at.</summary>
    public const int HardWrapWindow = 24;

    /// <summary>No line in the window of hard-wrapped copy is longer than this (trailing whitespace excluded).</summary>
    public const int HardWrapWidth = 80;

    /// <summary>A column-0 line continues a hard-wrapped line that is at least this long.</summary>
    public const int HardWrappedLineWidth = 55;

    /// <summary>A paragraph start of hard-wrapped copy is indented by 1 to this many whitespace characters.</summary>
    public const int HardWrapIndent = 7;

    private readonly string _text;
    private readonly LineClassifier _classifier;
    /// <summary><see cref="HardWrapped"/> once decided: 1 or 0; -1 before (a plain field: <see cref="MayContinue"/> reads it for every line).</summary>
    private int _hardWrapped = -1;

    /// <summary>False only in the tests that compare the shortcuts (<see cref="IsStructural"/>'s plain-line test, the column-0 loop of <see cref="LogicalEnd"/>) with the general path.</summary>
    private readonly bool _shortcuts;

    public LayoutRule(string text, LineClassifier classifier, bool shortcuts = true)
    {
        _text = text;
        _classifier = classifier;
        _shortcuts = shortcuts;
    }

    /// <summary>The end of the first non-blank physical line (0 when there is none).</summary>
    private int FirstContentEnd => _firstContentEnd ??= FindFirstContentEnd();

    private int? _firstContentEnd;
    private bool? _firstLineContinues;

    private bool FirstLineContinues(int textStart, int end) =>
        _firstLineContinues ??= IsStory(_classifier.Classify(_text.AsSpan(textStart, end - textStart), fine: true));

    private int FindFirstContentEnd()
    {
        for (int start = 0; start < _text.Length;)
        {
            int end = PhysicalEnd(start);
            int textStart = start;
            while (textStart < end && _text[textStart] == ByteOrderMark) textStart++;
            if (SkipWhitespace(_text.AsSpan(0, end), textStart) < end) return end;
            if (end >= _text.Length) break;
            start = NextLine(end);
        }
        return 0;
    }

    /// <summary>True when the text is hard-wrapped copy (decided once, from the window at its start).</summary>
    public bool HardWrapped
    {
        get
        {
            if (_hardWrapped < 0) _hardWrapped = DecideHardWrapped() ? 1 : 0;
            return _hardWrapped == 1;
        }
    }

    /// <summary>
    /// False when the physical line at <paramref name="lineStart"/> continues no line: it is the end of the text, or it
    /// opens at column 0 with text (no U+FEFF) and the copy is not hard-wrapped — so <see cref="LogicalEnd"/> of the line
    /// before it is that line's own end. The parser asks it first: one look at a character for most lines of canonical copy.
    /// </summary>
    public bool MayContinue(int lineStart)
    {
        string text = _text;
        if (lineStart >= text.Length) return false;
        char opening = text[lineStart];
        return IsWhitespace(opening) || opening == ByteOrderMark || (_hardWrapped < 0 ? HardWrapped : _hardWrapped == 1);
    }

    /// <summary>
    /// True when the physical line starting at <paramref name="lineStart"/> continues the non-blank physical line whose
    /// content is <c>[previousStart, previousEnd)</c> (U+FEFF at the start of a logical line excluded); when it does,
    /// <paramref name="lineEnd"/> is where its content ends (its line break), found once for the caller as well.
    /// </summary>
    private bool Continues(int previousStart, int previousEnd, int lineStart, out int lineEnd)
    {
        lineEnd = -1;
        string text = _text;
        if (lineStart >= text.Length || text[lineStart] == ByteOrderMark) return false;
        int first = lineStart;
        // Spaces first, without the helpers: every paragraph of hard-wrapped copy opens with a few of them, and each line
        // that ends a logical line is asked this of the line after it.
        while (first < text.Length && text[first] == ' ') first++;
        while (first < text.Length && IsIndentation(text[first])) first++;
        int indent = first - lineStart;
        // A paragraph start of hard-wrapped copy (1 to HardWrapIndent characters, then text) is no candidate: said before
        // the tests below, which it would all pass.
        if (indent is > 0 and < FragmentIndent && first < text.Length && !IsLineBreak(text[first])) return false;
        if (first == _text.Length || IsLineBreak(_text[first]))
        {
            // A run of whitespace-only lines as deep as a fragment, between a line and a fragment that continues it.
            if (indent < FragmentIndent || first == _text.Length) return false;
            lineEnd = first;
            if (lineStart >= _deepBlankRunStart && lineStart < _deepBlankRunEnd) return _deepBlankRunContinues;
            int next = NextLine(first);
            while (next < _text.Length && DeepBlankEnd(next) is int blankEnd and >= 0) next = NextLine(blankEnd);
            _deepBlankRunStart = lineStart;
            _deepBlankRunEnd = next;
            _deepBlankRunContinues = IsFragment(next) && Continues(previousStart, previousEnd, next, out _);
            return _deepBlankRunContinues;
        }
        bool candidate = indent >= FragmentIndent || (indent == 0 && HardWrapped);
        if (!candidate || TrimEnd(_text, previousStart, previousEnd) == previousStart) return false;
        lineEnd = PhysicalEnd(first);
        // The line before first: it was this call's line the last time, so its answer is the one kept.
        return !IsStructural(previousStart, previousEnd) && !IsStructural(lineStart, lineEnd);
    }

    // The last run of deep whitespace-only lines looked at, and whether a fragment continuing the line before follows it.
    private int _deepBlankRunStart = -1, _deepBlankRunEnd = -1;
    private bool _deepBlankRunContinues;

    /// <summary>The end of the whitespace-only line at <paramref name="lineStart"/> when it is at least a fragment's indentation deep, else -1.</summary>
    private int DeepBlankEnd(int lineStart)
    {
        int first = lineStart;
        while (first < _text.Length && IsIndentation(_text[first])) first++;
        return first - lineStart >= FragmentIndent && first < _text.Length && IsLineBreak(_text[first]) ? first : -1;
    }

    /// <summary>A line with at least <see cref="FragmentIndent"/> whitespace characters before its text.</summary>
    private bool IsFragment(int lineStart)
    {
        int first = lineStart;
        while (first < _text.Length && IsIndentation(_text[first])) first++;
        return first - lineStart >= FragmentIndent && first < _text.Length && !IsLineBreak(_text[first]);
    }

    /// <summary>Whitespace W on one line (a line break ends the indentation).</summary>
    private static bool IsIndentation(char c) => IsWhitespace(c) && !IsLineBreak(c);

    /// <summary>
    /// Lines that are never a continuation: they close a body or follow it, whatever their indentation. The last answer
    /// is kept: <see cref="Continues"/> asks it of each physical line twice, as the line and then as the line before the next.
    /// </summary>
    private bool IsStructural(int start, int end)
    {
        if (start != _structuralStart || end != _structuralEnd)
        {
            ReadOnlySpan<char> line = _text.AsSpan(start, end - start);
            _structural = !(_shortcuts && _classifier.IsPlainClosing(line)) && IsStructuralLine(_classifier, line);
            (_structuralStart, _structuralEnd) = (start, end);
        }
        return _structural;
    }

    private int _structuralStart = -1, _structuralEnd = -1;
    private bool _structural;

    /// <summary>A physical line that is never a continuation and never continued (the incremental parser asks it too).</summary>
    internal static bool IsStructuralLine(LineClassifier classifier, ReadOnlySpan<char> line) =>
        classifier.ClassifyClosing(line) is not (LineClass.Text or LineClass.Blank);

    private int PhysicalEnd(int start)
    {
        int index = _text.AsSpan(start).IndexOfAny('\r', '\n');
        return index < 0 ? _text.Length : start + index;
    }

    private int NextLine(int end) => end + LineBreak.LengthAt(_text, end);

    /// <summary>
    /// Hard-wrapped copy (1987 Reuters): the window has at least three lines, none longer than <see cref="HardWrapWidth"/>,
    /// at least a third of them at least <see cref="HardWrappedLineWidth"/> long; a paragraph line indented by 1 to
    /// <see cref="HardWrapIndent"/> characters follows a non-blank line of the window, and a column-0 paragraph line follows
    /// a non-blank paragraph line of the window at least <see cref="HardWrappedLineWidth"/> characters long.
    /// </summary>
    private bool DecideHardWrapped() => DecideHardWrapped(_text, _classifier, -1, default);

    /// <summary>The hard-wrap decision for <paramref name="text"/>, with the content of the line at <paramref name="replacedLineStart"/> (if any) replaced.</summary>
    private static bool DecideHardWrapped(string text, LineClassifier classifier, int replacedLineStart, ReadOnlySpan<char> replacement)
    {
        int indentedStarts = 0, columnZeroContinuations = 0, wide = 0;
        bool seenFirst = false, previousStructural = false;
        int previousWidth = -1, counted = 0;
        for (int start = 0; start < text.Length && counted < HardWrapWindow;)
        {
            int index = text.AsSpan(start).IndexOfAny('\r', '\n');
            int end = index < 0 ? text.Length : start + index;
            int textStart = start;
            while (textStart < end && text[textStart] == ByteOrderMark) textStart++;
            ReadOnlySpan<char> content = start == replacedLineStart ? replacement : text.AsSpan(textStart, end - textStart);
            int first = 0;
            while (first < content.Length && IsIndentation(content[first])) first++;
            int width = TrimEnd(content, 0, content.Length);
            if (first == content.Length)
            {
                previousWidth = -1;
            }
            else if (!seenFirst)
            {
                // The first line (a headline, usually) is no evidence for the line after it: whether a separator
                // line stands between them must not change the decision (the normalizer inserts a missing one).
                seenFirst = true;
                previousWidth = -1;
            }
            else
            {
                counted++;
                if (width > HardWrapWidth) return false;
                if (width >= HardWrappedLineWidth) wide++;
                int indent = first;
                bool structural = IsStructuralLine(classifier, content);
                if (previousWidth >= 0 && !structural)
                {
                    if (indent is >= 1 and <= HardWrapIndent) indentedStarts++;
                    if (indent == 0 && textStart == start && previousWidth >= HardWrappedLineWidth && !previousStructural) columnZeroContinuations++;
                }
                previousWidth = width;
                previousStructural = structural;
            }
            if (end >= text.Length) break;
            start = end + LineBreak.LengthAt(text, end);
        }
        return indentedStarts >= 1 && columnZeroContinuations >= 1 && 3 * wide >= counted && counted >= 3;
    }

    /// <summary>
    /// The end of the logical line whose first physical line is <c>[textStart, end)</c>: the end of its last physical line
    /// and of that line's break.
    /// </summary>
    public (int End, int BreakEnd) LogicalEnd(int textStart, int end, int breakEnd)
    {
        // The first non-blank line takes continuation lines only when it is already the story (a dateline, place or lead
        // paragraph): a headline candidate, or a place or dateline on its own line, stands alone (sections 1.1 and 2.1).
        // Only that line: a whitespace-only line before it is asked too, and must not decide (and cache) its answer.
        bool first = end == FirstContentEnd;
        if (first && !FirstLineContinues(textStart, end)) return (end, breakEnd);
        int physicalEnd = end, physicalBreakEnd = breakEnd;
        int previousStart = textStart, previousEnd = end;
        // Hard-wrapped copy's common case, a line opening at column 0 with text after a line with text: it continues unless
        // either line is structural (what Continues decides for it, without its general checks; the previous line's
        // answer is the one IsStructural kept). Every physical line of such copy is asked, so the cost of one is the parse's.
        bool columnZeroContinues = _shortcuts && !first && HardWrapped && TrimEnd(_text, previousStart, previousEnd) > previousStart;
        // Whether the line before is known not to be structural: the last turn's line, asked there.
        bool previousPlain = false;
        while (breakEnd > end)
        {
            int lineStart = breakEnd, lineEnd;
            if (columnZeroContinues && OpensWithText(lineStart))
            {
                if (!previousPlain && IsStructural(previousStart, previousEnd)) break;
                if (!ColumnZeroRun(ref end, ref breakEnd, ref previousStart, ref previousEnd)) break;
                previousPlain = true;
                continue;
            }
            if (OpensParagraph(lineStart) || !Continues(previousStart, previousEnd, lineStart, out lineEnd)) break;
            // Nor does the first line take a tagged line: a tag closing the story is not the headline's (section 2.1).
            if (first && _classifier.Classify(_text.AsSpan(lineStart, lineEnd - lineStart), fine: false) == LineClass.Tagged) break;
            end = lineEnd;
            breakEnd = NextLine(end);
            if (SkipWhitespace(_text.AsSpan(0, end), lineStart) == end) continue;
            previousStart = lineStart;
            previousEnd = end;
            previousPlain = false;
            columnZeroContinues = _shortcuts && !first && HardWrapped;
        }
        // And only when the logical line they make is still the story: the headline decision reads the first logical
        // line's class, so a lead line continued by a line that ends the sentence elsewhere ("Sentence." / "goes on") would
        // read as a headline over two physical lines with no separator (section 1.1).
        if (first && end > physicalEnd && !IsStory(_classifier.Classify(_text.AsSpan(textStart, end - textStart), fine: true)))
            return (physicalEnd, physicalBreakEnd);
        return (end, breakEnd);
    }

    /// <summary>
    /// True when the physical line at <paramref name="lineStart"/> opens with 1 to <see cref="HardWrapIndent"/> spaces and then
    /// text: a paragraph start of hard-wrapped copy, which continues no line (what <see cref="Continues"/> answers first for
    /// it, said here without the call: the line after the last line of every paragraph of such copy).
    /// </summary>
    private bool OpensParagraph(int lineStart)
    {
        string text = _text;
        int first = lineStart;
        while (first < text.Length && text[first] == ' ' && first - lineStart < FragmentIndent) first++;
        int indent = first - lineStart;
        return indent is > 0 and < FragmentIndent && first < text.Length && !IsWhitespace(text[first]);
    }

    /// <summary>True when a physical line starts at <paramref name="lineStart"/> and opens with text: no whitespace, no U+FEFF.</summary>
    private bool OpensWithText(int lineStart)
    {
        string text = _text;
        if ((uint)lineStart >= (uint)text.Length) return false;
        char opening = text[lineStart];
        return opening != ByteOrderMark && !IsWhitespace(opening);
    }

    /// <summary>
    /// Hard-wrapped copy's common case, a run of lines opening at column 0 with text after a line with text that is not
    /// structural (<paramref name="previousStart"/>, <paramref name="previousEnd"/>): each continues unless it is structural.
    /// Takes the run into the logical line (<paramref name="end"/>, <paramref name="breakEnd"/> and the previous line move on
    /// with each line taken) and returns false when it stopped at a structural line (the logical line ends before it), true
    /// at a line that does not open with text (the general test decides it). One search for the line break and a look at
    /// the line's ends per line; the last plain line is what <see cref="IsStructural"/> keeps.
    /// </summary>
    private bool ColumnZeroRun(ref int end, ref int breakEnd, ref int previousStart, ref int previousEnd)
    {
        ReadOnlySpan<char> text = _text;
        LineClassifier classifier = _classifier;
        int lineStart = breakEnd;
        bool continues = true;
        do
        {
            int index = text[lineStart..].IndexOfAny('\r', '\n');
            int lineEnd = index < 0 ? text.Length : lineStart + index;
            if (!classifier.IsPlainClosingText(text[lineStart..lineEnd]) && IsStructural(lineStart, lineEnd))
            {
                continues = false;
                break;
            }
            end = lineEnd;
            breakEnd = index < 0 ? lineEnd : lineEnd + (text[lineEnd] == '\n' ? 1 : LineBreak.LengthAt(text, lineEnd));
            (previousStart, previousEnd) = (lineStart, lineEnd);
            lineStart = breakEnd;
        }
        while (breakEnd > end && (uint)lineStart < (uint)text.Length && text[lineStart] is char opening && opening != ByteOrderMark && !IsWhitespace(opening));
        // What IsStructural keeps: the last line taken (a structural line it stopped at keeps its own answer).
        if (continues) (_structuralStart, _structuralEnd, _structural) = (previousStart, previousEnd, false);
        return continues;
    }

    /// <summary>The classes of a first line that is already the story (a dateline, place or lead paragraph), never a headline.</summary>
    private static bool IsStory(LineClass lineClass) => lineClass is LineClass.DatelinePara or LineClass.PlaceParagraph or LineClass.LeadParagraph;

    /// <summary>True when <paramref name="text"/> has the wrapped layout: at least one fold.</summary>
    public static bool IsWrapped(string text, LineClassifier? classifier = null) => !ReferenceEquals(Fold(text, classifier), text);

    /// <summary>The text with every fold's line break replaced by spaces (the same length); the text itself when it has no fold.</summary>
    public static string Fold(string text, LineClassifier? classifier = null)
    {
        var rule = new LayoutRule(text, classifier ?? LineClassifier.Default);
        char[]? folded = null;
        for (int start = 0; start < text.Length;)
        {
            int end = rule.PhysicalEnd(start);
            int textStart = start;
            while (textStart < end && text[textStart] == ByteOrderMark) textStart++;
            (int logicalEnd, int breakEnd) = rule.LogicalEnd(textStart, end, rule.NextLine(end));
            if (logicalEnd > end)
            {
                folded ??= text.ToCharArray();
                for (int i = end; i < logicalEnd; i++)
                {
                    if (IsLineBreak(text[i])) folded[i] = ' ';
                }
            }
            if (breakEnd <= start) break;
            start = breakEnd;
        }
        return folded is null ? text : new string(folded);
    }

    /// <summary>
    /// For a one-line edit of a canonical text (no line break inserted): whether the edited physical line could now be a
    /// fragment continuing the line before it, the line after it is a fragment-deep line that the edited line could now
    /// take (the first line, or a structural line changing class), or the text may now be hard-wrapped — then the layout
    /// may change and only a full parse knows. True (refuse the one-line path) when the edit crosses a line break.
    /// </summary>
    public static bool EditMayChangeLayout(string oldText, TextChange edit)
    {
        if (edit.Span.End > oldText.Length || edit.NewText.AsSpan().IndexOfAny('\r', '\n') >= 0) return true;
        if (oldText.AsSpan(edit.Span.Start, edit.Span.Length).IndexOfAny('\r', '\n') >= 0) return true;
        int lineStart = oldText.AsSpan(0, edit.Span.Start).LastIndexOfAny('\r', '\n') + 1;
        int after = oldText.AsSpan(edit.Span.End).IndexOfAny('\r', '\n');
        int lineEnd = after < 0 ? oldText.Length : edit.Span.End + after;
        if (lineEnd < oldText.Length)
        {
            int next = lineEnd + LineBreak.LengthAt(oldText, lineEnd);
            int first = next;
            while (first < oldText.Length && IsIndentation(oldText[first])) first++;
            if (first - next >= FragmentIndent) return true;
        }
        // The edited line could now be a fragment (or blank): told from its first FragmentIndent characters, read from the
        // old text and the new text in place; the line is copied only for the hard-wrap decision, which canonical copy
        // (a long line among the first ones) rules out first.
        int length = lineEnd - lineStart + edit.NewText.Length - edit.Span.Length;
        int indent = 0;
        while (indent < length && indent < FragmentIndent && IsIndentation(NewLineChar(oldText, lineStart, edit, indent))) indent++;
        if (indent >= FragmentIndent || indent == length) return true;
        if (!MayBeHardWrapped(oldText, lineStart, lineEnd)) return false;
        char[]? rented = length > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> line = rented is null ? stackalloc char[length] : rented.AsSpan(0, length);
        try
        {
            oldText.AsSpan(lineStart, edit.Span.Start - lineStart).CopyTo(line);
            edit.NewText.AsSpan().CopyTo(line[(edit.Span.Start - lineStart)..]);
            oldText.AsSpan(edit.Span.End, lineEnd - edit.Span.End).CopyTo(line[(edit.Span.Start - lineStart + edit.NewText.Length)..]);
            return DecideHardWrapped(oldText, LineClassifier.Default, lineStart, line);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The character at <paramref name="index"/> of the line at <paramref name="lineStart"/> of <paramref name="oldText"/> once <paramref name="edit"/> (inside it) is made.</summary>
    private static char NewLineChar(string oldText, int lineStart, TextChange edit, int index)
    {
        int before = edit.Span.Start - lineStart;
        if (index < before) return oldText[lineStart + index];
        return index - before < edit.NewText.Length ? edit.NewText[index - before] : oldText[edit.Span.End + index - before - edit.NewText.Length];
    }

    /// <summary>
    /// False when a text, after an edit inside its line at <paramref name="editedLineStart"/> that adds no line break, cannot
    /// be hard-wrapped: another line of the window is longer than <see cref="HardWrapWidth"/>. True (maybe) otherwise. In
    /// canonical copy a long paragraph line comes first, so this stops after a line or two.
    /// </summary>
    /// <param name="editedLineEnd">Where the edited line ends in <paramref name="text"/> (the caller found it): not scanned again.</param>
    private static bool MayBeHardWrapped(string text, int editedLineStart, int editedLineEnd)
    {
        int nonBlank = 0;
        for (int start = 0; start < text.Length;)
        {
            int textStart = start;
            while (textStart < text.Length && text[textStart] == ByteOrderMark) textStart++;
            // A line that is no shorter than HardWrapWidth + 1 up to a non-whitespace character is wider than HardWrapWidth and
            // non-blank: told from its first HardWrapWidth + 1 characters, without scanning a paragraph line of hundreds to its
            // end (the line after the first one answers, in canonical copy: the first paragraph, or the second when the
            // first is the edited one). Nothing else is asked of such a line: the answer below is the general test's.
            if (nonBlank > 0 && start != editedLineStart && textStart + HardWrapWidth < text.Length && !IsWhitespace(text[textStart + HardWrapWidth])
                && text.AsSpan(start, textStart + HardWrapWidth - start).IndexOfAny('\r', '\n') < 0)
                return nonBlank + 1 > HardWrapWindow + 1;
            int end = editedLineEnd;
            if (start != editedLineStart)
            {
                int index = text.AsSpan(start).IndexOfAny('\r', '\n');
                end = index < 0 ? text.Length : start + index;
            }
            if (SkipWhitespace(text.AsSpan(0, end), textStart) < end)
            {
                if (++nonBlank > HardWrapWindow + 1) return true;
                if (nonBlank > 1 && start != editedLineStart && TrimEnd(text, textStart, end) - textStart > HardWrapWidth) return false;
            }
            if (end >= text.Length) break;
            start = end + LineBreak.LengthAt(text, end);
        }
        return true;
    }
}
