using System.Collections.Frozen;
using System.Text.Json;

namespace DispatchParser.Dialects;

/// <summary>An agency: stable id, full name, the spellings used in tags and datelines, and full names.</summary>
public sealed record Agency(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Names);

public sealed record NoticeMarker(string Language, string Marker);

public sealed record EndMarkerWord(string Language, string Word, string Meaning, bool Bare);

/// <summary>A word or phrase of the dialect registry's lead-ins, with its language.</summary>
public sealed record LeadInWord(string Language, string Text);

/// <summary>A take label of continued wire items: the label word (<c>إضافة</c>) and the ordinal words that may follow it.</summary>
public sealed record TakeLabel(string Language, string Word, IReadOnlyList<string> Ordinals);

/// <summary>The opening of a source line (<c>Kaynak:</c>, <c>المصدر:</c>), without its colon.</summary>
public sealed record SourceMarker(string Language, string Marker);

/// <summary>
/// The agencies, notice markers, source markers, byline desks and end markers seen in real copy, read once from the embedded
/// <c>Dialects/dialects.json</c>. The grammar's KNOWN_AGENCY fragment lists exactly the aliases here.
/// </summary>
public sealed class AgencyRegistry
{
    private readonly FrozenDictionary<string, Agency> _byAlias;
    private readonly FrozenDictionary<string, Agency> _byName;

    private AgencyRegistry(IReadOnlyList<Agency> agencies, IReadOnlyList<NoticeMarker> noticeMarkers,
        IReadOnlyList<SourceMarker> sourceMarkers, IReadOnlyList<string> bylineDesks,
        IReadOnlyList<EndMarkerWord> endMarkers, IReadOnlyList<string> signOffWords,
        IReadOnlyList<LeadInWord> residuePhrases, IReadOnlyList<TakeLabel> takeLabels, IReadOnlyList<LeadInWord> genericSources)
    {
        ResiduePhrases = residuePhrases;
        TakeLabels = takeLabels;
        GenericSources = genericSources;
        Agencies = agencies;
        NoticeMarkers = noticeMarkers;
        SourceMarkers = sourceMarkers;
        BylineDesks = bylineDesks;
        EndMarkers = endMarkers;
        SignOffWords = signOffWords;
        var byAlias = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (Agency agency in agencies)
        {
            foreach (string alias in agency.Aliases) byAlias[alias] = agency;
            foreach (string name in agency.Names) byName[name] = agency;
        }
        _byAlias = byAlias.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        AliasLookup = _byAlias.GetAlternateLookup<ReadOnlySpan<char>>();
        NameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestAlias = byAlias.Keys.Max(alias => alias.Length);
    }

    public static AgencyRegistry Default { get; } = Load();

    public IReadOnlyList<Agency> Agencies { get; }
    public IReadOnlyList<NoticeMarker> NoticeMarkers { get; }
    public IReadOnlyList<SourceMarker> SourceMarkers { get; }

    /// <summary>Bylines that name a news desk rather than a reporter (<c>HABER MERKEZİ</c>).</summary>
    public IReadOnlyList<string> BylineDesks { get; }

    public IReadOnlyList<EndMarkerWord> EndMarkers { get; }

    /// <summary>
    /// Words that sign a dispatch off on a line of their own without parentheses (<c>Reuter</c>). Each is also an alias
    /// of its agency, so <see cref="FindByAlias"/> resolves a sign-off like any tag and no second lookup is needed.
    /// </summary>
    public IReadOnlyList<string> SignOffWords { get; }
    public int LongestAlias { get; }

    /// <summary>Scraper residue phrases (<c>Next Previous</c>, share bars), longest first.</summary>
    public IReadOnlyList<LeadInWord> ResiduePhrases { get; }

    /// <summary>Take labels of continued wire items (<c>إضافة أولى</c>).</summary>
    public IReadOnlyList<TakeLabel> TakeLabels { get; }

    /// <summary>Words of a source prefix that name no specific agency (<c>وكالات</c>, "agencies").</summary>
    public IReadOnlyList<LeadInWord> GenericSources { get; }

    internal FrozenDictionary<string, Agency>.AlternateLookup<ReadOnlySpan<char>> AliasLookup { get; }

    internal FrozenDictionary<string, Agency>.AlternateLookup<ReadOnlySpan<char>> NameLookup { get; }

    /// <summary>
    /// The agency a tag, dateline, byline or sign-off spelling names, or null when it is not in the registry: the one
    /// lookup the parser, the analyzers, the typed nodes' <c>Agency</c> and the front ends share for those marks.
    /// </summary>
    public Agency? FindByAlias(ReadOnlySpan<char> alias) => AliasLookup.TryGetValue(alias, out Agency? agency) ? agency : null;

    /// <summary>The agency whose full name (<c>Anadolu Ajansı</c>) this is, exactly; null when none.</summary>
    public Agency? FindByName(ReadOnlySpan<char> name) => NameLookup.TryGetValue(name, out Agency? agency) ? agency : null;

    /// <summary>The agency an alias or a full name names: what a source line or a credit may hold.</summary>
    public Agency? FindByMention(ReadOnlySpan<char> mention) => FindByAlias(mention) ?? FindByName(mention);

    public Agency? FindById(string id) => Agencies.FirstOrDefault(agency => agency.Id == id);

    /// <summary>
    /// True for an alias in lower case that is not the agency's first (canonical) alias: <c>dha</c>, <c>aa</c>; not
    /// <c>dpa</c>, which is how that agency writes itself. A tag in such a spelling is a DSP0107 departure.
    /// </summary>
    internal static bool IsLowerCaseVariant(Agency agency, string spelling) =>
        agency.Aliases[0] != spelling && spelling.Any(char.IsLower) && !spelling.Any(char.IsUpper);

    private static AgencyRegistry Load()
    {
        using Stream stream = typeof(AgencyRegistry).Assembly.GetManifestResourceStream("DispatchParser.Dialects.dialects.json")
            ?? throw new InvalidOperationException("The embedded agency registry is missing from the assembly.");
        using JsonDocument document = JsonDocument.Parse(stream);
        JsonElement root = document.RootElement;
        var agencies = root.GetProperty("agencies").EnumerateArray().Select(element => new Agency(
            element.GetProperty("id").GetString()!,
            element.GetProperty("name").GetString()!,
            Strings(element.GetProperty("aliases")),
            Strings(element.GetProperty("names")))).ToList();
        var notices = root.GetProperty("noticeMarkers").EnumerateArray().Select(element => new NoticeMarker(
            element.GetProperty("language").GetString()!, element.GetProperty("marker").GetString()!)).ToList();
        var sources = root.GetProperty("sourceMarkers").EnumerateArray().Select(element => new SourceMarker(
            element.GetProperty("language").GetString()!, element.GetProperty("marker").GetString()!)).ToList();
        var ends = root.GetProperty("endMarkers").EnumerateArray().Select(element => new EndMarkerWord(
            element.GetProperty("language").GetString()!, element.GetProperty("word").GetString()!,
            element.GetProperty("meaning").GetString()!,
            element.TryGetProperty("bare", out JsonElement bare) && bare.GetBoolean())).ToList();
        JsonElement leadIns = root.GetProperty("leadIns");
        var residue = leadIns.GetProperty("residue").EnumerateArray().Select(element => new LeadInWord(
            element.GetProperty("language").GetString()!, element.GetProperty("text").GetString()!))
            .OrderByDescending(phrase => phrase.Text.Length).ToList();
        var takeLabels = leadIns.GetProperty("takeLabels").EnumerateArray().Select(element => new TakeLabel(
            element.GetProperty("language").GetString()!, element.GetProperty("word").GetString()!,
            Strings(element.GetProperty("ordinals")))).ToList();
        var generic = leadIns.GetProperty("genericSources").EnumerateArray().Select(element => new LeadInWord(
            element.GetProperty("language").GetString()!, element.GetProperty("word").GetString()!)).ToList();
        return new AgencyRegistry(agencies, notices, sources, Strings(root.GetProperty("bylineDesks")), ends,
            Strings(root.GetProperty("signoffWords")), residue, takeLabels, generic);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToList();
}
