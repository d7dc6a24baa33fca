using System.Reflection;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using DispatchParser.Grammar;
using DispatchParser.Grammar.Generated;
using GeneratedParser = DispatchParser.Grammar.Generated.DispatchParser;

// A dispatch written for this sample: headline, blank line, a dateline paragraph, a paragraph ending
// with the agency tag, the legal notice and one brief.
const string Dispatch = """
    Ferry service resumes after storm

    IZMIR (AA) - Ferries between the city's two shores sailed again on Monday after two days of high winds.
    The port authority said timetables would be back to normal by the evening. (AA)
    LEGAL NOTICE: All text on this service belongs to its owners and may not be republished without permission.
    A second brief line about the harbour.
    """;

GrammarParseResult result = DispatchGrammar.Parse(Dispatch.Replace("\r\n", "\n", StringComparison.Ordinal));

// The generated parse tree, walked with a listener written against the generated base class.
var listener = new CountingListener();
ParseTreeWalker.Default.Walk(listener, result.Tree);

// The lowering to parts.
DispatchParts parts = result.Lower();

Console.WriteLine($"well-formed: {result.IsWellFormed}");
Console.WriteLine($"headline: {listener.Headline}");
Console.WriteLine($"paragraph lines after the dateline: {listener.ParagraphLines}");
Console.WriteLine($"notice: {listener.Notices}");
Console.WriteLine($"briefs: {listener.Briefs}");
Console.WriteLine($"paragraphs: {parts.Paragraphs.Count}");
Console.WriteLine($"dateline agency: {parts.Dateline?.AgencyName}");
Console.WriteLine($"agency: {parts.AgencyTag?.Name} ({parts.AgencyTag?.Position})");

string grammarDirectory = typeof(CountingListener).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .Single(attribute => attribute.Key == "DispatchGrammarDirectory").Value ?? "";
foreach (string file in new[] { "DispatchLexer.g4", "DispatchParser.g4" })
{
    string path = Path.Combine(grammarDirectory, file);
    Console.WriteLine($"grammar file {file}: {(File.Exists(path) ? File.ReadAllLines(path).Length + " lines" : "missing")}");
}

return result.IsWellFormed ? 0 : 1;

/// <summary>Counts what the generated parser recognised, rule by rule.</summary>
internal sealed class CountingListener : DispatchParserBaseListener
{
    public string Headline { get; private set; } = "";

    public int ParagraphLines { get; private set; }

    public int Notices { get; private set; }

    public int Briefs { get; private set; }

    public override void EnterHeadline([NotNull] GeneratedParser.HeadlineContext context) => Headline = context.GetText();

    // The body's paragraph lines after the dateline paragraph (a token of its own); a brief is a paragraphLine
    // too, under briefLine, and is not counted here.
    public override void EnterParagraphLine([NotNull] GeneratedParser.ParagraphLineContext context)
    {
        if (context.Parent is GeneratedParser.BodyLinesContext) ParagraphLines++;
    }

    public override void EnterNoticePart([NotNull] GeneratedParser.NoticePartContext context) => Notices++;

    public override void EnterBriefPart([NotNull] GeneratedParser.BriefPartContext context) => Briefs++;
}
