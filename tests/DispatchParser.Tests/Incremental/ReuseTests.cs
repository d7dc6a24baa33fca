using DispatchParser.Syntax;
using DispatchParser.Text;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Incremental;

/// <summary>Reuse is observable: green nodes of the old tree appear, reference-equal, in the new one.</summary>
public sealed class ReuseTests
{
    private readonly ITestOutputHelper _output;

    public ReuseTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void One_character_edit_in_a_1_MB_dispatch_reuses_at_least_99_percent_of_green_nodes()
    {
        const string paragraph = "Ekonomi bakanı yaptığı açıklamada enflasyonun yılın ikinci yarısında düşmesinin beklendiğini, ihracatın ise geçen yılın aynı dönemine göre yüzde on iki arttığını söyledi.";
        var builder = new System.Text.StringBuilder("Ekonomide yeni dönem\n\n");
        int count = 0;
        while (builder.Length < 1_000_000) builder.Append(paragraph).Append(' ').Append(count++).Append('\n');
        builder.Append("Son paragraf. (AA)\nYASAL UYARI: Tüm hakları saklıdır.\nKısa haber.");
        string text = builder.ToString();

        DispatchSyntaxTree old = DispatchSyntaxTree.ParseText(text);
        int position = text.IndexOf(" " + (count / 2) + "\n", StringComparison.Ordinal) - 10;
        DispatchSyntaxTree edited = old.WithChanges(TextChange.Insert(position, "x"));

        var oldNodes = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (object node in GreenNodes(old.Root)) oldNodes.Add(node);
        int total = 0, reused = 0;
        foreach (object node in GreenNodes(edited.Root))
        {
            total++;
            if (oldNodes.Contains(node)) reused++;
        }
        double ratio = reused / (double)total;
        _output.WriteLine($"{text.Length} chars, {count} paragraphs: {reused} of {total} green nodes reused ({ratio:P3})");
        Assert.True(ratio >= 0.99, $"only {ratio:P3} of green nodes reused");
        Assert.Null(DispatchSyntaxTree.ParseText(edited.Text.ToString()).FindDifference(edited));
    }

    /// <summary>Every green node of the tree: nodes, list chunks, tokens and trivia.</summary>
    private static IEnumerable<object> GreenNodes(DocumentSyntax root)
    {
        var stack = new Stack<DispatchParser.Syntax.InternalSyntax.GreenNode>();
        stack.Push(root.Green);
        while (stack.Count > 0)
        {
            DispatchParser.Syntax.InternalSyntax.GreenNode node = stack.Pop();
            yield return node;
            if (node is DispatchParser.Syntax.InternalSyntax.GreenToken token)
            {
                if (token.LeadingTrivia is { } leading) stack.Push(leading);
                if (token.TrailingTrivia is { } trailing) stack.Push(trailing);
            }
            for (int i = 0; i < node.SlotCount; i++)
                if (node.GetSlot(i) is { } child) stack.Push(child);
        }
    }
}
