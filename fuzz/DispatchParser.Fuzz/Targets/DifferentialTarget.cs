using System.Text;
using DispatchParser.Grammar;
using DispatchParser.TestSupport;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// The normative grammar (the ANTLR-generated parser) against the hand-written parser: the same verdict
/// (well-formed exactly when the hand-written parser reports no error under <c>strict</c>) and, on
/// well-formed input, the same parts at the same spans. The input is the dispatch as UTF-8; inputs longer
/// than <see cref="SizeLimit"/> characters are cut there, since the generated parser is slow (above all on
/// non-ASCII text) and the fuzzer should spend its time on many small inputs.
/// </summary>
internal sealed class DifferentialTarget : IFuzzTarget
{
    public static int SizeLimit { get; set; } =
        int.TryParse(Environment.GetEnvironmentVariable("DISPATCH_FUZZ_GRAMMAR_LIMIT"), out int limit) ? limit : 512;

    public string Name => "differential";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["DispatchParser.dll", "DispatchParser.Grammar.dll"];

    public void Run(ReadOnlySpan<byte> data, bool raw)
    {
        string text = Decode(data);
        if (GrammarAgreement.Disagreement(text, GrammarLexer.LineClassifier) is { } why) throw new InvariantViolationException("grammar agreement: " + why);
    }

    public IEnumerable<byte[]> Seeds(string text, int index)
    {
        if (text.Length <= SizeLimit) yield return Encoding.UTF8.GetBytes(text);
    }

    public string Describe(ReadOnlySpan<byte> data, bool raw) => "text:   " + Escaping.Literal(Decode(data));

    private static string Decode(ReadOnlySpan<byte> data)
    {
        string text = Encoding.UTF8.GetString(data);
        return text.Length <= SizeLimit ? text : text[..SizeLimit];
    }
}
