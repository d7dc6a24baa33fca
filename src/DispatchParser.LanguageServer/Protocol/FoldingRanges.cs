namespace DispatchParser.LanguageServer.Protocol;

// textDocument/foldingRange (LSP 3.17).

public static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Imports = "imports";
    public const string Region = "region";
}

public sealed record FoldingRange
{
    public required int StartLine { get; init; }
    public int? StartCharacter { get; init; }
    public required int EndLine { get; init; }
    public int? EndCharacter { get; init; }
    public string? Kind { get; init; }
    public string? CollapsedText { get; init; }
}
