using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>The requests about one document: outline, folding, highlighting, hover, quick fixes, formatting.</summary>
internal sealed partial class DispatchLanguageServer
{
    [JsonRpcMethod(Methods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<DocumentSymbol> DocumentSymbol(TextDocumentParams? parameters) =>
        Answer(Methods.DocumentSymbol, parameters?.TextDocument, [], snapshot => DocumentSymbols.Compute(snapshot.Tree));

    [JsonRpcMethod(Methods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<FoldingRange> FoldingRange(TextDocumentParams? parameters) =>
        Answer(Methods.FoldingRange, parameters?.TextDocument, [], snapshot => FoldingRanges.Compute(snapshot.Tree));

    [JsonRpcMethod(Methods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens SemanticTokensFull(TextDocumentParams? parameters) =>
        Answer(Methods.SemanticTokensFull, parameters?.TextDocument, new SemanticTokens([]), snapshot => SemanticTokensProvider.Compute(snapshot.Tree));

    [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams? parameters)
    {
        Position position = Required(parameters?.Position, "position");
        return Answer(Methods.Hover, parameters?.TextDocument, null,
            snapshot => HoverProvider.Compute(snapshot.Tree, snapshot.Tree.Text.ToOffset(position)));
    }

    [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams? parameters)
    {
        Protocol.Range range = Required(parameters?.Range, "range");
        return Answer(Methods.CodeAction, parameters?.TextDocument, [],
            snapshot => QuickFixes.Compute(snapshot, snapshot.Tree.Text.ToSpan(range), parameters?.Context?.Only));
    }

    [JsonRpcMethod(Methods.Formatting, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<TextEdit> Formatting(DocumentFormattingParams? parameters) =>
        Answer(Methods.Formatting, parameters?.TextDocument, [], snapshot => DocumentFormatter.Format(snapshot.Tree));

    /// <summary>
    /// Runs a request about an open document on its current version. A document that is not open gets the
    /// empty answer (and a log line), as does one whose text the server lost track of (it waits for a full
    /// sync); params without a document are InvalidParams; an unexpected exception becomes an InternalError
    /// response with a plain message, its details logged.
    /// </summary>
    private T Answer<T>(string method, TextDocumentIdentifier? document, T whenNotOpen, Func<DocumentSnapshot, T> compute)
    {
        EnsureInitialized();
        string uri = Required(Required(document, "textDocument").Uri, "textDocument.uri");
        if (_stale.Contains(uri))
        {
            Log(MessageType.Warning, $"{method} for {uri}, whose text is out of step until the editor sends it whole: empty answer.");
            return whenNotOpen;
        }
        if (!_documents.TryGet(uri, out DocumentSnapshot snapshot))
        {
            Log(MessageType.Warning, $"{method} for {uri}, which is not open: empty answer.");
            return whenNotOpen;
        }
        try
        {
            return compute(snapshot);
        }
        catch (Exception exception) when (exception is not LocalRpcException)
        {
            LogInternal(MessageType.Error, $"{method} failed on {uri} version {snapshot.Version}", exception);
            throw new LocalRpcException($"{method} failed inside the server; the server log has the details.") { ErrorCode = ErrorCodes.InternalError };
        }
    }

    /// <summary>A parameter the method cannot do without: absent or null is InvalidParams, with its name.</summary>
    private static TValue Required<TValue>(TValue? value, string name) where TValue : class =>
        value ?? throw new LocalRpcException($"Invalid params: {name} is required.") { ErrorCode = ErrorCodes.InvalidParams };
}
