using DispatchParser.Dialects;

namespace DispatchParser.LanguageServer.Features;

/// <summary>The registry agency a tag, sign-off, dateline, byline or source line spelling names.</summary>
internal static class AgencyLookup
{
    /// <summary>
    /// The alias, else a full name (what a source line may hold: <c>Kaynak: Anadolu Ajansı</c>), else a registry sign-off
    /// word (<c>reuter</c> is a sign-off the grammar accepts but not an alias) resolved to the agency with an alias equal
    /// to it ignoring case; null for an unknown acronym.
    /// </summary>
    public static Agency? Find(string name)
    {
        AgencyRegistry registry = AgencyRegistry.Default;
        if (registry.FindByMention(name) is { } agency) return agency;
        if (!registry.SignOffWords.Contains(name, StringComparer.Ordinal)) return null;
        return registry.Agencies.FirstOrDefault(candidate =>
            candidate.Aliases.Any(alias => alias.Equals(name, StringComparison.OrdinalIgnoreCase)));
    }
}
