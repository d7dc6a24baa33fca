namespace DispatchParser.LanguageServer.Protocol;

// LSP 3.17 "Basic JSON Structures": only what this server reads or writes. Property names follow the
// specification exactly (camelCase through the serializer options); null properties are left out.

/// <summary>A zero-based line and character offset; characters count UTF-16 code units (the negotiated encoding).</summary>
public sealed record Position(int Line, int Character);

/// <summary>A range in a text document, end exclusive.</summary>
public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextEdit(Range Range, string NewText);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Changes to several documents; this server only ever edits the one the request is about.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed record MarkupContent(string Kind, string Value);

/// <summary>The encodings of <see cref="Position.Character"/> (LSP 3.17 <c>PositionEncodingKind</c>).</summary>
public static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}

/// <summary>A request's params that name only the document (symbols, folding ranges, semantic tokens).</summary>
public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);
