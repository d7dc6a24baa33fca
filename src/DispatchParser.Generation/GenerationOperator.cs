using DispatchParser.Diagnostics;

namespace DispatchParser.Generation;

/// <summary>What an operator needs of the valid dispatch it starts from; the generator builds one that has it.</summary>
[Flags]
public enum DraftNeeds
{
    None = 0,

    /// <summary>No dateline: the tag is the body's only agency mark.</summary>
    NoDateline = 1,

    /// <summary>No briefs after the notice.</summary>
    NoBriefs = 2,

    /// <summary>At least two paragraphs.</summary>
    TwoParagraphs = 4,

    /// <summary>At least one brief after the notice.</summary>
    Briefs = 8,

    /// <summary>An agency with an alias in capitals of the Latin script (a byline or a credit names it: <c>ZEYNEP KARA DHA</c>).</summary>
    CapitalAlias = 16,

    /// <summary>An agency with a lower-case alias other than its canonical one (<c>dha</c> for DHA).</summary>
    LowerCaseAlias = 32,
}

/// <summary>
/// A named rule-breaker (or bender): it edits the lines of a valid dispatch and names the diagnostics a correct
/// parser must then report (<see cref="Produces"/>, descriptors of <see cref="DiagnosticCodes"/>; which of them
/// are reported depends on the profile, <see cref="ExpectedCodes"/>). Encoding operators (a character or a line
/// break) combine with any other; at most one structural operator applies to a document.
/// </summary>
public sealed record GenerationOperator(
    string Name,
    string Description,
    IReadOnlyList<DiagnosticDescriptor> Produces,
    DraftNeeds Needs,
    bool IsEncoding,
    Action<DispatchDraft, SplitMix64> Apply)
{
    /// <summary>The codes a parser must report for this operator under <paramref name="options"/> (hidden ones left out).</summary>
    public IEnumerable<string> ExpectedCodes(ParseOptions options) =>
        Produces.Where(d => options.SeverityOf(d) != DiagnosticSeverity.Hidden).Select(d => d.Code);

    public override string ToString() => Name;
}
