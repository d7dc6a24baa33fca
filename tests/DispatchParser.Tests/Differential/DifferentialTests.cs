using DispatchParser.Diagnostics;
using DispatchParser.Grammar;
using DispatchParser.Syntax;
using DispatchParser.Tests.Grammar;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Differential;

/// <summary>
/// The hand-written parser against the generated one (the grammar is the reference): the same verdict —
/// well-formed means no error under the strict profile — and, on well-formed input, the same parts at the
/// same spans. Runs on every conformance file and every corpus file.
/// </summary>
public sealed class DifferentialTests
{
    /// <summary>Known, explained differences, by file name relative to its folder. None so far.</summary>
    private static readonly Dictionary<string, string> s_knownDifferences = new();

    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> ConformanceFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(TestPaths.ConformanceDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.ConformanceDirectory, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ConformanceFiles))]
    public void Conformance_file_agrees_with_the_grammar(string relativePath)
    {
        string text = TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, relativePath));
        Assert.Null(GrammarAgreement.Disagreement(text));
        bool expectedValid = relativePath.StartsWith("valid", StringComparison.Ordinal);
        // Valid means accepted by the grammar; a valid file of the wrapped layout still has the strict error DSP0108.
        DispatchSyntaxTree strict = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        Assert.Equal(expectedValid, !strict.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Descriptor != DiagnosticCodes.WrappedLayout));
        Assert.Equal(strict.Root.Layout == DocumentLayout.Wrapped, strict.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Descriptor == DiagnosticCodes.WrappedLayout));
        Assert.Equal(DispatchGrammar.Parse(text, GrammarLexer.Antlr).IsWrapped, DispatchSyntaxTree.ParseText(text).Root.Layout == DocumentLayout.Wrapped);
    }

    [SkippableFact]
    public void Corpus_files_agree_with_the_grammar()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        var failures = new List<string>();
        int files = 0, wellFormed = 0;
        foreach (string file in Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = TestText.ReadExact(file);
            if (ReutersRecord.IsRecord(text)) text = ReutersRecord.ToDispatch(text);
            files++;
            if (DispatchGrammar.Parse(text, GrammarLexer.Antlr).IsWellFormed) wellFormed++;
            string name = Path.GetRelativePath(TestPaths.CorpusDirectory, file);
            if (GrammarAgreement.Disagreement(text) is { } difference && !s_knownDifferences.ContainsKey(name)) failures.Add($"{name}: {difference}");
        }
        _output.WriteLine($"{files} corpus files compared, {wellFormed} well-formed by the grammar, {failures.Count} disagreements");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
