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
        WriteStart(writer, node.Kind, node.Span, node.IsMissing);
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
        WriteStart(writer, token.Kind, token.Span, token.IsMissing);
        writer.WriteString("text", token.Text);
        WriteTrivia(writer, "leading", token.LeadingTrivia);
        WriteTrivia(writer, "trailing", token.TrailingTrivia);
        writer.WriteEndObject();
    }

    /// <summary>Opens an element's object with what every element has: kind, span, and whether the parser supplied it.</summary>
    private static void WriteStart(Utf8JsonWriter writer, SyntaxKind kind, Text.TextSpan span, bool missing)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", kind.ToString());
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        if (missing) writer.WriteBoolean("missing", true);
    }

    private static void WriteTrivia(Utf8JsonWriter writer, string name, IEnumerable<SyntaxTrivia> trivia)
    {
        writer.WriteStartArray(name);
        foreach (SyntaxTrivia item in trivia)
        {
            WriteStart(writer, item.Kind, item.Span, missing: false);
            writer.WriteString("text", item.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
