using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>A text under test with where it came from; prints escaped, so a failure can be pasted into a regression test.</summary>
internal sealed record GeneratedText(string Text, string Origin)
{
    public override string ToString() => $"{Escaping.Literal(Text)} ({Text.Length} chars; {Origin})";
}

/// <summary>
/// Malformed dispatches by mutation of well-formed ones: drop, duplicate, swap or merge lines; split a line;
/// move the notice, the end marker or the agency tag to a wrong place; inject NUL, control, bidi-control,
/// lone-surrogate and byte-order-mark characters; change a line break; truncate anywhere. Most results are
/// malformed, some stay well-formed — the properties hold either way. Shrinks with <see cref="TextShrinker"/>.
/// </summary>
internal static class MalformedGenerators
{
    public static Arbitrary<GeneratedText> Mutated() =>
        Gen.Sized(size => Mutated(Math.Max(1, size))).WithShrinker(ShrinkText);

    /// <summary>Small mutated dispatches, for the generated parser (slow on long and non-ASCII input).</summary>
    public static Arbitrary<GeneratedText> SmallMutated() =>
        Gen.Sized(size => Mutated(Math.Clamp(size / 4, 1, 12))).WithShrinker(ShrinkText);

    public static IEnumerable<GeneratedText> ShrinkText(GeneratedText value) =>
        TextShrinker.Shrink(value.Text).Select(text => new GeneratedText(text,
            value.Origin.StartsWith("shrunk", StringComparison.Ordinal) ? value.Origin : "shrunk from " + value.Origin));

    private static Gen<GeneratedText> Mutated(int size) =>
        from dispatch in WellFormedGenerators.Any().Generator.Resize(size)
        from count in Gen.Choose(1, 4)
        from mutations in Gen.ListOf(Mutation(), count)
        select Apply(dispatch.Text, mutations);

    private delegate string Mutate(string text, int a, int b, string piece);

    private sealed record MutationStep(string Name, Mutate Apply, int A, int B, string Piece);

    private static GeneratedText Apply(string text, IEnumerable<MutationStep> mutations)
    {
        var names = new StringBuilder("mutated:");
        foreach (MutationStep step in mutations)
        {
            text = step.Apply(text, step.A, step.B, step.Piece);
            names.Append(' ').Append(step.Name);
        }
        return new GeneratedText(text, names.ToString());
    }

    private static Gen<MutationStep> Mutation() =>
        from kind in Gen.Choose(0, 11)
        from a in Gen.Choose(0, 10_000)
        from b in Gen.Choose(0, 10_000)
        from piece in Noise()
        select kind switch
        {
            0 => new MutationStep("drop-line", DropLine, a, b, piece),
            1 => new MutationStep("duplicate-line", DuplicateLine, a, b, piece),
            2 => new MutationStep("swap-lines", SwapLines, a, b, piece),
            3 => new MutationStep("merge-lines", MergeLines, a, b, piece),
            4 => new MutationStep("split-line", SplitLine, a, b, piece),
            5 => new MutationStep("move-notice", (t, x, y, p) => MoveLine(t, IsNoticeLine, x), a, b, piece),
            6 => new MutationStep("move-end-marker", (t, x, y, p) => MoveLine(t, IsEndMarkerLine, x), a, b, piece),
            7 => new MutationStep("move-tag", MoveTag, a, b, piece),
            8 => new MutationStep("inject", Inject, a, b, piece),
            9 => new MutationStep("inject-line-start", (t, x, y, p) => Inject(t, x, 0, p), a, b, piece),
            10 => new MutationStep("change-break", ChangeBreak, a, b, piece),
            _ => new MutationStep("truncate", (t, x, y, p) => t[..(x % (t.Length + 1))], a, b, piece),
        };

    /// <summary>What an injection inserts: NUL, controls, bidi controls, lone surrogates, U+FEFF, a line break, a marker, a place or lead-in.</summary>
    public static Gen<string> Noise() =>
        Gen.Frequency(
            (3, Pick.From(CharacterPools.Controls)),
            (3, Pick.From(CharacterPools.BidiControls)),
            (3, Pick.From(CharacterPools.LoneSurrogates)),
            (2, Gen.Constant(CharacterPools.ByteOrderMark)),
            (2, Pick.From(CharacterPools.Whitespace)),
            (2, Pick.From(CharacterPools.LineBreaks)),
            (2, Gen.Elements("(AA)", " (İLKHA)", "YASAL UYARI:", "تنبيه: ", "// انتهى //", "MORE", "Reuter", "10:12 ت م", "ANKARA (AA) - ", "واس", " - ")),
            // Headline-or-story and lead-in material (grammar/README.md 2.1, 2.3): places, a portal lead-in, sentence ends,
            // indentation, residue, a take label, a source prefix.
            (2, Gen.Elements("İSTANBUL", "İSTANBUL\n", "MADRİD - ", "RİZE -\n", "[Portal-İzmir] ", ".", ":", "\t", "    ", "- ",
                "Next Previous ", " Next Previous\n", "إضافة أولى\n", "سبق- وكالات: ", "شارك من خلال تويتر فيسبوك جوجل ")),
            // Credits (one holding a group: text, not a credit), a byline and an own-line dateline (grammar/README.md 1, 2.3).
            (1, Gen.Elements(" (Ayşe Demir / DHA)", "(DHA/Mehmet KAYA)", " (Reuters/Jane Doe (WAM))", "CAN ARSLAN Kemer DHA\n", "\nالرياض – واس\n")));

    private static string DropLine(string text, int a, int b, string piece)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        lines.RemoveAt(a % lines.Count);
        return Join(lines);
    }

    private static string DuplicateLine(string text, int a, int b, string piece)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        (string content, string lineBreak) = lines[a % lines.Count];
        lines.Insert(b % (lines.Count + 1), (content, lineBreak.Length > 0 ? lineBreak : "\n"));
        return Join(lines);
    }

    private static string SwapLines(string text, int a, int b, string piece)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        int i = a % lines.Count, j = b % lines.Count;
        (string, string) first = (lines[i].Content, lines[j].Break), second = (lines[j].Content, lines[i].Break);
        lines[i] = first;
        lines[j] = second;
        return Join(lines);
    }

    private static string MergeLines(string text, int a, int b, string piece)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        if (lines.Count < 2) return text;
        int i = a % (lines.Count - 1);
        lines[i] = (lines[i].Content + (b % 2 == 0 ? " " : "") + lines[i + 1].Content, lines[i + 1].Break);
        lines.RemoveAt(i + 1);
        return Join(lines);
    }

    private static string SplitLine(string text, int a, int b, string piece)
    {
        int position = a % (text.Length + 1);
        return text.Insert(position, CharacterPools.LineBreaks[b % CharacterPools.LineBreaks.Count]);
    }

    private static string ChangeBreak(string text, int a, int b, string piece)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        int i = a % lines.Count;
        if (lines[i].Break.Length == 0) return text;
        lines[i] = (lines[i].Content, CharacterPools.LineBreaks[b % CharacterPools.LineBreaks.Count]);
        return Join(lines);
    }

    private static bool IsNoticeLine(string line)
    {
        string trimmed = line.TrimStart();
        return Dialects.AgencyRegistry.Default.NoticeMarkers.Any(m => trimmed.StartsWith(m.Marker, StringComparison.Ordinal));
    }

    private static bool IsEndMarkerLine(string line)
    {
        string trimmed = line.Trim();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed == "MORE";
    }

    /// <summary>Moves the first line matching <paramref name="select"/> to another place (or, when there is none, does nothing).</summary>
    private static string MoveLine(string text, Func<string, bool> select, int to)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        int from = lines.FindIndex(line => select(line.Content));
        if (from < 0) return text;
        (string content, string lineBreak) = lines[from];
        lines.RemoveAt(from);
        lines.Insert(to % (lines.Count + 1), (content, lineBreak.Length > 0 ? lineBreak : "\n"));
        return Join(lines);
    }

    /// <summary>Cuts the last line's-final parenthesised group of the text and puts it at the start or end of another line, or on a line of its own.</summary>
    private static string MoveTag(string text, int a, int b, string piece)
    {
        List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
        int from = lines.FindLastIndex(line => line.Content.TrimEnd().EndsWith(')') && line.Content.Contains('('));
        if (from < 0) return text;
        string content = lines[from].Content.TrimEnd();
        int open = content.LastIndexOf('(');
        string tag = content[open..];
        lines[from] = (content[..open].TrimEnd(), lines[from].Break);
        int to = a % lines.Count;
        lines[to] = (b % 3) switch
        {
            0 => (tag + " " + lines[to].Content, lines[to].Break),
            1 => (lines[to].Content + " " + tag, lines[to].Break),
            _ => lines[to],
        };
        if (b % 3 == 2) lines.Insert(to, (tag, "\n"));
        return Join(lines);
    }

    private static string Inject(string text, int a, int b, string piece)
    {
        if (b == 0)
        {
            // At the start of a line.
            List<(string Content, string Break)> lines = WellFormedDispatch.SplitLines(text);
            int i = a % lines.Count;
            lines[i] = (piece + lines[i].Content, lines[i].Break);
            return Join(lines);
        }
        return text.Insert(a % (text.Length + 1), piece);
    }

    private static string Join(List<(string Content, string Break)> lines) => string.Concat(lines.Select(line => line.Content + line.Break));
}
