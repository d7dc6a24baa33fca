using System.Text.Json;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>The server's own requests for the web editor's panels, and its document size limit.</summary>
public sealed class InspectionRequestTests
{
    [Fact]
    public async Task Parts_are_the_export_json_of_the_current_version()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Samples.Uri, Samples.Canonical);
        JsonElement parts = await client.RequestAsync<JsonElement>(Methods.Parts, new TextDocumentParams(new TextDocumentIdentifier(Samples.Uri)));
        Assert.Equal("Diyarbakır'da kütüphane haftası başladı", parts.GetProperty("headline").GetString());
        Assert.Equal("İLKHA", parts.GetProperty("agency").GetProperty("text").GetString());

        await client.ChangeAsync(Samples.Uri, 2, LspClient.Edit(0, 0, 0, 11, "Batman'da"));
        parts = await client.RequestAsync<JsonElement>(Methods.Parts, new TextDocumentParams(new TextDocumentIdentifier(Samples.Uri)));
        Assert.StartsWith("Batman'da", parts.GetProperty("headline").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_syntax_tree_covers_the_text_with_nodes_and_tokens()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Samples.Uri, Samples.MissingTag);
        SyntaxTreeItem? root = await client.RequestAsync<SyntaxTreeItem?>(Methods.SyntaxTree, new TextDocumentParams(new TextDocumentIdentifier(Samples.Uri)));
        Assert.NotNull(root);
        Assert.Equal("Document", root.Kind);
        Assert.Equal(0, root.Start);
        Assert.Equal(Samples.MissingTag.Length, root.End);
        Assert.Contains(root.Children!, child => child.Kind == "Headline");
        // The missing agency tag is in the tree, marked missing.
        static IEnumerable<SyntaxTreeItem> All(SyntaxTreeItem item) => [item, .. (item.Children ?? []).SelectMany(All)];
        Assert.Contains(All(root), item => item.Missing == true);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_with_a_message_and_not_kept()
    {
        await using LspClient client = await LspClient.StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero, MaxDocumentLength = 100 });
        await client.OpenAsync(Samples.Uri, Samples.Canonical);
        await client.WaitForLogAsync(log => log.Type == MessageType.Error && log.Message.Contains("too long", StringComparison.Ordinal));
        await client.SyncAsync(Samples.Uri);
        Assert.False(client.Session.Server.Documents.TryGet(Samples.Uri, out _));

        // A short one is fine, and growing past the limit drops it.
        await client.OpenAsync("file:///short.txt", "Başlık\n\nMetin (AA)");
        await client.SyncAsync("file:///short.txt");
        Assert.True(client.Session.Server.Documents.TryGet("file:///short.txt", out _));
        await client.ChangeAsync("file:///short.txt", 2, LspClient.Edit(2, 0, 2, 0, new string('x', 200)));
        await client.SyncAsync("file:///short.txt");
        Assert.False(client.Session.Server.Documents.TryGet("file:///short.txt", out _));
    }
}
