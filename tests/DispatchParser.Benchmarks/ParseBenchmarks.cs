using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using BenchmarkDotNet.Attributes;
using DispatchParser.Grammar.Generated;
using DispatchParser.Syntax;
using GeneratedParser = DispatchParser.Grammar.Generated.DispatchParser;

namespace DispatchParser.Benchmarks;

/// <summary>
/// Full parses of one string, side by side: the practical limit (a vectorized scan for line breaks, the baseline),
/// the hand-written parser, and the ANTLR-generated parser with SLL prediction, fed by its own lexer or by the fast token source.
/// On both layouts: one paragraph per line (Small, Large, Huge) and wrapped (the Large text hard-wrapped at 70 characters).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkFilters.ParseConfig))]
public class ParseBenchmarks
{
    private string _text = string.Empty;

    [Params(InputSize.Small, InputSize.Large, InputSize.Wrapped, InputSize.Huge)]
    public InputSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Get(Size);
        // The inputs are canonical: a benchmark of an error path would measure something else. The wrapped layout is a
        // departure (it is reported), so of that input only errors are ruled out.
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(_text);
        if (tree.Root.ToFullString() != _text) throw new InvalidOperationException($"The {Size} input does not round-trip.");
        Diagnostics.Diagnostic? unexpected = tree.GetDiagnostics()
            .FirstOrDefault(d => Size != InputSize.Wrapped || d.Severity == Diagnostics.DiagnosticSeverity.Error);
        if (unexpected is not null) throw new InvalidOperationException($"The {Size} input is not a canonical dispatch: {unexpected}");
    }

    /// <summary>Counts line breaks with the vectorized <c>IndexOfAny('\r', '\n')</c>: the speed a line-oriented parser cannot beat.</summary>
    [Benchmark(Baseline = true)]
    public int RawLineScan()
    {
        ReadOnlySpan<char> rest = _text;
        int count = 0;
        while (true)
        {
            int index = rest.IndexOfAny('\r', '\n');
            if (index < 0) return count;
            count++;
            rest = rest[(index + 1)..];
        }
    }

    /// <summary>The hand-written parser: a full green tree with diagnostics.</summary>
    [Benchmark]
    public DispatchSyntaxTree HandParse() => DispatchSyntaxTree.ParseText(_text);

    /// <summary>
    /// The generated lexer and parser with pure SLL prediction (no LL fallback: the input is valid, so SLL never
    /// fails on it). Stage 1 of <c>DispatchGrammar.Parse</c>, without its error collection and result wrapper.
    /// </summary>
    [Benchmark]
    public GeneratedParser.DispatchContext AntlrParse() => ParseWithAntlrSll(_text);

    /// <summary>
    /// The same generated parser fed by <see cref="DispatchParser.Grammar.DispatchTokenSource"/> (the hand-written
    /// line classifier, the same token stream) instead of the ANTLR lexer, whose DFA cache covers only ASCII.
    /// </summary>
    [Benchmark]
    public GeneratedParser.DispatchContext AntlrParseFastLexer() => ParseWithSll(new DispatchParser.Grammar.DispatchTokenSource(_text));

    public static GeneratedParser.DispatchContext ParseWithAntlrSll(string text)
    {
        var lexer = new DispatchLexer(new AntlrInputStream(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        return ParseWithSll(lexer);
    }

    private static GeneratedParser.DispatchContext ParseWithSll(ITokenSource source)
    {
        var tokens = new CommonTokenStream(source);
        var parser = new GeneratedParser(tokens, TextWriter.Null, TextWriter.Null);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        return parser.dispatch();
    }
}
