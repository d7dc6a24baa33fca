using DispatchParser.Syntax;
using CoreDiagnostic = DispatchParser.Diagnostics.Diagnostic;

namespace DispatchParser.LanguageServer.Documents;

/// <summary>
/// One version of an open document: its syntax tree (which holds the text) and, computed once on demand,
/// its diagnostics. Immutable, so features and the diagnostics publisher read it from any thread.
/// </summary>
internal sealed class DocumentSnapshot
{
    private IReadOnlyList<CoreDiagnostic>? _diagnostics;

    public DocumentSnapshot(string uri, int version, DispatchSyntaxTree tree)
    {
        Uri = uri;
        Version = version;
        Tree = tree;
    }

    /// <summary>A version whose diagnostics are given rather than computed (tests of features keyed by code).</summary>
    public DocumentSnapshot(string uri, int version, DispatchSyntaxTree tree, IReadOnlyList<CoreDiagnostic> diagnostics)
        : this(uri, version, tree) => _diagnostics = diagnostics;

    public string Uri { get; }
    public int Version { get; }
    public DispatchSyntaxTree Tree { get; }

    /// <summary>
    /// The parser's and analyzers' diagnostics of this version, cached. Features and the publisher read a snapshot from
    /// several threads, so the list is published with a compare-and-swap (as the red tree's nodes are): a racing reader may
    /// compute it too, but every reader gets the list published first (<c>??=</c> handed each racer its own).
    /// </summary>
    public IReadOnlyList<CoreDiagnostic> Diagnostics
    {
        get
        {
            IReadOnlyList<CoreDiagnostic>? diagnostics = Volatile.Read(ref _diagnostics);
            if (diagnostics is not null) return diagnostics;
            IReadOnlyList<CoreDiagnostic> computed = DiagnosticSource.GetDiagnostics(Tree);
            return Interlocked.CompareExchange(ref _diagnostics, computed, null) ?? computed;
        }
    }
}
