using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Tests.Parsing;

/// <summary>One spelling per severity (issue 11 item 4): the exports, the CLI's reports and settings, and Diagnostic.ToString agree.</summary>
public sealed class SeverityNameTests
{
    [Theory]
    [InlineData(DiagnosticSeverity.Hidden, "none")]
    [InlineData(DiagnosticSeverity.Info, "info")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Error, "error")]
    public void Each_severity_has_one_name_and_it_parses_back(DiagnosticSeverity severity, string name)
    {
        Assert.Equal(name, severity.ToName());
        Assert.True(DiagnosticSeverityNames.TryParse(name, out DiagnosticSeverity parsed));
        Assert.Equal(severity, parsed);
        Assert.True(DiagnosticSeverityNames.TryParse(name.ToUpperInvariant(), out parsed));
        Assert.Equal(severity, parsed);
    }

    [Fact]
    public void All_lists_the_names_in_the_order_of_the_enum()
    {
        DiagnosticSeverity[] severities = Enum.GetValues<DiagnosticSeverity>();
        Assert.Equal(severities.Length, DiagnosticSeverityNames.All.Count);
        foreach (DiagnosticSeverity severity in severities)
            Assert.Equal(severity.ToName(), DiagnosticSeverityNames.All[(int)severity]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hidden")]
    [InlineData("note")]
    [InlineData("errors")]
    [InlineData(" error")]
    public void Other_words_are_not_severities(string? word)
    {
        Assert.False(DiagnosticSeverityNames.TryParse(word, out DiagnosticSeverity severity));
        Assert.Equal(DiagnosticSeverity.Hidden, severity);
    }

    [Fact]
    public void An_undefined_value_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DiagnosticSeverity)42).ToName());

    [Fact]
    public void The_export_and_ToString_use_the_same_names()
    {
        var tree = DispatchSyntaxTree.ParseText("Başlık\n\nMetin burada.\n");
        Diagnostic diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Code == "DSP0003");
        Assert.Contains($": {diagnostic.Severity.ToName()} DSP0003: ", diagnostic.ToString(), StringComparison.Ordinal);
        string json = DispatchJsonExporter.ExportJson(tree, [diagnostic]);
        Assert.Contains($"\"severity\":\"{diagnostic.Severity.ToName()}\"", json, StringComparison.Ordinal);
    }
}
