namespace DispatchParser.LanguageServer.Protocol;

/// <summary>The LSP method names this server answers or sends.</summary>
public static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";

    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";

    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string FoldingRange = "textDocument/foldingRange";
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";
    public const string Hover = "textDocument/hover";
    public const string CodeAction = "textDocument/codeAction";
    public const string Formatting = "textDocument/formatting";

    public const string LogMessage = "window/logMessage";
    public const string ShowMessage = "window/showMessage";

    /// <summary>This server's own: the export JSON of a document (what `dispatch export` prints).</summary>
    public const string Parts = "dispatch/parts";

    /// <summary>This server's own: the syntax tree of a document (what `dispatch tree` prints).</summary>
    public const string SyntaxTree = "dispatch/syntaxTree";
}

/// <summary>JSON-RPC and LSP error codes.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}
