using System.Text;

namespace DispatchParser.TestSupport;

/// <summary>Reading test files exactly as they are on disk.</summary>
public static class TestText
{
    /// <summary>
    /// A file as UTF-8 with its byte-order mark kept (File.ReadAllText would strip it, and the BOM is part of
    /// what the parsers see).
    /// </summary>
    public static string ReadExact(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    /// <summary>The .expected.json beside a conformance file: the parts of a valid one, the diagnostics of an invalid one.</summary>
    public static string ExpectedJsonPath(string dispatchPath) => Path.ChangeExtension(dispatchPath, ".expected.json");
}
