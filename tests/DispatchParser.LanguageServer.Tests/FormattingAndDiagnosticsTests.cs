using DispatchParser.Diagnostics;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using Range = DispatchParser.LanguageServer.Protocol.Range;

namespace DispatchParser.LanguageServer.Tests;

public sealed class FormattingAndDiagnosticsTests
{
    private const string Uri = Samples.Uri;
    private static TextDocumentIdentifier Document { get; } = new(Uri);

    [Fact]
    public async Task Formatting_returns_the_normalized_text_as_one_whole_document_edit()
    {
        string messy = "Headline  \r\n\r\n\r\nANKARA (AA) - Body.   \r\nMore. (AA)\r\nLEGAL NOTICE: x  ";
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, messy);
        TextEdit[] edits = await client.RequestAsync<TextEdit[]>(Methods.Formatting,
            new DocumentFormattingParams(Document, new FormattingOptions { TabSize = 4, InsertSpaces = true }));

        TextEdit edit = Assert.Single(edits);
        Assert.Equal(new Range(new Position(0, 0), new Position(5, 17)), edit.Range);
        Assert.Equal(SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(messy)), edit.NewText);
        Assert.Equal("Headline\n\nANKARA (AA) - Body.\nMore. (AA)\nLEGAL NOTICE: x", TextEdits.Apply(messy, edits));
    }

    [Fact]
    public async Task Formatting_a_normal_document_returns_no_edit()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.Canonical);
        Assert.Empty(await client.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(Document, null)));
    }

    [Fact]
    public async Task Diagnostics_carry_code_severity_source_range_and_the_headline_as_related_location()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingSeparator);
        Protocol.Diagnostic diagnostic = Assert.Single((await client.WaitForDiagnosticsAsync(Uri)).Diagnostics);
        Assert.Equal("DSP0002", diagnostic.Code);
        Assert.Equal(Protocol.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("dispatch", diagnostic.Source);
        Assert.Equal(new Range(new Position(0, 24), new Position(0, 24)), diagnostic.Range); // at the end of the headline
        DiagnosticRelatedInformation related = Assert.Single(diagnostic.RelatedInformation!);
        Assert.Equal(Uri, related.Location.Uri);
        Assert.Equal(new Range(new Position(0, 0), new Position(0, 24)), related.Location.Range);
    }

    [Fact]
    public async Task Missing_tag_is_an_error_related_to_the_agency_the_notice_names()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingTag);
        Protocol.Diagnostic diagnostic = Assert.Single((await client.WaitForDiagnosticsAsync(Uri)).Diagnostics);
        Assert.Equal(("DSP0003", Protocol.DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        // Shown at the end of the last paragraph, where the tag belongs (the parser's span is the next line's start).
        Position endOfLastParagraph = new(3, Samples.MissingTag.Split('\n')[3].Length);
        Assert.Equal(new Range(endOfLastParagraph, endOfLastParagraph), diagnostic.Range);
        DiagnosticRelatedInformation related = Assert.Single(diagnostic.RelatedInformation!);
        Assert.Contains("İlke Haber Ajansı (ILKHA)", related.Message, StringComparison.Ordinal);
        int column = Samples.MissingTag.Split('\n')[4].IndexOf("İlke Haber Ajansı", StringComparison.Ordinal);
        Assert.Equal(new Range(new Position(4, column), new Position(4, column + "İlke Haber Ajansı".Length)), related.Location.Range);
    }

    [Fact]
    public async Task Severities_follow_the_configured_profile_and_hidden_ones_are_not_sent()
    {
        const string text = "Headline\nBody. (AA)   ";
        await using LspClient standard = await LspClient.StartInitializedAsync();
        await standard.OpenAsync(Uri, text);
        var published = (await standard.WaitForDiagnosticsAsync(Uri)).Diagnostics;
        Assert.Equal([("DSP0002", Protocol.DiagnosticSeverity.Warning), ("DSP0004", Protocol.DiagnosticSeverity.Warning)],
            published.Select(d => (d.Code, d.Severity!.Value)));

        await using LspClient strict = await LspClient.StartInitializedAsync(
            new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero, ParseOptions = ParseOptions.Strict });
        await strict.OpenAsync(Uri, text);
        published = (await strict.WaitForDiagnosticsAsync(Uri)).Diagnostics;
        Assert.Contains(("DSP0002", Protocol.DiagnosticSeverity.Error), published.Select(d => (d.Code, d.Severity!.Value)));
        Assert.Contains(("DSP0104", Protocol.DiagnosticSeverity.Warning), published.Select(d => (d.Code, d.Severity!.Value)));
    }

    [Fact]
    public async Task Analyzer_diagnostics_are_published_with_related_locations()
    {
        const string text = "Headline\n\nSame words.\nSame words.\nLast one. (AA)\nYASAL UYARI: Tüm hakları İlke Haber Ajansı'na aittir.";
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        var published = (await client.WaitForDiagnosticsAsync(Uri)).Diagnostics;

        Protocol.Diagnostic mismatch = Assert.Single(published, d => d.Code == "DSP0201");
        Assert.Equal(new Range(new Position(5, 0), new Position(5, 53)), Assert.Single(mismatch.RelatedInformation!).Location.Range);

        Protocol.Diagnostic duplicate = Assert.Single(published, d => d.Code == "DSP0204");
        Assert.Equal(new Range(new Position(3, 0), new Position(3, 11)), duplicate.Range);
        Assert.Equal(new Range(new Position(2, 0), new Position(2, 11)), Assert.Single(duplicate.RelatedInformation!).Location.Range);
    }
}
