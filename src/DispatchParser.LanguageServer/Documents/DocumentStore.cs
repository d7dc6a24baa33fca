using System.Collections.Concurrent;

namespace DispatchParser.LanguageServer.Documents;

/// <summary>
/// The open documents by URI. A closed document is removed at once, so memory is bounded by what the
/// client has open. Writes happen on the (ordered) notification handlers; reads from anywhere.
/// </summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public bool TryGet(string uri, out DocumentSnapshot snapshot) => _documents.TryGetValue(uri, out snapshot!);

    public void Set(DocumentSnapshot snapshot) => _documents[snapshot.Uri] = snapshot;

    public bool Remove(string uri) => _documents.TryRemove(uri, out _);
}
