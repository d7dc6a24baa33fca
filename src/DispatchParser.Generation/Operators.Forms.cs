using DispatchParser.Dialects;
using static DispatchParser.Diagnostics.DiagnosticCodes;

namespace DispatchParser.Generation;

/// <summary>
/// Operators for the forms real copy uses besides the canonical tag (grammar/README.md section 2.3): other marks of
/// the agency (byline, source line, bare sign-off, credit, lower-case tag, a full stop after the tag, an end marker
/// on the paragraph's line), a reprint without its notice, lead-ins (residue, a take label, a source prefix) and
/// place datelines, with or without a headline. Most of them bend the form: a departure, <c>DSP0107</c> or
/// <c>DSP0110</c>, or nothing.
/// </summary>
public static partial class Operators
{
    /// <summary>Reporters' names in capitals, for bylines (<c>ZEYNEP KARA DHA</c>) and credits.</summary>
    private static readonly string[] s_reporters = ["ZEYNEP KARA", "MURAT ÖZTÜRK", "ELİF ŞAHİN", "CAN ARSLAN", "JANE DOE", "AHMET YILMAZ"];

    /// <summary>Reporters' names as a credit writes them (<c>(DHA/Zeynep Kara)</c>).</summary>
    private static readonly string[] s_creditNames = ["Zeynep Kara", "Murat Öztürk", "Elif Şahin", "Jane Doe"];

    /// <summary>Places in capitals for place datelines (<c>MADRİD - …</c>): none is an agency alias or a notice marker.</summary>
    private static readonly string[] s_capitalPlaces = ["MADRİD", "İSTANBUL", "BERLIN", "LONDON", "AMED", "DİYARBAKIR"];

    /// <summary>The word before the dash of a source prefix (<c>سبق- وكالات:</c>): a site's name.</summary>
    private static readonly string[] s_sourceSites = ["سبق", "Haber7", "Medya", "صدى"];

    private static AgencyRegistry Registry => AgencyRegistry.Default;

    private static IEnumerable<GenerationOperator> Forms() =>
    [
        new("byline-only", "replace the tag by a byline naming the agency, the body's first line (ZEYNEP KARA DHA)", [NonCanonicalAgencyMark],
            DraftNeeds.NoDateline | DraftNeeds.CapitalAlias, false,
            (draft, random) =>
            {
                DropTag(draft);
                string alias = DispatchGenerator.CapitalAlias(Agency(draft))!;
                draft.Insert(draft.IndexOf(DraftLineKind.Paragraph), new DraftLine(DraftLineKind.Mark, random.Pick(s_reporters) + " " + alias, "\n"));
            }),
        new("byline-and-tag", "open the body with a byline naming the agency and keep the tag (the tag wins; both are kept)", [],
            DraftNeeds.NoDateline | DraftNeeds.CapitalAlias, false,
            (draft, random) =>
            {
                string alias = DispatchGenerator.CapitalAlias(Agency(draft))!;
                draft.Insert(draft.IndexOf(DraftLineKind.Paragraph), new DraftLine(DraftLineKind.Mark, random.Pick(s_reporters) + " " + alias, "\n"));
            }),
        new("source-line-only", "replace the tag by a source line after the last paragraph (Kaynak: AA)", [NonCanonicalAgencyMark], DraftNeeds.NoDateline, false,
            (draft, random) =>
            {
                DropTag(draft);
                InsertAfterLastParagraph(draft, SourceLine(draft, random));
            }),
        new("source-line-and-tag", "add a source line naming the agency after the tagged last paragraph", [], DraftNeeds.NoDateline, false,
            (draft, random) => InsertAfterLastParagraph(draft, SourceLine(draft, random))),
        new("bare-signoff", "replace the tag by the bare alias on a line of its own after the last paragraph (AA)", [NonCanonicalAgencyMark], DraftNeeds.NoDateline, false,
            (draft, _) =>
            {
                string alias = draft.TagAlias!;
                DropTag(draft);
                InsertAfterLastParagraph(draft, alias);
            }),
        new("signoff-line", "move the tag to a line of its own after the last paragraph ((AA))", [], DraftNeeds.NoDateline, false,
            (draft, _) =>
            {
                string alias = draft.TagAlias!;
                DropTag(draft);
                InsertAfterLastParagraph(draft, "(" + alias + ")");
            }),
        new("credit-line", "replace the tag by a credit on a line of its own ((DHA/Zeynep Kara))", [NonCanonicalAgencyMark],
            DraftNeeds.NoDateline | DraftNeeds.CapitalAlias, false,
            (draft, random) =>
            {
                DropTag(draft);
                InsertAfterLastParagraph(draft, "(" + DispatchGenerator.CapitalAlias(Agency(draft)) + "/" + random.Pick(s_creditNames) + ")");
            }),
        new("lower-case-tag", "write the tag in lower case ((dha) for (DHA))", [NonCanonicalAgencyMark], DraftNeeds.NoDateline | DraftNeeds.LowerCaseAlias, false,
            (draft, _) =>
            {
                int last = draft.LastIndexOf(DraftLineKind.Paragraph);
                draft.SetText(last, WithoutTag(draft.Lines[last].Text) + " (" + DispatchGenerator.LowerCaseAlias(Agency(draft)) + ")");
            }),
        new("tag-full-stop", "move the last paragraph's full stop after the tag (… weekend (AFP).)", [NonCanonicalAgencyMark], DraftNeeds.NoDateline, false,
            (draft, _) =>
            {
                int last = draft.LastIndexOf(DraftLineKind.Paragraph);
                string text = WithoutTag(draft.Lines[last].Text);
                if (text.EndsWith('.')) text = text[..^1];
                draft.SetText(last, text + " (" + draft.TagAlias + ").");
            }),
        new("inline-end-marker", "end the tagged last paragraph's line with an end marker (… (واس) // انتهى //)", [NonCanonicalAgencyMark], DraftNeeds.NoDateline, false,
            (draft, random) =>
            {
                int last = draft.LastIndexOf(DraftLineKind.Paragraph);
                EndMarkerWord marker = random.Pick(Registry.EndMarkers.Where(m => !m.Bare).ToArray());
                draft.SetText(last, draft.Lines[last].Text + (random.Chance(50) ? " // " + marker.Word + " //" : " //" + marker.Word + "//"));
            }),
        new("reprint-without-notice", "remove the notice but keep the briefs: the tagged paragraph that ends a sentence closes the body (reprint rule)", [MissingNotice],
            DraftNeeds.NoDateline | DraftNeeds.Briefs, false,
            (draft, _) => draft.RemoveAt(draft.IndexOf(DraftLineKind.Notice))),
        new("lead-in-residue", "open the body with a line of scraper residue (Next Previous)", [LeadIn], DraftNeeds.NoDateline, false,
            (draft, random) => draft.Insert(draft.IndexOf(DraftLineKind.Paragraph), new DraftLine(DraftLineKind.LeadIn, random.Pick(Registry.ResiduePhrases).Text, "\n"))),
        new("lead-in-take-label", "open the body with the take label of a continued item (إضافة أولى)", [LeadIn], DraftNeeds.NoDateline, false,
            (draft, random) =>
            {
                TakeLabel label = random.Pick(Registry.TakeLabels);
                draft.Insert(draft.IndexOf(DraftLineKind.Paragraph), new DraftLine(DraftLineKind.LeadIn, label.Word + " " + random.Pick(label.Ordinals), "\n"));
            }),
        new("lead-in-source-prefix", "open the first paragraph with a generic source prefix (سبق- وكالات: …)", [LeadIn], DraftNeeds.NoDateline, false,
            (draft, random) =>
            {
                string prefix = random.Pick(s_sourceSites) + "- " + random.Pick(Registry.GenericSources).Text + ": ";
                PrefixFirstParagraph(draft, prefix);
            }),
        new("lead-in-residue-prefix", "open the first paragraph with a scraper residue phrase (Next Previous …)", [LeadIn], DraftNeeds.NoDateline, false,
            (draft, random) => PrefixFirstParagraph(draft, random.Pick(Registry.ResiduePhrases).Text + " ")),
        new("place-dateline", "open the first paragraph with a place and a dash (MADRİD - …): a dateline naming no agency", [], DraftNeeds.NoDateline, false,
            (draft, random) => PrefixFirstParagraph(draft, random.Pick(s_capitalPlaces) + " - ")),
        new("place-first-line", "remove the headline and the separator and open the story with a place dateline (MADRİD - …)", [MissingHeadline],
            DraftNeeds.NoDateline | DraftNeeds.TwoParagraphs, false,
            (draft, random) =>
            {
                draft.RemoveAt(draft.IndexOf(DraftLineKind.Separator));
                draft.RemoveAt(draft.IndexOf(DraftLineKind.Headline));
                PrefixFirstParagraph(draft, random.Pick(s_capitalPlaces) + " - ");
            }),
    ];

    private static Agency Agency(DispatchDraft draft) => Registry.FindById(draft.AgencyId)!;

    private static void DropTag(DispatchDraft draft)
    {
        int last = draft.LastIndexOf(DraftLineKind.Paragraph);
        draft.SetText(last, WithoutTag(draft.Lines[last].Text));
    }

    private static string WithoutTag(string line) => line[..line.LastIndexOf(" (", StringComparison.Ordinal)];

    private static void InsertAfterLastParagraph(DispatchDraft draft, string text) =>
        draft.Insert(draft.LastIndexOf(DraftLineKind.Paragraph) + 1, new DraftLine(DraftLineKind.Mark, text, "\n"));

    /// <summary>A source line in the draft's language naming its agency by its canonical alias (<c>Kaynak: DHA</c>, <c>المصدر: واس</c>).</summary>
    private static string SourceLine(DispatchDraft draft, SplitMix64 random)
    {
        SourceMarker[] markers = [.. Registry.SourceMarkers.Where(m => m.Language == draft.Language)];
        return random.Pick(markers.Length > 0 ? markers : [.. Registry.SourceMarkers]).Marker + ": " + Agency(draft).Aliases[0];
    }

    private static void PrefixFirstParagraph(DispatchDraft draft, string prefix)
    {
        int first = draft.IndexOf(DraftLineKind.Paragraph);
        draft.Lines[first] = draft.Lines[first] with { Text = prefix + draft.Lines[first].Text, KeptPrefix = prefix.Length };
    }
}
