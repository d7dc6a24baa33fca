namespace DispatchParser.LanguageServer.Protocol;

// textDocument/codeAction (LSP 3.17): quick fixes only, returned as resolved CodeActions with an edit.

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext
{
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    /// <summary>The kinds the client asks for; null means all.</summary>
    public IReadOnlyList<string>? Only { get; init; }
}

public sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
}
