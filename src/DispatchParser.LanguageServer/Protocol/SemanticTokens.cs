namespace DispatchParser.LanguageServer.Protocol;

// textDocument/semanticTokens/full (LSP 3.17).

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

/// <summary>
/// Five integers per token: delta line, delta start character (relative to the previous token when on the
/// same line, else to the line start), length, token type index, modifier bit set.
/// </summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data, string? ResultId = null);
