using System.Text.Json;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Rpc;
using DispatchParser.Syntax;
using DispatchParser.Text;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>
/// didOpen / didChange / didClose: the document store, kept in step through incremental reparses. An
/// incremental change is only right on the exact text the editor had before it, so once a change cannot
/// be read or applied the document is out of step: its diagnostics are cleared, the user is asked to
/// reopen it, requests about it get empty answers, and incremental changes are ignored until the editor
/// sends the whole text again (didOpen, or a change without a range).
/// </summary>
internal sealed partial class DispatchLanguageServer
{
    /// <summary>Open documents whose text is out of step with the editor's (touched by the ordered handlers only).</summary>
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal);

    [JsonRpcMethod(Methods.DidOpen, UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        Guard(Methods.DidOpen, () =>
        {
            TextDocumentItem item = parameters.TextDocument;
            ArgumentNullException.ThrowIfNull(item.Text);
            if (IsTooLong(item.Uri, item.Text.Length)) return;
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(SourceText.From(item.Text), _options.ParseOptionsFor(item.Uri));
            _stale.Remove(item.Uri);
            _documents.Set(new DocumentSnapshot(item.Uri, item.Version, tree));
            _publisher.Schedule(item.Uri);
        });
    }

    /// <summary>Takes the params as JSON: when they do not deserialize, the document they name still learns it missed a change.</summary>
    [JsonRpcMethod(Methods.DidChange, UseSingleObjectParameterDeserialization = true)]
    public void DidChange(JsonElement parameters)
    {
        Guard(Methods.DidChange, () =>
        {
            string? uri = UriOf(parameters);
            DidChangeTextDocumentParams? change;
            try
            {
                change = parameters.Deserialize<DidChangeTextDocumentParams>(LspMessageFormatter.SerializerOptions);
            }
            catch (JsonException exception)
            {
                LoseTrack(uri, $"a change could not be read: {exception.Message}");
                return;
            }
            if (change?.TextDocument?.Uri is null || change.ContentChanges is null || change.ContentChanges.Any(c => c?.Text is null))
            {
                LoseTrack(uri, "a change without a document, changes or text");
                return;
            }
            ApplyChanges(change);
        });
    }

    private void ApplyChanges(DidChangeTextDocumentParams parameters)
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
        IReadOnlyList<TextDocumentContentChangeEvent> changes = parameters.ContentChanges;
        int first = 0;
        if (_stale.Contains(document.Uri))
        {
            // Only a change that carries the whole text brings the document back; those before it are moot.
            first = LastIndexOfFullText(changes);
            if (first < 0)
            {
                Log(MessageType.Warning, $"didChange for {document.Uri} version {document.Version} ignored: its text is out of step; waiting for the whole text.");
                return;
            }
        }
        DispatchSyntaxTree tree = current.Tree;
        try
        {
            for (int i = first; i < changes.Count; i++)
                tree = Apply(tree, changes[i]);
        }
#pragma warning disable CA1031 // Whatever went wrong, the copy is no longer the editor's text: say so and stop applying changes.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogInternal(MessageType.Error, $"{Methods.DidChange} for {document.Uri} version {document.Version} could not be applied", exception);
            LoseTrack(document.Uri, "a change could not be applied");
            return;
        }
        if (IsTooLong(document.Uri, tree.Text.Length)) return;
        if (_stale.Remove(document.Uri)) Log(MessageType.Info, $"{document.Uri} is back in step at version {document.Version}.");
        _documents.Set(new DocumentSnapshot(document.Uri, document.Version, tree));
        _publisher.Schedule(document.Uri);
    }

    /// <summary>Over <see cref="LanguageServerOptions.MaxDocumentLength"/>: the document is dropped and the user told.</summary>
    private bool IsTooLong(string uri, int length)
    {
        if (_options.MaxDocumentLength is not { } limit || length <= limit) return false;
        _stale.Remove(uri);
        if (_documents.Remove(uri)) _publisher.Clear(uri);
        Show(MessageType.Error, $"{uri} is too long for this server ({length:N0} characters; the limit is {limit:N0}): it is not checked.");
        return true;
    }

    private static int LastIndexOfFullText(IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        for (int i = changes.Count - 1; i >= 0; i--)
            if (changes[i].Range is null) return i;
        return -1;
    }

    /// <summary>
    /// A change was missed: the copy of <paramref name="uri"/> no longer matches the editor's, so later
    /// incremental changes would edit the wrong text. Mark it, clear its diagnostics, ask the user to reopen.
    /// </summary>
    private void LoseTrack(string? uri, string reason)
    {
        if (uri is null || !_documents.TryGet(uri, out _))
        {
            Log(MessageType.Error, $"{Methods.DidChange} ignored: {reason} (for {(uri is null ? "no document named" : $"{uri}, which is not open")}).");
            return;
        }
        if (!_stale.Add(uri))
        {
            Log(MessageType.Error, $"{Methods.DidChange} for {uri} ignored: {reason}; the text is still out of step.");
            return;
        }
        _publisher.Clear(uri);
        Show(MessageType.Error,
            $"{Methods.DidChange}: the dispatch server missed a change to {uri} ({reason}) and no longer has the text you see. "
            + "Close and reopen the document to bring it back in step; until then it shows no diagnostics.");
    }

    /// <summary>The document's URI in didChange params that may not deserialize as a whole.</summary>
    private static string? UriOf(JsonElement parameters) =>
        parameters.ValueKind == JsonValueKind.Object
        && parameters.TryGetProperty("textDocument", out JsonElement document) && document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("uri", out JsonElement uri) && uri.ValueKind == JsonValueKind.String
            ? uri.GetString()
            : null;

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
            _stale.Remove(uri);
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
            LogInternal(MessageType.Error, $"{method} failed", exception);
        }
    }
}
