using System.Diagnostics;
using System.Text;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using Xunit.Abstractions;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>Runs alone: it switches off the Debug-build check of every incremental parse against a full parse.</summary>
[CollectionDefinition(nameof(LatencyCollection), DisableParallelization = true)]
public sealed class LatencyCollection;

/// <summary>
/// Measures (and reports; no timed pass/fail) the time from sending didChange to receiving the
/// publishDiagnostics of that version, on a ~100 KB dispatch, with the debounce set to zero: the
/// incremental reparse, the parser's and analyzers' diagnostics, their conversion, JSON both ways.
/// </summary>
[Collection(nameof(LatencyCollection))]
public sealed class LatencyTests(ITestOutputHelper output)
{
    private const int Warmup = 10;
    private const int Edits = 50;

    [Fact]
    public async Task Change_to_diagnostics_latency_on_a_100_KB_dispatch()
    {
        string text = HundredKilobyteDispatch();
        bool verify = DispatchSyntaxTree.VerifyIncrementalParses;
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        try
        {
            await using LspClient client = await LspClient.StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
            await client.OpenAsync(Samples.Uri, text);
            Assert.Empty((await client.WaitForDiagnosticsAsync(Samples.Uri)).Diagnostics);

            // Type and delete one character in the middle of a paragraph in the middle of the body.
            int line = text.Split('\n').Length / 2;
            var samples = new List<double>();
            for (int i = 0; i < Warmup + Edits; i++)
            {
                int version = i + 2;
                TextDocumentContentChangeEvent change = i % 2 == 0 ? LspClient.Edit(line, 10, line, 10, "x") : LspClient.Edit(line, 10, line, 11, "");
                long start = Stopwatch.GetTimestamp();
                await client.ChangeAsync(Samples.Uri, version, change);
                PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Samples.Uri, p => p.Version == version);
                double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Assert.Empty(published.Diagnostics);
                if (i >= Warmup) samples.Add(milliseconds);
            }

            samples.Sort();
            output.WriteLine($"dispatch of {text.Length:N0} chars ({Encoding.UTF8.GetByteCount(text):N0} UTF-8 bytes), {text.Split('\n').Length} lines; "
                + $"{Edits} one-character edits, debounce 0, {Configuration} build");
            output.WriteLine($"didChange → publishDiagnostics: median {Percentile(samples, 0.5):F2} ms, p90 {Percentile(samples, 0.9):F2} ms, "
                + $"min {samples[0]:F2} ms, max {samples[^1]:F2} ms");
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

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Round(fraction * (sorted.Count - 1)))];

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
