namespace DispatchParser.LanguageServer.Protocol;

// dispatch/parts and dispatch/syntaxTree: requests of this server's own (not LSP), for editors that show
// the parts and the tree beside the text (the web editor does).

/// <summary>One node or token of the full-fidelity tree; offsets are UTF-16, end exclusive.</summary>
public sealed record SyntaxTreeItem(string Kind, int Start, int End, bool? Missing, string? Text, IReadOnlyList<SyntaxTreeItem>? Children);
