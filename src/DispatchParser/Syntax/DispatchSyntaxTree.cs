using DispatchParser.Diagnostics;
using DispatchParser.Parsing;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>
/// A parsed dispatch: the text, the options, and an immutable full-fidelity syntax tree
/// (<c>Root.ToFullString() == Text.ToString()</c> for every input). Entry point of the library.
/// </summary>
public sealed class DispatchSyntaxTree
{
    private DocumentSyntax? _root;
    private IReadOnlyList<Diagnostic>? _diagnostics;

    private DispatchSyntaxTree(SourceText text, ParseOptions options, GreenSyntaxNode green)
    {
        Text = text;
        Options = options;
        GreenRoot = green;
    }

    public SourceText Text { get; }
    public ParseOptions Options { get; }
    internal GreenSyntaxNode GreenRoot { get; }

    /// <summary>The red root, made on first use; every thread gets the same instance (published with a compare-and-swap).</summary>
    public DocumentSyntax Root
    {
        get
        {
            DocumentSyntax? root = Volatile.Read(ref _root);
            if (root is not null) return root;
            var created = new DocumentSyntax(GreenRoot, null, 0, this);
            return Interlocked.CompareExchange(ref _root, created, null) ?? created;
        }
    }

    /// <summary>When set (the default in Debug builds), every incremental parse is checked against a full parse.</summary>
    public static bool VerifyIncrementalParses { get; set; }
#if DEBUG
        = true;
#endif

    public static DispatchSyntaxTree ParseText(string text, ParseOptions? options = null) =>
        ParseText(SourceText.From(text), options);

    public static DispatchSyntaxTree ParseText(SourceText text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DispatchSyntaxTree(text, options ?? ParseOptions.Default, new Parser(text.Text).ParseDocument());
    }

    /// <summary>
    /// A tree over a root built in code (<see cref="SyntaxFactory"/>, <see cref="SyntaxRewriter"/>): its text is the
    /// root's full text. No diagnostics are computed; parse <see cref="Text"/> for them.
    /// </summary>
    public static DispatchSyntaxTree Create(DocumentSyntax root, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new DispatchSyntaxTree(SourceText.From(root.ToFullString()), options ?? ParseOptions.Default, (GreenSyntaxNode)root.Green);
    }

    /// <summary>The same tree judged under other options (severities only; nothing is reparsed).</summary>
    public DispatchSyntaxTree WithOptions(ParseOptions options) => new(Text, options, GreenRoot);

    /// <summary>
    /// The parser's diagnostics, in text order, with severities from <see cref="Options"/>; hidden ones left out, and
    /// the codes that can fire on every line capped per document (the first ones, then one saying how many more).
    /// Computed once per tree.
    /// </summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        IReadOnlyList<Diagnostic>? computed = Volatile.Read(ref _diagnostics);
        if (computed is not null) return computed;
        var diagnostics = new List<Diagnostic>();
        if (GreenRoot.ContainsDiagnostics)
        {
            var cap = new DiagnosticCap();
            Collect(GreenRoot, 0, diagnostics, cap);
            cap.AddSummaries(diagnostics, Options);
        }
        // A node's own diagnostics come before its children's: order by position (stably) for readers.
        IReadOnlyList<Diagnostic> sorted = diagnostics.Count < 2 ? diagnostics.AsReadOnly() : [.. diagnostics.OrderBy(diagnostic => diagnostic.Span.Start)];
        return Interlocked.CompareExchange(ref _diagnostics, sorted, null) ?? sorted;
    }

    /// <summary>Walks only the subtrees flagged as holding diagnostics, in text order (which the caps rely on).</summary>
    private void Collect(GreenNode node, int position, List<Diagnostic> into, DiagnosticCap cap)
    {
        foreach (DiagnosticInfo info in node.GetOwnDiagnostics())
        {
            if (Options.SeverityOf(info.Descriptor) == DiagnosticSeverity.Hidden) continue;
            var span = new TextSpan(position + info.Offset, info.Length);
            if (cap.Admit(info.Descriptor, span)) into.Add(Diagnostic.Create(info.Descriptor, Options, span, info.Arguments));
        }
        if (node is GreenToken token)
        {
            if (token.LeadingTrivia is { ContainsDiagnostics: true } leading) Collect(leading, position, into, cap);
            if (token.TrailingTrivia is { ContainsDiagnostics: true } trailing)
                Collect(trailing, position + token.LeadingTriviaWidth + token.TextWidth, into, cap);
            return;
        }
        int offset = position;
        for (int i = 0; i < node.SlotCount; i++)
        {
            GreenNode? child = node.GetSlot(i);
            if (child is null) continue;
            if (child.ContainsDiagnostics) Collect(child, offset, into, cap);
            offset += child.FullWidth;
        }
    }

    public bool HasErrors => GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The tree of <paramref name="newText"/>, reusing this tree's green nodes outside the changed region.
    /// The result is identical to <see cref="ParseText(SourceText, ParseOptions)"/> of the new text.
    /// </summary>
    public DispatchSyntaxTree WithChangedText(SourceText newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        TextChangeRange? range = TextDiff.Compute(Text.Text, newText.Text);
        return range is null ? new DispatchSyntaxTree(newText, Options, GreenRoot) : Reparse(newText, range.Value, edit: null);
    }

    public DispatchSyntaxTree WithChanges(params TextChange[] changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Length == 0) return this;
        SourceText newText = Text.WithChanges(changes);
        TextChangeRange range = TextDiff.Merge(changes);
        return Reparse(newText, range, changes.Length == 1 ? changes[0] : null);
    }

    private DispatchSyntaxTree Reparse(SourceText newText, TextChangeRange range, TextChange? edit)
    {
        GreenSyntaxNode green = IncrementalParser.Reparse(this, newText, range, edit);
        var tree = new DispatchSyntaxTree(newText, Options, green);
        if (VerifyIncrementalParses)
        {
            GreenSyntaxNode full = new Parser(newText.Text).ParseDocument();
            string? difference = GreenEquivalence.FindDifference(full, green);
            if (difference is not null)
                throw new InvalidOperationException($"Incremental parse differs from a full parse: {difference}");
        }
        return tree;
    }

    /// <summary>The spans of this tree's text that differ from <paramref name="oldTree"/>'s (at most one, in this text's coordinates).</summary>
    public IReadOnlyList<TextSpan> GetChangedSpans(DispatchSyntaxTree oldTree)
    {
        ArgumentNullException.ThrowIfNull(oldTree);
        TextChangeRange? range = TextDiff.Compute(oldTree.Text.Text, Text.Text);
        return range is null ? [] : [range.Value.NewSpan];
    }

    /// <summary>True when both trees have the same kinds, text, trivia and diagnostics.</summary>
    public bool IsEquivalentTo(DispatchSyntaxTree other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return GreenEquivalence.FindDifference(GreenRoot, other.GreenRoot) is null;
    }

    /// <summary>Why the two trees differ (the first difference found), or null when they are equivalent.</summary>
    public string? FindDifference(DispatchSyntaxTree other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return GreenEquivalence.FindDifference(GreenRoot, other.GreenRoot);
    }
}
