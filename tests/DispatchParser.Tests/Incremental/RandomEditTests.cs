using DispatchParser.Syntax;
using DispatchParser.Text;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Incremental;

/// <summary>
/// A seeded random sequence of insertions, deletions, replacements and undos; after every step the
/// incremental tree must equal a full parse. DISPATCH_EDIT_STEPS raises the number of steps.
/// </summary>
public sealed class RandomEditTests
{
    private static readonly string[] s_fragments =
    [
        "\n", "\r\n", "\r", " ", "\t", "\u00A0", "\uFEFF", "(AA)", " (İLKHA)", "(NDMA) ", "YASAL UYARI: ", "تنبيه: ",
        "// انتهى //", "Reuter", "10:12 ت م", "ANKARA (AA) - ", "عين اليوم – واس", "-", "كلمة ", "söz ", "word ", "\u202E",
    ];

    private readonly ITestOutputHelper _output;

    public RandomEditTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_edit_sequence_matches_full_parse(int seed)
    {
        int steps = int.TryParse(Environment.GetEnvironmentVariable("DISPATCH_EDIT_STEPS"), out int configured) ? configured : 2_500;
        var random = new Random(seed);
        string text = IncrementalTests.LongDispatch(12);
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, Diagnostics.ParseOptions.Strict);
        var history = new Stack<string>();
        int fastOrReused = 0;

        for (int step = 0; step < steps; step++)
        {
            TextChange change = NextChange(random, text, history);
            history.Push(text);
            DispatchSyntaxTree next = tree.WithChanges(change);
            string newText = tree.Text.WithChanges(change).ToString();
            DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, tree.Options);
            string? difference = full.FindDifference(next);
            Assert.True(difference is null, $"seed {seed}, step {step}: {difference}\nold: {Escape(text)}\nchange: {change.Span} -> {Escape(change.NewText)}");
            Assert.Equal(newText, next.Root.ToFullString());
            if (next.Root.Paragraphs.Any(p => tree.Root.Paragraphs.Any(q => ReferenceEquals(p.Green, q.Green)))) fastOrReused++;
            tree = next;
            text = newText;
        }
        _output.WriteLine($"seed {seed}: {steps} edits, {fastOrReused} reused at least one old paragraph; final length {text.Length}");
    }

    private static TextChange NextChange(Random random, string text, Stack<string> history)
    {
        int kind = random.Next(10);
        if (kind == 0 && history.Count > 0)
        {
            // Undo: replace everything with the previous text, as an editor's undo would.
            string previous = history.Peek();
            TextChangeRange range = TextDiffForTests(text, previous);
            return new TextChange(range.Span, previous.Substring(range.Span.Start, range.NewLength));
        }
        int start = random.Next(text.Length + 1);
        int length = kind <= 3 ? 0 : Math.Min(text.Length - start, random.Next(kind >= 8 ? 40 : 4));
        string insert = kind is >= 4 and <= 5 ? "" : s_fragments[random.Next(s_fragments.Length)];
        if (text.Length > 4000) (length, insert) = (Math.Min(text.Length - start, 60), "");
        return new TextChange(new TextSpan(start, length), insert);
    }

    private static TextChangeRange TextDiffForTests(string oldText, string newText)
    {
        int prefix = oldText.AsSpan().CommonPrefixLength(newText);
        int suffix = 0;
        while (suffix < Math.Min(oldText.Length, newText.Length) - prefix && oldText[^(suffix + 1)] == newText[^(suffix + 1)]) suffix++;
        return new TextChangeRange(TextSpan.FromBounds(prefix, oldText.Length - suffix), newText.Length - suffix - prefix);
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
