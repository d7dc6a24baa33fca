using DispatchParser.Dialects;

namespace DispatchParser.LanguageServer.Features;

/// <summary>The registry agency a tag, sign-off or dateline spelling names.</summary>
internal static class AgencyLookup
{
    /// <summary>
    /// The alias, else a registry sign-off word (<c>reuter</c> is a sign-off the grammar accepts but not an
    /// alias) resolved to the agency with an alias equal to it ignoring case; null for an unknown acronym.
    /// </summary>
    public static Agency? Find(string name)
    {
        AgencyRegistry registry = AgencyRegistry.Default;
        if (registry.FindByAlias(name) is { } agency) return agency;
        if (!registry.SignOffWords.Contains(name, StringComparer.Ordinal)) return null;
        return registry.Agencies.FirstOrDefault(candidate =>
            candidate.Aliases.Any(alias => alias.Equals(name, StringComparison.OrdinalIgnoreCase)));
    }
}
