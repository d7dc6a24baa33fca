using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>The requests about one document: outline, folding, highlighting, hover, quick fixes, formatting.</summary>
internal sealed partial class DispatchLanguageServer
{
    [JsonRpcMethod(Methods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<DocumentSymbol> DocumentSymbol(TextDocumentParams parameters) =>
        Answer(Methods.DocumentSymbol, parameters.TextDocument, [], snapshot => DocumentSymbols.Compute(snapshot.Tree));

    [JsonRpcMethod(Methods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<FoldingRange> FoldingRange(TextDocumentParams parameters) =>
        Answer(Methods.FoldingRange, parameters.TextDocument, [], snapshot => FoldingRanges.Compute(snapshot.Tree));

    [JsonRpcMethod(Methods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens SemanticTokensFull(TextDocumentParams parameters) =>
        Answer(Methods.SemanticTokensFull, parameters.TextDocument, new SemanticTokens([]), snapshot => SemanticTokensProvider.Compute(snapshot.Tree));

    [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams parameters) =>
        Answer(Methods.Hover, parameters.TextDocument, null,
            snapshot => HoverProvider.Compute(snapshot.Tree, snapshot.Tree.Text.ToOffset(parameters.Position)));

    [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters) =>
        Answer(Methods.CodeAction, parameters.TextDocument, [],
            snapshot => QuickFixes.Compute(snapshot, snapshot.Tree.Text.ToSpan(parameters.Range), parameters.Context?.Only));

    [JsonRpcMethod(Methods.Formatting, UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<TextEdit> Formatting(DocumentFormattingParams parameters) =>
        Answer(Methods.Formatting, parameters.TextDocument, [], snapshot => DocumentFormatter.Format(snapshot.Tree));

    /// <summary>
    /// Runs a request about an open document on its current version. A document that is not open gets the
    /// empty answer (and a log line); an unexpected exception becomes an InternalError response.
    /// </summary>
    private T Answer<T>(string method, TextDocumentIdentifier document, T whenNotOpen, Func<DocumentSnapshot, T> compute)
    {
        EnsureInitialized();
        if (!_documents.TryGet(document.Uri, out DocumentSnapshot snapshot))
        {
            Log(MessageType.Warning, $"{method} for {document.Uri}, which is not open: empty answer.");
            return whenNotOpen;
        }
        try
        {
            return compute(snapshot);
        }
        catch (Exception exception) when (exception is not LocalRpcException)
        {
            Log(MessageType.Error, $"{method} failed on {document.Uri} version {snapshot.Version}: {exception}");
            throw new LocalRpcException($"{method} failed: {exception.Message}") { ErrorCode = ErrorCodes.InternalError };
        }
    }
}
