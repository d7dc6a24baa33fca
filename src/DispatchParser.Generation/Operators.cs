using DispatchParser.Diagnostics;
using static DispatchParser.Diagnostics.DiagnosticCodes;

namespace DispatchParser.Generation;

/// <summary>The operators of <c>dispatch generate --operators</c>, each named after the rule it breaks or bends.</summary>
public static partial class Operators
{
    // Before All: static fields initialise in text order.
    private static readonly string[] s_unknownAcronyms = ["QXZ", "KRTV", "ZBHA", "UXPN"];

    /// <summary>The controls DSP0202 is about (the marks U+200E, U+200F and U+061C are legitimate in Arabic copy).</summary>
    private static readonly string[] s_bidiControls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

    /// <summary>Acronyms in the shape of a tag that name no agency of the registry (a test checks that they stay unknown).</summary>
    public static IReadOnlyList<string> UnknownAcronyms => s_unknownAcronyms;

    public static IReadOnlyList<GenerationOperator> All { get; } =
    [
        new("drop-headline", "remove the headline and the separator: the story's first sentence opens the text", [MissingHeadline], DraftNeeds.TwoParagraphs, false,
            (draft, _) =>
            {
                draft.RemoveAt(draft.IndexOf(DraftLineKind.Separator));
                draft.RemoveAt(draft.IndexOf(DraftLineKind.Headline));
            }),
        new("drop-separator", "remove the blank line after the headline", [MissingSeparator], DraftNeeds.None, false,
            (draft, _) => draft.RemoveAt(draft.IndexOf(DraftLineKind.Separator))),
        new("drop-tag", "remove the agency tag ending the last paragraph (the body has no dateline)", [MissingAgencyTag], DraftNeeds.NoDateline, false,
            (draft, _) =>
            {
                int last = draft.LastIndexOf(DraftLineKind.Paragraph);
                string text = draft.Lines[last].Text;
                draft.SetText(last, text[..text.LastIndexOf(" (", StringComparison.Ordinal)]);
            }),
        new("duplicate-tag", "end the first paragraph with the agency tag too (a tagged line inside the body is a paragraph)", [], DraftNeeds.NoDateline | DraftNeeds.TwoParagraphs, false,
            (draft, _) =>
            {
                int first = draft.IndexOf(DraftLineKind.Paragraph);
                draft.SetText(first, draft.Lines[first].Text + " (" + draft.TagAlias + ")");
            }),
        new("drop-notice", "remove the legal notice (no briefs follow)", [MissingNotice], DraftNeeds.NoBriefs, false,
            (draft, _) => draft.RemoveAt(draft.IndexOf(DraftLineKind.Notice))),
        new("move-notice", "move the legal notice between the first two paragraphs: it closes the body there, the tagged paragraph becomes a brief and the body names no agency", [MissingAgencyTag], DraftNeeds.TwoParagraphs | DraftNeeds.NoBriefs | DraftNeeds.NoDateline, false,
            (draft, _) =>
            {
                int notice = draft.IndexOf(DraftLineKind.Notice);
                DraftLine line = draft.Lines[notice];
                draft.RemoveAt(notice);
                draft.Insert(draft.IndexOf(DraftLineKind.Paragraph) + 1, line with { Break = "\n" });
            }),
        new("duplicate-paragraph", "repeat the first paragraph right after it", [DuplicateParagraph], DraftNeeds.NoDateline | DraftNeeds.TwoParagraphs, false,
            (draft, _) =>
            {
                int first = draft.IndexOf(DraftLineKind.Paragraph);
                draft.Insert(first + 1, draft.Lines[first]);
            }),
        new("blank-line-inside", "put an empty line between the first two paragraphs", [BlankLineInside], DraftNeeds.TwoParagraphs, false,
            (draft, _) => draft.Insert(draft.IndexOf(DraftLineKind.Paragraph) + 1, new DraftLine(DraftLineKind.Blank, "", "\n"))),
        new("wrap-lines", "break the first paragraph across physical lines, each continuation indented as HTML-extraction residue is (8 to 16 spaces): the wrapped layout", [WrappedLayout], DraftNeeds.TwoParagraphs, false,
            (draft, random) => WrapParagraph(draft, random, draft.IndexOf(DraftLineKind.Paragraph))),
        new("leading-blank-lines", "put empty lines before the headline", [LeadingBlankLines], DraftNeeds.None, false,
            (draft, random) =>
            {
                for (int i = random.Between(1, 2); i > 0; i--) draft.Insert(0, new DraftLine(DraftLineKind.Blank, "", "\n"));
            }),
        new("trailing-blank-lines", "end the text with empty lines", [TrailingBlankLines], DraftNeeds.None, false,
            (draft, random) =>
            {
                draft.Lines[^1] = draft.Lines[^1] with { Break = "\n" };
                for (int i = random.Between(1, 2); i > 0; i--) draft.Lines.Add(new DraftLine(DraftLineKind.Blank, "", "\n"));
            }),
        new("truncate", "cut the text inside the last paragraph, before its tag (the notice and briefs go too)", [MissingAgencyTag, MissingNotice], DraftNeeds.NoDateline, false,
            (draft, random) =>
            {
                int last = draft.LastIndexOf(DraftLineKind.Paragraph);
                string text = draft.Lines[last].Text;
                int tag = text.LastIndexOf(" (", StringComparison.Ordinal);
                int cut = text.LastIndexOf(' ', Math.Max(0, random.Between(tag / 2, tag - 1)));
                draft.Lines.RemoveRange(last, draft.Lines.Count - last);
                draft.Lines.Add(new DraftLine(DraftLineKind.Paragraph, text[..Math.Max(1, cut)], ""));
            }),
        new("unknown-agency", "make the tag an acronym the registry does not know", [UnknownAgency], DraftNeeds.NoDateline, false,
            (draft, random) =>
            {
                int last = draft.LastIndexOf(DraftLineKind.Paragraph);
                string text = draft.Lines[last].Text;
                draft.SetText(last, text[..text.LastIndexOf(" (", StringComparison.Ordinal)] + " (" + random.Pick(s_unknownAcronyms) + ")");
            }),
        new("bom-mid-line", "insert a byte-order mark (U+FEFF) between two words of a paragraph: ordinary text there", [], DraftNeeds.None, true,
            (draft, random) => InsertInParagraph(draft, random, "\uFEFF")),
        new("bom-line-start", "open a paragraph line (never the first line) with a byte-order mark (U+FEFF)", [UnexpectedByteOrderMark], DraftNeeds.None, true,
            (draft, random) =>
            {
                int[] paragraphs = [.. Enumerable.Range(1, draft.Lines.Count - 1).Where(i => draft.Lines[i].Kind == DraftLineKind.Paragraph && draft.Lines[i].KeptPrefix == 0)];
                int[] lines = paragraphs.Length > 0 ? paragraphs : [.. Enumerable.Range(1, draft.Lines.Count - 1).Where(i => draft.Lines[i].Text.Length > 0)];
                int index = random.Pick(lines);
                draft.SetText(index, "\uFEFF" + draft.Lines[index].Text);
            }),
        new("bidi-control", "insert a bidirectional embedding, override or isolate control (Trojan Source) inside a paragraph", [BidiControl], DraftNeeds.None, true,
            (draft, random) => InsertInParagraph(draft, random, random.Pick(s_bidiControls))),
        new("mixed-line-breaks", "end one line with CR LF, the others with LF", [MixedLineEndings], DraftNeeds.None, true,
            (draft, random) =>
            {
                int[] withBreaks = [.. Enumerable.Range(0, draft.Lines.Count).Where(i => draft.Lines[i].Break == "\n" && draft.Lines[i].Kind != DraftLineKind.Blank)];
                if (withBreaks.Length == 0) return;
                int line = random.Pick(withBreaks);
                draft.Lines[line] = draft.Lines[line] with { Break = "\r\n" };
            }),
        .. Forms(),
    ];

    public static GenerationOperator? Find(string name) => All.FirstOrDefault(o => o.Name == name);

    /// <summary>
    /// Inserts <paramref name="text"/> between two words of the last paragraph (never inside the tag; never in the
    /// first paragraph, which structural operators repeat or move).
    /// </summary>
    private static void InsertInParagraph(DispatchDraft draft, SplitMix64 random, string text)
    {
        int index = draft.LastIndexOf(DraftLineKind.Paragraph);
        string line = draft.Lines[index].Text;
        int start = Math.Max(StartOfText(line), draft.Lines[index].KeptPrefix);
        int[] spaces = [.. Enumerable.Range(start + 1, Math.Max(0, line.Length - start - 2)).Where(i => line[i] == ' ' && line[i - 1] != ')' && i < EndOfText(line))];
        int at = spaces.Length > 0 ? random.Pick(spaces) : line.Length / 2;
        draft.SetText(index, line.Insert(at, text));
    }

    /// <summary>
    /// The indentation that makes a line a fragment of the line before it (grammar/README.md section 1.1; the parser's
    /// LayoutRule.FragmentIndent): should the two part, the generate property finds the fold read as a paragraph.
    /// </summary>
    private const int FoldIndent = 8;

    /// <summary>
    /// Folds paragraph line <paramref name="index"/> at one to three of its word gaps: the space becomes a line break
    /// and an indentation of at least <see cref="FoldIndent"/> spaces, so that each piece continues
    /// the line before it (grammar/README.md section 1.1). Not the last paragraph: the encoding operators that insert
    /// a character between two words work there, and one inside a fold's indentation would undo the fold.
    /// </summary>
    private static void WrapParagraph(DispatchDraft draft, SplitMix64 random, int index)
    {
        string line = draft.Lines[index].Text;
        int start = Math.Max(StartOfText(line), draft.Lines[index].KeptPrefix);
        int[] gaps = [.. Enumerable.Range(start + 1, Math.Max(0, line.Length - start - 2)).Where(i => line[i] == ' ' && line[i - 1] != ' ' && line[i + 1] != ' ' && i < EndOfText(line))];
        if (gaps.Length == 0)
        {
            // A one-word paragraph: fold it after its first character (a fragment may start inside a word).
            gaps = [start + 1];
            line = line.Insert(start + 1, " ");
        }
        int folds = Math.Min(gaps.Length, random.Between(1, 3));
        var chosen = new SortedSet<int>();
        while (chosen.Count < folds) chosen.Add(random.Pick(gaps));
        var wrapped = new System.Text.StringBuilder(line.Length + 20 * folds);
        int from = 0;
        foreach (int gap in chosen)
        {
            wrapped.Append(line, from, gap - from).Append('\n').Append(' ', random.Between(FoldIndent, 2 * FoldIndent));
            from = gap + 1;
        }
        draft.SetText(index, wrapped.Append(line, from, line.Length - from).ToString());
    }

    /// <summary>Where the paragraph's own text starts (after a dateline's dash: an alias may hold spaces, <c>أ ش أ</c>).</summary>
    private static int StartOfText(string line)
    {
        int start = 0;
        foreach (string dash in CharacterPools.Dashes)
        {
            int at = line.IndexOf(" " + dash + " ", StringComparison.Ordinal);
            if (at >= 0 && line.IndexOf(')', StringComparison.Ordinal) is int close && close >= 0 && close < at) start = Math.Max(start, at + dash.Length + 2);
        }
        return start;
    }

    /// <summary>Where the paragraph's own text ends (before an end marker on its line, then before a final tag, with or without a full stop after it).</summary>
    private static int EndOfText(string line)
    {
        int marker = line.IndexOf(" //", StringComparison.Ordinal);
        if (marker > 0) line = line[..marker];
        int tag = line.TrimEnd('.').EndsWith(')') ? line.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        return tag > 0 ? tag : line.Length;
    }
}
