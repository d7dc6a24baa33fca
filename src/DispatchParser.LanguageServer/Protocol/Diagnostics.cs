namespace DispatchParser.LanguageServer.Protocol;

// textDocument/publishDiagnostics (LSP 3.17 "Diagnostics").

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record Diagnostic
{
    public required Range Range { get; init; }
    public DiagnosticSeverity? Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string? Source { get; init; }
    public required string Message { get; init; }
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
