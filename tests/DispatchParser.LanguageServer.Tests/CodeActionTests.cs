using DispatchParser.Diagnostics;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using DispatchParser.Text;
using Range = DispatchParser.LanguageServer.Protocol.Range;

namespace DispatchParser.LanguageServer.Tests;

public sealed class CodeActionTests
{
    private const string Uri = Samples.Uri;
    private static TextDocumentIdentifier Document { get; } = new(Uri);

    /// <summary>Opens the text, asks for the quick fixes at its first diagnostic with the given code.</summary>
    private static async Task<(LspClient Client, CodeAction[] Actions)> FixesAsync(string text, string code, IReadOnlyList<string>? only = null)
    {
        LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri);
        Protocol.Diagnostic diagnostic = Assert.Single(published.Diagnostics, d => d.Code == code);
        CodeAction[] actions = await client.RequestAsync<CodeAction[]>(Methods.CodeAction,
            new CodeActionParams(Document, diagnostic.Range, new CodeActionContext { Diagnostics = [diagnostic], Only = only }));
        return (client, actions);
    }

    private static string ApplyOnly(string text, CodeAction action)
    {
        Assert.Equal(CodeActionKind.QuickFix, action.Kind);
        IReadOnlyList<TextEdit> edits = Assert.Single(action.Edit!.Changes).Value;
        return TextEdits.Apply(text, edits);
    }

    [Fact]
    public async Task Missing_separator_inserts_a_blank_line_after_the_headline()
    {
        (LspClient client, CodeAction[] actions) = await FixesAsync(Samples.MissingSeparator, "DSP0002");
        await using (client)
        {
            CodeAction action = Assert.Single(actions);
            Assert.Equal("Insert a blank line after the headline", action.Title);
            Assert.Equal("DSP0002", Assert.Single(action.Diagnostics!).Code);
            Assert.True(action.IsPreferred);
            string fixedText = ApplyOnly(Samples.MissingSeparator, action);
            Assert.StartsWith("Headline of the dispatch\n\nANKARA", fixedText, StringComparison.Ordinal);
            Assert.Empty(DispatchSyntaxTree.ParseText(fixedText).GetDiagnostics());
        }
    }

    [Fact]
    public async Task Missing_separator_keeps_the_documents_crlf_line_breaks()
    {
        string crlf = Samples.MissingSeparator.Replace("\n", "\r\n", StringComparison.Ordinal);
        (LspClient client, CodeAction[] actions) = await FixesAsync(crlf, "DSP0002");
        await using (client)
        {
            string fixedText = ApplyOnly(crlf, Assert.Single(actions));
            Assert.StartsWith("Headline of the dispatch\r\n\r\nANKARA", fixedText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Missing_tag_adds_the_agency_the_turkish_notice_names()
    {
        (LspClient client, CodeAction[] actions) = await FixesAsync(Samples.MissingTag, "DSP0003");
        await using (client)
        {
            CodeAction action = Assert.Single(actions);
            Assert.Equal("Add agency tag (İLKHA) (İlke Haber Ajansı, named by the legal notice)", action.Title);
            string fixedText = ApplyOnly(Samples.MissingTag, action);
            Assert.Contains("Etkinlikler hafta boyunca sürecek. (İLKHA)\nYASAL UYARI", fixedText, StringComparison.Ordinal);
            Assert.Empty(DispatchSyntaxTree.ParseText(fixedText).GetDiagnostics());
        }
    }

    [Fact]
    public async Task Missing_tag_adds_the_agency_the_arabic_notice_names()
    {
        string text = Samples.Arabic.Replace(" (İLKHA)", "", StringComparison.Ordinal);
        (LspClient client, CodeAction[] actions) = await FixesAsync(text, "DSP0003");
        await using (client)
        {
            string fixedText = ApplyOnly(text, Assert.Single(actions));
            Assert.Contains("سيوقع قريبا (İLKHA)\n// انتهى //", fixedText, StringComparison.Ordinal);
            Assert.Empty(DispatchSyntaxTree.ParseText(fixedText).GetDiagnostics());
        }
    }

    [Theory]
    [InlineData("LEGAL NOTICE: © Anadolu Agency. All rights reserved.", "(AA)")]
    [InlineData("LEGAL NOTICE: copy of AFP, all rights reserved.", "(AFP)")]
    // "لوكالة رويترز": the full name is glued to a prefix, but the alias رويترز stands alone — used as spelled.
    [InlineData("تنبيه: جميع الحقوق محفوظة لوكالة رويترز", "(رويترز)")]
    // Named by its full name only: the agency's first alias.
    [InlineData("تنبيه: جميع الحقوق محفوظة - وكالة رويترز", "(Reuters)")]
    [InlineData("LEGAL NOTICE: AAP and DPAx are not agencies here.", null)]
    public async Task Missing_tag_fix_finds_the_agency_named_as_a_whole_word(string notice, string? tag)
    {
        string text = $"Headline\n\nThe only paragraph.\n{notice}";
        LspClient client = await LspClient.StartInitializedAsync();
        await using (client)
        {
            await client.OpenAsync(Uri, text);
            await client.WaitForDiagnosticsAsync(Uri);
            CodeAction[] actions = await client.RequestAsync<CodeAction[]>(Methods.CodeAction,
                new CodeActionParams(Document, new Range(new Position(0, 0), new Position(4, 0)), new CodeActionContext()));
            if (tag is null)
            {
                Assert.Empty(actions);
                return;
            }
            Assert.Contains($"The only paragraph. {tag}\n", ApplyOnly(text, Assert.Single(actions)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_other_kinds_asked_for_gives_no_quick_fix()
    {
        (LspClient client, CodeAction[] actions) = await FixesAsync(Samples.MissingTag, "DSP0003", only: ["refactor"]);
        await using (client) Assert.Empty(actions);
        (client, actions) = await FixesAsync(Samples.MissingTag, "DSP0003", only: ["quickfix"]);
        await using (client) Assert.Single(actions);
    }

    [Fact]
    public async Task A_range_without_diagnostics_gives_no_fix()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingTag);
        CodeAction[] actions = await client.RequestAsync<CodeAction[]>(Methods.CodeAction,
            new CodeActionParams(Document, new Range(new Position(0, 0), new Position(0, 5)), new CodeActionContext()));
        Assert.Empty(actions);
    }

    [Fact]
    public void Bidi_control_fix_removes_the_character()
    {
        const string text = "Headline\n\nBody \u202Etext. (AA)\nLEGAL NOTICE: x";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        int at = text.IndexOf('\u202E', StringComparison.Ordinal);
        var bidi = new DispatchParser.Diagnostics.Diagnostic(DiagnosticCodes.BidiControl, DispatchParser.Diagnostics.DiagnosticSeverity.Error, new TextSpan(at, 1), "bidi");
        var snapshot = new DocumentSnapshot(Uri, 1, tree, [bidi]);

        CodeAction action = Assert.Single(QuickFixes.Compute(snapshot, new TextSpan(at, 0), null));
        Assert.Equal("Remove bidirectional control character U+202E", action.Title);
        Assert.Equal("Headline\n\nBody text. (AA)\nLEGAL NOTICE: x", ApplyOnly(text, action));
    }

    [SkippableFact]
    public async Task Bidi_control_fix_through_the_protocol_when_the_analyzer_reports_DSP0202()
    {
        const string text = "Headline\n\nBody \u202Etext. (AA)\nLEGAL NOTICE: x";
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri);
        Protocol.Diagnostic? bidi = published.Diagnostics.FirstOrDefault(d => d.Code == "DSP0202");
        Skip.If(bidi is null, "No analyzer reports DSP0202 yet (DispatchAnalyzer is not on main); the fix is covered by the test above.");

        CodeAction[] actions = await client.RequestAsync<CodeAction[]>(Methods.CodeAction,
            new CodeActionParams(Document, bidi.Range, new CodeActionContext { Diagnostics = [bidi] }));
        Assert.Equal("Headline\n\nBody text. (AA)\nLEGAL NOTICE: x", ApplyOnly(text, Assert.Single(actions, a => a.Title.Contains("U+202E", StringComparison.Ordinal))));
    }
}
