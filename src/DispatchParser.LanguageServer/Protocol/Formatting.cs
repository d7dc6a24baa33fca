namespace DispatchParser.LanguageServer.Protocol;

// textDocument/formatting (LSP 3.17). The options (tab size, spaces) do not apply to dispatches.

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record FormattingOptions
{
    public int TabSize { get; init; }
    public bool InsertSpaces { get; init; }
}
