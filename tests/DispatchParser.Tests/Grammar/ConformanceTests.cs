using DispatchParser.Grammar;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// The generated parser against the conformance suite (tests/conformance): every valid file
/// parses without error and lowers to exactly the parts of its .expected.json; every invalid
/// file has at least one error. The hand-written parser reports exactly the diagnostics an
/// invalid file's .expected.json states (the grammar gives a verdict only, no codes).
/// </summary>
public sealed class ConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> ValidFiles() => FilesIn("valid");

    public static TheoryData<string> InvalidFiles() => FilesIn("invalid");

    [Fact]
    public void Conformance_suite_is_not_empty()
    {
        Assert.True(Directory.Exists(TestPaths.ConformanceDirectory), $"Missing folder {TestPaths.ConformanceDirectory}.");
        Assert.NotEmpty(FileNames("valid"));
        Assert.NotEmpty(FileNames("invalid"));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_dispatch_parses_and_lowers_to_the_expected_parts(string name)
    {
        var path = Path.Combine(TestPaths.ConformanceDirectory, "valid", name);
        var expectedPath = Path.ChangeExtension(path, ".expected.json");
        Assert.True(File.Exists(expectedPath), $"{name} has no sibling {Path.GetFileName(expectedPath)}.");

        var result = DispatchGrammar.Parse(TestText.ReadExact(path));
        foreach (var error in result.Errors)
        {
            _output.WriteLine($"{name}({error.Line},{error.Column + 1}): {error.Message}");
        }

        Assert.True(result.IsWellFormed, $"{name}: {result.Errors.Count} error(s), first: {(result.Errors.Count > 0 ? result.Errors[0] : null)}");

        Assert.Equal(ExpectedParts.Read(expectedPath), ExpectedParts.From(result.Lower()));
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_dispatch_has_an_error(string name)
    {
        var text = TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, "invalid", name));
        var result = DispatchGrammar.Parse(text);
        Assert.False(result.IsWellFormed, $"{name} was accepted by the generated parser.");
        _ = result.Lower(); // must not throw on malformed input either
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_dispatch_produces_exactly_the_diagnostics_beside_it(string name)
    {
        var path = Path.Combine(TestPaths.ConformanceDirectory, "invalid", name);
        var expectedPath = TestText.ExpectedJsonPath(path);
        Assert.True(File.Exists(expectedPath), $"{name} has no sibling {Path.GetFileName(expectedPath)} stating its diagnostics.");
        var expected = ExpectedDiagnostics.Read(expectedPath);
        Assert.NotEmpty(expected);

        var tree = ParseHelper.Parse(TestText.ReadExact(path));
        Assert.True(tree.HasErrors, $"{name}: the hand-written parser reports no error under the strict profile.");
        Assert.Equal(expected, ExpectedDiagnostics.Normalize(ParseHelper.Codes(tree)));
    }

    private static TheoryData<string> FilesIn(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var name in FileNames(folder))
        {
            data.Add(name);
        }

        return data;
    }

    private static string[] FileNames(string folder)
    {
        var directory = Path.Combine(TestPaths.ConformanceDirectory, folder);
        return Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }
}
