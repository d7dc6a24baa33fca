using System.Text;
using DispatchParser.Parsing;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>
/// Puts a dispatch in canonical form and changes nothing else: one line-break style, exactly one empty
/// separator line after the headline (inserted when missing), no whitespace at the end of any logical line.
/// Every other character — indentation, blank lines elsewhere, skipped text, a byte-order mark — is kept,
/// so normalizing is idempotent and never loses content. Inside a logical line of the wrapped layout
/// (grammar/README.md 1.1) the whitespace around a fold belongs to the paragraph's token (it decides that the
/// next line is a continuation line): it is kept, and only the fold's line break takes the one style.
/// </summary>
public static class SyntaxNormalizer
{
    public static string Normalize(DispatchSyntaxTree tree, string lineBreak = "\n")
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (lineBreak is not ("\n" or "\r\n" or "\r"))
            throw new ArgumentException("The line break must be \\n, \\r\\n or \\r.", nameof(lineBreak));

        string text = tree.Text.Text;
        DocumentSyntax root = tree.Root;
        var builder = new StringBuilder(text.Length + 16);
        var folds = new Folds(root);
        if (root.Headline.IsMissing)
        {
            AppendLines(builder, text, 0, text.Length, lineBreak, folds);
            return builder.ToString();
        }

        // The separator's full span covers every blank line between the headline and the body.
        Text.TextSpan separator = root.Separator.FullSpan;
        AppendLines(builder, text, 0, separator.Start, lineBreak, folds);
        if (separator.Start > 0 && !CharacterClasses.IsLineBreak(text[separator.Start - 1]))
        {
            // The headline is the last line and has no line break of its own: nothing follows it.
            return builder.ToString();
        }
        builder.Append(lineBreak);
        AppendSkippedLines(builder, text, separator.Start, separator.End, lineBreak);
        AppendLines(builder, text, separator.End, text.Length, lineBreak, folds);
        return builder.ToString();
    }

    /// <summary>
    /// Keeps the lines among the separator's blank lines that hold skipped text (a stray byte-order mark
    /// makes a line blank to the parser but is content), each on its own line after the separator.
    /// </summary>
    private static void AppendSkippedLines(StringBuilder builder, string text, int start, int end, string lineBreak)
    {
        int position = start;
        while (position < end)
        {
            int index = text.AsSpan(position, end - position).IndexOfAny('\r', '\n');
            int lineEnd = index < 0 ? end : position + index;
            int contentEnd = CharacterClasses.TrimEnd(text, position, lineEnd);
            int contentStart = CharacterClasses.SkipWhitespace(text.AsSpan(0, contentEnd), position);
            if (contentEnd > contentStart)
            {
                builder.Append(text, position, contentEnd - position);
                if (index >= 0) builder.Append(lineBreak);
            }
            if (index < 0) break;
            position = lineEnd + LineBreak.LengthAt(text, lineEnd);
        }
    }

    /// <summary>
    /// The canonical layout (grammar/README.md 1.1): every logical line of a wrapped text put on one physical line — each
    /// fold, with the whitespace around it, becomes one space — and then <see cref="Normalize"/>. Only whitespace changes:
    /// every other character stays, in order. A canonical text is only normalized.
    /// </summary>
    public static string ToCanonicalLayout(DispatchSyntaxTree tree, string lineBreak = "\n")
    {
        ArgumentNullException.ThrowIfNull(tree);
        DispatchSyntaxTree current = tree;
        // Joining lines can, rarely, leave a text whose new lines fold again (a fragment after a structural line that is
        // now joined): repeat until no fold is left; each round removes at least one line break.
        for (string text = current.Text.Text; LayoutRule.IsWrapped(text); text = current.Text.Text)
            current = DispatchSyntaxTree.ParseText(JoinFolds(text), tree.Options);
        return Normalize(current, lineBreak);
    }

    /// <summary>The text with every fold and the whitespace around it replaced by one space.</summary>
    private static string JoinFolds(string text)
    {
        string folded = LayoutRule.Fold(text);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (CharacterClasses.IsLineBreak(text[i]) && folded[i] == ' ')
            {
                while (builder.Length > 0 && CharacterClasses.IsWhitespace(builder[^1]) && !CharacterClasses.IsLineBreak(builder[^1])) builder.Length--;
                int next = i;
                while (next < text.Length && CharacterClasses.IsWhitespace(text[next]) && (!CharacterClasses.IsLineBreak(text[next]) || folded[next] == ' ')) next++;
                builder.Append(' ');
                i = next - 1;
                continue;
            }
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>The normalized text, parsed.</summary>
    public static DispatchSyntaxTree NormalizeTree(DispatchSyntaxTree tree, string lineBreak = "\n") =>
        DispatchSyntaxTree.ParseText(Normalize(tree, lineBreak), tree.Options);

    /// <summary>
    /// Copies [start, end) line by line, dropping trailing whitespace (not before a fold) and rewriting line breaks.
    /// </summary>
    private static void AppendLines(StringBuilder builder, string text, int start, int end, string lineBreak, Folds folds)
    {
        int position = start;
        while (position < end)
        {
            int index = text.AsSpan(position, end - position).IndexOfAny('\r', '\n');
            int lineEnd = index < 0 ? end : position + index;
            int contentEnd = index >= 0 && folds.Contains(lineEnd) ? lineEnd : CharacterClasses.TrimEnd(text, position, lineEnd);
            builder.Append(text, position, contentEnd - position);
            if (index < 0) break;
            builder.Append(lineBreak);
            position = lineEnd + LineBreak.LengthAt(text, lineEnd);
        }
    }

    /// <summary>
    /// The folds of a wrapped text: the line breaks inside a token (a paragraph's, headline's or brief's token holds its
    /// physical lines; every other line break is trivia). Empty, and free, in the canonical layout.
    /// </summary>
    private readonly struct Folds
    {
        private readonly List<Text.TextSpan>? _tokens;

        public Folds(DocumentSyntax root)
        {
            if (root.Layout != DocumentLayout.Wrapped) return;
            _tokens = [];
            foreach (SyntaxToken token in root.DescendantTokens())
                if (token.TextSpanChars.IndexOfAny('\r', '\n') >= 0) _tokens.Add(token.Span);
        }

        /// <summary>True when the line break at <paramref name="position"/> lies inside a token.</summary>
        public bool Contains(int position)
        {
            if (_tokens is null) return false;
            foreach (Text.TextSpan span in _tokens)
                if (span.Start < position && position < span.End) return true;
            return false;
        }
    }
}
