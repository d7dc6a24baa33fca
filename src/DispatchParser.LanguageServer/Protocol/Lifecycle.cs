namespace DispatchParser.LanguageServer.Protocol;

// initialize / initialized / shutdown / exit (LSP 3.17 "Lifecycle Messages").

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public ClientInfo? ClientInfo { get; init; }
    public string? RootUri { get; init; }
    public ClientCapabilities? Capabilities { get; init; }
}

public sealed record ClientInfo(string Name, string? Version = null);

/// <summary>The few client capabilities this server reads; everything else the client sends is ignored.</summary>
public sealed record ClientCapabilities
{
    public GeneralClientCapabilities? General { get; init; }
}

public sealed record GeneralClientCapabilities
{
    /// <summary>The encodings the client supports, most preferred first; absent means utf-16 only.</summary>
    public IReadOnlyList<string>? PositionEncodings { get; init; }
}

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record ServerCapabilities
{
    public required string PositionEncoding { get; init; }
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }
    public bool DocumentSymbolProvider { get; init; }
    public bool FoldingRangeProvider { get; init; }
    public SemanticTokensOptions? SemanticTokensProvider { get; init; }
    public bool HoverProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool DocumentFormattingProvider { get; init; }
}

/// <summary>How text changes are sent: 0 none, 1 the full text, 2 incremental ranges.</summary>
public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range = false);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
