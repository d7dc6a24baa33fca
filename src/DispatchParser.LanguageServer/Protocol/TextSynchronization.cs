namespace DispatchParser.LanguageServer.Protocol;

// textDocument/didOpen, didChange, didClose (LSP 3.17 "Text Document Synchronization").

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>One change: <see cref="Range"/> replaced by <see cref="Text"/>, or the whole text when the range is absent.</summary>
public sealed record TextDocumentContentChangeEvent
{
    public Range? Range { get; init; }

    /// <summary>Deprecated in LSP 3.17 (the range is enough); read and ignored.</summary>
    public int? RangeLength { get; init; }

    public required string Text { get; init; }
}

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
