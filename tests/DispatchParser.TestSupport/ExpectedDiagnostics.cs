using System.Text.Json;

namespace DispatchParser.TestSupport;

/// <summary>
/// The diagnostics an invalid conformance file must produce (its .expected.json, <c>{"diagnostics": ["DSP0001", …]}</c>):
/// the codes of every diagnostic the hand-written parser reports under the strict profile, in ordinal order, one
/// entry per diagnostic.
/// </summary>
public static class ExpectedDiagnostics
{
    public static string[] Read(string expectedJsonPath)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(expectedJsonPath));
        return [.. document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(code => code.GetString() ?? "<null>")];
    }

    /// <summary>Codes in the form the file states them: ordinal order, repeats kept.</summary>
    public static string[] Normalize(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];
}
