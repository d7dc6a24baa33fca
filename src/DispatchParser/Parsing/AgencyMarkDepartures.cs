using DispatchParser.Dialects;

namespace DispatchParser.Parsing;

/// <summary>
/// The wording of the DSP0107 departures of agency marks (a credit, a lower-case tag, a full stop after a tag, a bare
/// sign-off, an end marker on the paragraph's line). The parser and <see cref="Syntax.SyntaxFactory"/> both attach them,
/// and a factory-built tree must equal the parsed one down to each diagnostic's arguments, so the words live here once.
/// </summary>
internal static class AgencyMarkDepartures
{
    public const string InlineEndMarker = "the end marker ends the paragraph's line instead of standing on a line of its own";

    /// <summary>
    /// The departure of a tag or credit group, or null for a plain upper-case tag: <paramref name="group"/> is the group's
    /// text from its parenthesis to its closing one, <paramref name="agency"/> the agency's spelling inside it.
    /// </summary>
    public static string? OfGroup(AgencyRegistry registry, string group, string agency, bool credit, bool fullStop)
    {
        string? departure = credit
            ? $"a credit '{group}' instead of the tag '({agency})'"
            : registry.FindByAlias(agency) is { } known && AgencyRegistry.IsLowerCaseVariant(known, agency) ? $"a lower-case tag '({agency})'" : null;
        if (fullStop) departure = departure is null ? "a full stop follows the tag" : departure + ", a full stop follows it";
        return departure;
    }

    /// <summary>
    /// The departure of a signed sign-off (<c>Ayşe DEMİR / İZMİR, (DHA)</c>): <paramref name="signed"/> is the line from the
    /// signature to the group's closing parenthesis, <paramref name="groupDeparture"/> the group's own departure (a full stop).
    /// </summary>
    public static string OfSignedSignOff(string signed, string agency, string? groupDeparture)
    {
        string departure = $"a signed sign-off '{signed}' instead of the tag '({agency})'";
        return groupDeparture is null ? departure : departure + ", " + groupDeparture;
    }

    /// <summary>The departure of a bare sign-off word, or null for a word the registry lists as a sign-off (<c>Reuter</c>).</summary>
    public static string? OfBareSignOff(AgencyRegistry registry, string word) =>
        registry.SignOffWords.Contains(word) ? null : $"a bare sign-off '{word}' instead of the tag '({word})'";
}
