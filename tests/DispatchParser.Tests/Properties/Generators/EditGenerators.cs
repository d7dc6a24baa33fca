using System.Text;
using DispatchParser.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>How an edit reaches the tree: <c>WithChanges(change)</c>, <c>WithChangedText(newText)</c> (the tree diffs the texts), or two changes at once.</summary>
internal enum EditMode
{
    Change,
    ChangedText,
    TwoChanges,
}

/// <summary>
/// One edit, positioned relative to whatever text it meets (positions wrap around the text length), so that
/// any edit applies to any document and shrinking never makes a script invalid.
/// </summary>
internal sealed record Edit(int Position, int Length, string Insert, EditMode Mode, int SecondPosition)
{
    /// <summary>The changes this edit makes to <paramref name="text"/>, in text order and not overlapping.</summary>
    public TextChange[] Resolve(string text)
    {
        int start = Position % (text.Length + 1);
        int length = Math.Min(Length, text.Length - start);
        var first = new TextChange(new TextSpan(start, length), Insert);
        if (Mode != EditMode.TwoChanges) return [first];
        // A second, pure insertion after the first change.
        int after = start + length;
        int second = after + SecondPosition % (text.Length - after + 1);
        if (second == after) return [first];
        return [first, new TextChange(new TextSpan(second, 0), Insert.Length > 0 ? Insert : "x")];
    }

    public override string ToString() =>
        $"{Mode} at {Position} delete {Length} insert {Escaping.Literal(Insert)}{(Mode == EditMode.TwoChanges ? $" and at +{SecondPosition}" : "")}";
}

/// <summary>A document and a sequence of edits to make to it, one after the other.</summary>
internal sealed record EditScript(GeneratedText Start, IReadOnlyList<Edit> Edits)
{
    public override string ToString()
    {
        var builder = new StringBuilder("EditScript start ").Append(Start);
        for (int i = 0; i < Edits.Count; i++) builder.AppendLine().Append($"  edit {i}: {Edits[i]}");
        return builder.ToString();
    }
}

/// <summary>
/// Random edit sequences against a document (well-formed, mutated or arbitrary): insertions of line breaks,
/// markers, tags, words and awkward characters; deletions; replacements; each applied by change, by new text,
/// or as two changes at once. Shrinks by dropping edits, then simplifying them, then shrinking the document.
/// </summary>
internal static class EditGenerators
{
    private static readonly string[] s_fragments =
    [
        "\n", "\r\n", "\r", "\n\n", " ", "\t", "\u00A0", "\uFEFF", "(AA)", " (İLKHA)", "(NDMA) ", "YASAL UYARI: ", "تنبيه: ",
        "// انتهى //", "MORE", "Reuter", "10:12 ت م", "ANKARA (AA) - ", "عين اليوم – واس", "-", "(", ")", "كلمة ", "söz ",
        "word ", "\u202E", "\uD800", "\0", "Başlık\n\n", "\nYASAL UYARI: Haklar.", "\n(AA)\n",
        // Edits that turn a headline into the story's first line and back, and make or break lead-ins.
        ".", ":", "İSTANBUL\n", "MADRİD - ", "    ", "\n- ", "Next Previous ", "إضافة أولى\n", "سبق- وكالات: ",
        // Edits that make or break a fold of the wrapped layout (grammar/README.md 1.1): a fragment's break and indentation.
        "\n                ", "        ", "\n    ",
    ];

    public static Arbitrary<EditScript> Scripts() => Gen.Sized(size => Scripts(Math.Max(1, size))).WithShrinker(Shrink);

    private static Gen<EditScript> Scripts(int size) =>
        from start in Gen.Frequency(
            (5, WellFormedGenerators.Any().Generator.Resize(Math.Min(size, 40)).Select(d => new GeneratedText(d.Text, "well-formed"))),
            (2, MalformedGenerators.Mutated().Generator.Resize(Math.Min(size, 40))),
            (2, WellFormedGenerators.Wrapped(Math.Min(size, 40)).Generator.Select(d => new GeneratedText(d.Text, "wrapped"))),
            (1, UnicodeGenerators.Strings().Generator.Resize(Math.Min(size, 40))))
        from count in Gen.Choose(1, Math.Clamp(1 + size / 8, 1, 12))
        from edits in Gen.ListOf(EditGen(), count)
        select new EditScript(start, [.. edits]);

    public static Gen<Edit> EditGen() =>
        from position in Gen.Choose(0, 100_000)
        from kind in Gen.Choose(0, 9)
        from length in kind switch
        {
            <= 3 => Gen.Constant(0),                       // insertion
            <= 5 => Gen.Choose(1, 4),                      // small deletion or replacement
            _ => Gen.Frequency((3, Gen.Choose(1, 12)), (1, Gen.Choose(10, 80))),
        }
        from insert in kind is 4 or 6 ? Gen.Constant("") : Insert()
        from mode in Gen.Frequency((5, Gen.Constant(EditMode.Change)), (3, Gen.Constant(EditMode.ChangedText)), (1, Gen.Constant(EditMode.TwoChanges)))
        from second in Gen.Choose(0, 100_000)
        select new Edit(position, length, insert, mode, second);

    private static Gen<string> Insert() =>
        Gen.Frequency(
            (6, Gen.Elements(s_fragments)),
            (3, Gen.Elements(Language.All.SelectMany(l => l.Words).ToArray()).Select(w => w + " ")),
            (2, MalformedGenerators.Noise()),
            (2, Gen.ListOf(UnicodeGenerators.Atom(), 3).Select(string.Concat)));

    public static IEnumerable<EditScript> Shrink(EditScript script)
    {
        for (int i = 0; i < script.Edits.Count; i++)
            yield return script with { Edits = script.Edits.Where((_, k) => k != i).ToArray() };
        for (int i = 0; i < script.Edits.Count; i++)
            foreach (Edit simpler in ShrinkEdit(script.Edits[i]))
                yield return script with { Edits = script.Edits.Select((e, k) => k == i ? simpler : e).ToArray() };
        foreach (GeneratedText start in MalformedGenerators.ShrinkText(script.Start))
            yield return script with { Start = start };
    }

    private static IEnumerable<Edit> ShrinkEdit(Edit edit)
    {
        if (edit.Mode != EditMode.Change) yield return edit with { Mode = EditMode.Change };
        if (edit.Length > 0) yield return edit with { Length = 0 };
        if (edit.Length > 1) yield return edit with { Length = edit.Length / 2 };
        foreach (string insert in TextShrinker.Shrink(edit.Insert)) yield return edit with { Insert = insert };
    }
}
