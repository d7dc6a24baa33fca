namespace DispatchParser.Generation;

/// <summary>What a line of a draft is, as the generator built it.</summary>
public enum DraftLineKind
{
    Headline,
    Separator,
    Paragraph,
    Notice,
    Brief,
    Blank,

    /// <summary>A line that marks the agency or closes the body on its own: a byline, a sign-off, a credit, a source line.</summary>
    Mark,

    /// <summary>A lead-in line at the top of the body: scraper residue or a take label.</summary>
    LeadIn,
}

/// <summary>One line of a draft: its part, its text, and the line break after it ("" for the last line).</summary>
public sealed record DraftLine(DraftLineKind Kind, string Text, string Break)
{
    /// <summary>
    /// Characters at the start of the line that encoding operators leave alone: a lead-in prefix or a place dateline,
    /// which a character inserted in it or before it would hide.
    /// </summary>
    public int KeptPrefix { get; init; }
}

/// <summary>
/// A dispatch as lines labelled with their part, for operators to edit: built from a valid dispatch that
/// <see cref="Syntax.SyntaxFactory"/> printed, so every operator starts from the grammar's structure.
/// </summary>
public sealed class DispatchDraft
{
    public DispatchDraft(IEnumerable<DraftLine> lines, string? tagAlias, string agencyId, string language = "")
    {
        Lines = [.. lines];
        TagAlias = tagAlias;
        AgencyId = agencyId;
        Language = language;
    }

    /// <summary>The language code of the draft's words (<c>ar</c>, <c>tr</c>, <c>kmr</c>, <c>en</c>).</summary>
    public string Language { get; }

    public List<DraftLine> Lines { get; }

    /// <summary>The alias of the inline tag ending the last paragraph, or null when the body names its agency by a dateline only.</summary>
    public string? TagAlias { get; }

    public string AgencyId { get; }

    public int IndexOf(DraftLineKind kind) => Lines.FindIndex(line => line.Kind == kind);

    public int LastIndexOf(DraftLineKind kind) => Lines.FindLastIndex(line => line.Kind == kind);

    /// <summary>Replaces line <paramref name="index"/>'s text.</summary>
    public void SetText(int index, string text) => Lines[index] = Lines[index] with { Text = text };

    /// <summary>Removes line <paramref name="index"/>; a last line's empty break passes to the line before.</summary>
    public void RemoveAt(int index)
    {
        if (index == Lines.Count - 1 && index > 0) Lines[index - 1] = Lines[index - 1] with { Break = Lines[index].Break };
        Lines.RemoveAt(index);
    }

    /// <summary>Inserts a line before <paramref name="index"/> (at the end: the previous last line gets a break).</summary>
    public void Insert(int index, DraftLine line)
    {
        if (index == Lines.Count && Lines.Count > 0 && Lines[^1].Break.Length == 0)
        {
            Lines[^1] = Lines[^1] with { Break = line.Break.Length > 0 ? line.Break : "\n" };
            line = line with { Break = "" };
        }
        Lines.Insert(index, line);
    }

    public string Text => string.Concat(Lines.Select(line => line.Text + line.Break));
}
