using System.Text;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>Runs alone: it switches off the Debug-build check of every incremental parse against a full parse.</summary>
[CollectionDefinition(nameof(LargeDocumentEditCollection), DisableParallelization = true)]
public sealed class LargeDocumentEditCollection;

/// <summary>
/// Many one-character edits on a ~100 KB dispatch with the debounce set to zero: the server publishes the
/// diagnostics of every version (incremental reparse, the parser's and analyzers' diagnostics, their conversion),
/// and an edit far from the earlier ones is seen. How long this takes is measured by the incremental benchmarks
/// (tests/DispatchParser.Benchmarks), not here: a timed assertion on a shared machine would be noise.
/// </summary>
[Collection(nameof(LargeDocumentEditCollection))]
public sealed class LargeDocumentEditTests
{
    private const int Edits = 60;

    [Fact]
    public async Task Every_edit_of_a_100_KB_dispatch_publishes_the_diagnostics_of_its_version()
    {
        string text = HundredKilobyteDispatch();
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 100_000);
        bool verify = DispatchSyntaxTree.VerifyIncrementalParses;
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        try
        {
            await using LspClient client = await LspClient.StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
            await client.OpenAsync(Samples.Uri, text);
            Assert.Empty((await client.WaitForDiagnosticsAsync(Samples.Uri)).Diagnostics);

            // Type and delete one character in the middle of a paragraph in the middle of the body.
            int line = text.Split('\n').Length / 2;
            for (int i = 0; i < Edits; i++)
            {
                int version = i + 2;
                TextDocumentContentChangeEvent change = i % 2 == 0 ? LspClient.Edit(line, 10, line, 10, "x") : LspClient.Edit(line, 10, line, 11, "");
                await client.ChangeAsync(Samples.Uri, version, change);
                PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Samples.Uri, p => p.Version == version);
                Assert.Empty(published.Diagnostics);
            }

            // Delete the blank line after the headline, far from the edits above: DSP0002 on the headline.
            int last = Edits + 2;
            await client.ChangeAsync(Samples.Uri, last, LspClient.Edit(1, 0, 2, 0, ""));
            PublishDiagnosticsParams broken = await client.WaitForDiagnosticsAsync(Samples.Uri, p => p.Version == last);
            Protocol.Diagnostic missingSeparator = Assert.Single(broken.Diagnostics, d => d.Code == "DSP0002");
            Assert.Equal(0, missingSeparator.Range.Start.Line);
        }
        finally
        {
            DispatchSyntaxTree.VerifyIncrementalParses = verify;
        }
    }

    /// <summary>A canonical dispatch of distinct paragraphs (no duplicate-paragraph diagnostics), about 100 KB.</summary>
    private static string HundredKilobyteDispatch()
    {
        var builder = new StringBuilder("Diyarbakır'da kütüphane haftası başladı\n\nDİYARBAKIR (İLKHA) - Kent genelinde etkinlikler başladı.\n");
        for (int i = 1; builder.Length < 100_000; i++)
            builder.Append("Paragraf ").Append(i).Append(": kütüphane haftası kapsamında okullarda söyleşiler ve imza günleri düzenlendi.\n");
        builder.Append("Etkinlikler hafta boyunca sürecek. (İLKHA)\n");
        builder.Append("YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videonun tüm hakları İlke Haber Ajansı'na aittir.\n");
        builder.Append("Ankara'da yağmur bekleniyor.");
        return builder.ToString();
    }
}
