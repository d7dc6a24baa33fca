using DispatchParser.Diagnostics;
using DispatchParser.LanguageServer.Tests.Infrastructure;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// Issue 15, item 1: each document gets the options its host chooses for it (the <c>dispatch</c> command
/// passes the dispatch.toml above the document's file), over the server-wide profile.
/// </summary>
public sealed class PerDocumentOptionsTests
{
    [Fact]
    public async Task Each_document_is_parsed_with_the_options_chosen_for_its_uri()
    {
        const string text = "Headline\nBody. (AA)";
        const string strictUri = "file:///feeds/strict/a.dispatch";
        const string quietUri = "file:///feeds/quiet/a.dispatch";
        var options = new LanguageServerOptions
        {
            DiagnosticsDelay = TimeSpan.Zero,
            ParseOptionsForDocument = uri => uri.Contains("/strict/", StringComparison.Ordinal) ? ParseOptions.Strict
                : uri.Contains("/quiet/", StringComparison.Ordinal) ? ParseOptions.Standard.WithSeverity("DSP0004", DiagnosticSeverity.Hidden)
                : null,
        };
        await using LspClient client = await LspClient.StartInitializedAsync(options);

        await client.OpenAsync(strictUri, text);
        var strict = (await client.WaitForDiagnosticsAsync(strictUri)).Diagnostics;
        Assert.Contains(("DSP0004", Protocol.DiagnosticSeverity.Error), strict.Select(d => (d.Code, d.Severity!.Value)));

        await client.OpenAsync(quietUri, text);
        var quiet = (await client.WaitForDiagnosticsAsync(quietUri)).Diagnostics;
        Assert.DoesNotContain(quiet, d => d.Code == "DSP0004");

        await client.OpenAsync(Samples.Uri, text); // no choice: the server-wide options (standard)
        var other = (await client.WaitForDiagnosticsAsync(Samples.Uri)).Diagnostics;
        Assert.Contains(("DSP0004", Protocol.DiagnosticSeverity.Warning), other.Select(d => (d.Code, d.Severity!.Value)));
    }
}
