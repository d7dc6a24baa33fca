using System.Text.Json;
using DispatchParser.Export;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>The server's own requests for side panels: the parts as export JSON, and the syntax tree.</summary>
internal sealed partial class DispatchLanguageServer
{
    /// <summary>Tokens longer than this show their start only: the panel is for structure, the text is in the editor.</summary>
    private const int TokenTextShown = 80;

    [JsonRpcMethod(Methods.Parts, UseSingleObjectParameterDeserialization = true)]
    public JsonElement Parts(TextDocumentParams? parameters) =>
        Answer(Methods.Parts, parameters?.TextDocument, default, snapshot =>
        {
            using JsonDocument document = JsonDocument.Parse(DispatchJsonExporter.ExportJson(snapshot.Tree, snapshot.Diagnostics));
            return document.RootElement.Clone();
        });

    [JsonRpcMethod(Methods.SyntaxTree, UseSingleObjectParameterDeserialization = true)]
    public SyntaxTreeItem? SyntaxTree(TextDocumentParams? parameters) =>
        Answer(Methods.SyntaxTree, parameters?.TextDocument, null, snapshot => Describe(snapshot.Tree.Root));

    private static SyntaxTreeItem Describe(SyntaxNode node)
    {
        var children = new List<SyntaxTreeItem>();
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode is { } inner)
            {
                children.Add(Describe(inner));
            }
            else
            {
                SyntaxToken token = child.AsToken;
                string text = token.Text.Length > TokenTextShown ? token.Text[..TokenTextShown] + "…" : token.Text;
                children.Add(new SyntaxTreeItem(token.Kind.ToString(), token.Span.Start, token.Span.End, token.IsMissing ? true : null, text, null));
            }
        }
        return new SyntaxTreeItem(node.Kind.ToString(), node.Span.Start, node.Span.End, node.IsMissing ? true : null, null, children);
    }
}
