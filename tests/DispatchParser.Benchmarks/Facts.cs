using System.Text;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Benchmarks;

/// <summary>
/// <c>--facts</c>: what the benchmarks run on, counted rather than timed — the inputs' sizes and lines, the green
/// nodes of a full parse, and how many green nodes the incremental edit of <see cref="IncrementalBenchmarks"/> reuses
/// (the goal is ≥ 99 %).
/// </summary>
public static class Facts
{
    public static int Print()
    {
        Console.WriteLine("| input | chars | UTF-8 bytes | lines | body paragraphs | green nodes (incl. tokens, trivia) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (InputSize size in Enum.GetValues<InputSize>())
        {
            string text = Inputs.Get(size);
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
            Console.WriteLine($"| {size} | {text.Length:N0} | {Encoding.UTF8.GetByteCount(text):N0} | {text.Count(c => c == '\n') + 1:N0} | {tree.Root.Body.Paragraphs.Count:N0} | {Nodes(tree.GreenRoot).Count:N0} |");
        }

        DispatchSyntaxTree.VerifyIncrementalParses = false;
        string large = Inputs.Get(InputSize.Large);
        DispatchSyntaxTree before = DispatchSyntaxTree.ParseText(large);
        Text.TextChange edit = IncrementalBenchmarks.Edit(large);
        int position = edit.Span.Start;
        DispatchSyntaxTree after = before.WithChanges(edit);
        var old = new HashSet<GreenNode>(Nodes(before.GreenRoot), ReferenceEqualityComparer.Instance);
        List<GreenNode> nodes = Nodes(after.GreenRoot);
        int reused = nodes.Count(old.Contains);
        int newNodes = nodes.Count - reused;
        Console.WriteLine();
        Console.WriteLine($"Incremental edit (one letter inserted at {position:N0}, in body paragraph {before.Root.Body.Paragraphs.Count / 2:N0} of {before.Root.Body.Paragraphs.Count:N0}):");
        Console.WriteLine($"green nodes in the new tree {nodes.Count:N0}, reused from the old tree {reused:N0} ({100.0 * reused / nodes.Count:F3} %), built anew {newNodes:N0}; equivalent to a full parse: {after.IsEquivalentTo(DispatchSyntaxTree.ParseText(after.Text.Text))}");
        return 0;
    }

    /// <summary>Every green node of the tree, each once: nodes, list chunks, tokens and their trivia.</summary>
    private static List<GreenNode> Nodes(GreenNode root)
    {
        var nodes = new List<GreenNode>();
        var seen = new HashSet<GreenNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<GreenNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            GreenNode node = stack.Pop();
            if (!seen.Add(node)) continue;
            nodes.Add(node);
            if (node is GreenToken token)
            {
                if (token.LeadingTrivia is { } leading) stack.Push(leading);
                if (token.TrailingTrivia is { } trailing) stack.Push(trailing);
                continue;
            }
            for (int i = 0; i < node.SlotCount; i++)
                if (node.GetSlot(i) is { } child) stack.Push(child);
        }
        return nodes;
    }
}
