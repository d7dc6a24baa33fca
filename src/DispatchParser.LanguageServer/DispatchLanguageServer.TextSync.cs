using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>didOpen / didChange / didClose: the document store, kept in step through incremental reparses.</summary>
internal sealed partial class DispatchLanguageServer
{
    [JsonRpcMethod(Methods.DidOpen, UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        Guard(Methods.DidOpen, () =>
        {
            TextDocumentItem item = parameters.TextDocument;
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(SourceText.From(item.Text), _options.ParseOptions);
            _documents.Set(new DocumentSnapshot(item.Uri, item.Version, tree));
            _publisher.Schedule(item.Uri);
        });
    }

    [JsonRpcMethod(Methods.DidChange, UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        Guard(Methods.DidChange, () =>
        {
            VersionedTextDocumentIdentifier document = parameters.TextDocument;
            if (!_documents.TryGet(document.Uri, out DocumentSnapshot current))
            {
                Log(MessageType.Warning, $"didChange for {document.Uri}, which is not open: ignored.");
                return;
            }
            if (document.Version <= current.Version)
            {
                Log(MessageType.Warning, $"didChange for {document.Uri} version {document.Version}, not newer than version {current.Version}: ignored.");
                return;
            }
            DispatchSyntaxTree tree = current.Tree;
            foreach (TextDocumentContentChangeEvent change in parameters.ContentChanges)
                tree = Apply(tree, change);
            _documents.Set(new DocumentSnapshot(document.Uri, document.Version, tree));
            _publisher.Schedule(document.Uri);
        });
    }

    /// <summary>
    /// One content change, in the coordinates of the text after the previous one (as LSP sends them): a range
    /// through the incremental reparse, clamped to the text; no range replaces the whole text.
    /// </summary>
    private static DispatchSyntaxTree Apply(DispatchSyntaxTree tree, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return tree.WithChangedText(SourceText.From(change.Text));
        TextSpan span = tree.Text.ToSpan(change.Range);
        return tree.WithChanges(new TextChange(span, change.Text));
    }

    [JsonRpcMethod(Methods.DidClose, UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        Guard(Methods.DidClose, () =>
        {
            string uri = parameters.TextDocument.Uri;
            if (!_documents.Remove(uri))
            {
                Log(MessageType.Warning, $"didClose for {uri}, which is not open: ignored.");
                return;
            }
            _publisher.Clear(uri);
        });
    }

    /// <summary>Runs a notification handler: dropped outside the initialized state, and never lets an exception out.</summary>
    private void Guard(string method, Action handler)
    {
        if (!AcceptsNotification(method)) return;
        try
        {
            handler();
        }
#pragma warning disable CA1031 // A notification has no response to carry an error: log it and keep serving.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log(MessageType.Error, $"{method} failed: {exception}");
        }
    }
}
