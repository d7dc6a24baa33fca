using System.Text.RegularExpressions;
using DispatchParser.Diagnostics;

namespace DispatchParser.Tests.Parsing;

/// <summary>The README's diagnostics table must list every code with its title and severities, and nothing else.</summary>
public sealed partial class DiagnosticTableTests
{
    [GeneratedRegex(@"^\| (?<code>DSP\d{4}) \| (?<title>[^|]+) \| (?<strict>\w+) \| (?<standard>\w+) \| (?<lenient>\w+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [Fact]
    public void Readme_table_matches_the_code()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var rows = Row().Matches(readme).ToDictionary(match => match.Groups["code"].Value);
        Assert.Equal(DiagnosticCodes.All.Select(d => d.Code).Order(), rows.Keys.Order());
        foreach (DiagnosticDescriptor descriptor in DiagnosticCodes.All)
        {
            Match row = rows[descriptor.Code];
            Assert.Equal(descriptor.Title, row.Groups["title"].Value.Trim());
            Assert.Equal(descriptor.Strict.ToString().ToLowerInvariant(), row.Groups["strict"].Value);
            Assert.Equal(descriptor.Standard.ToString().ToLowerInvariant(), row.Groups["standard"].Value);
            Assert.Equal(descriptor.Lenient.ToString().ToLowerInvariant(), row.Groups["lenient"].Value);
        }
    }
}
