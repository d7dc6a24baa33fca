using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Output;

/// <summary>
/// <c>tree --format json</c>: the full-fidelity tree as JSON. A node is <c>{"kind", "start", "end",
/// "children"}</c> (<c>"missing": true</c> when the parser supplied it), a token <c>{"kind", "start",
/// "end", "text", "leading", "trailing"}</c> with its trivia as <c>{"kind", "start", "end", "text"}</c>;
/// spans are UTF-16 offsets, end exclusive, as in the text output. The diagnostics follow as in the
/// export contract.
/// </summary>
public static class TreeJsonWriter
{
    /// <summary>Writes <c>"tree"</c> and <c>"diagnostics"</c> into an open object.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> decoding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(decoding);
        writer.WritePropertyName("tree");
        WriteNode(writer, tree.Root);
        DispatchJsonExporter.WriteDiagnostics(writer, tree.Text, DispatchDiagnostics.GetAll(tree, decoding, warningsAsErrors: false));
    }

    private static void WriteNode(Utf8JsonWriter writer, SyntaxNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", node.Kind.ToString());
        writer.WriteNumber("start", node.Span.Start);
        writer.WriteNumber("end", node.Span.End);
        if (node.IsMissing) writer.WriteBoolean("missing", true);
        writer.WriteStartArray("children");
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode is { } inner) WriteNode(writer, inner);
            else WriteToken(writer, child.AsToken);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteToken(Utf8JsonWriter writer, SyntaxToken token)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", token.Kind.ToString());
        writer.WriteNumber("start", token.Span.Start);
        writer.WriteNumber("end", token.Span.End);
        if (token.IsMissing) writer.WriteBoolean("missing", true);
        writer.WriteString("text", token.Text);
        WriteTrivia(writer, "leading", token.LeadingTrivia);
        WriteTrivia(writer, "trailing", token.TrailingTrivia);
        writer.WriteEndObject();
    }

    private static void WriteTrivia(Utf8JsonWriter writer, string name, IEnumerable<SyntaxTrivia> trivia)
    {
        writer.WriteStartArray(name);
        foreach (SyntaxTrivia item in trivia)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", item.Kind.ToString());
            writer.WriteNumber("start", item.Span.Start);
            writer.WriteNumber("end", item.Span.End);
            writer.WriteString("text", item.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
