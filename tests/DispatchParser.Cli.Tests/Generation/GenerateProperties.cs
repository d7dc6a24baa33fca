using System.Globalization;
using System.Text.Json;
using DispatchParser.Generation;
using Xunit.Abstractions;

namespace DispatchParser.Cli.Tests.Generation;

/// <summary>
/// The generator and the parser keep each other honest: for every generated dispatch, <c>dispatch check</c>
/// (in process) reports exactly the codes of its manifest — none for a valid one. 500 malformed and 200 valid
/// dispatches on every test run; DISPATCH_GENERATE_COUNT=10000 for the long run (README "Fuzzing").
/// </summary>
public sealed class GenerateProperties(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions s_unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int Count(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("DISPATCH_GENERATE_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out int count) ? count : fallback;

    [Fact]
    public void Check_reports_exactly_the_manifest_codes_of_malformed_dispatches() =>
        CheckAll(new GenerationOptions { Count = Count(500), Seed = 20261201, Language = "mix" });

    [Fact]
    public void Check_reports_nothing_on_valid_dispatches() =>
        CheckAll(new GenerationOptions { Count = Count(200), Seed = 17, Language = "mix", Valid = true });

    private void CheckAll(GenerationOptions options)
    {
        var mismatches = new List<string>();
        var perOperator = new Dictionary<string, (int Checked, int Mismatched)>(StringComparer.Ordinal);
        int total = 0;
        foreach (GeneratedDispatch dispatch in DispatchGenerator.Generate(options))
        {
            total++;
            string[] reported = CheckCodes(dispatch.Text);
            bool agrees = reported.SequenceEqual(dispatch.ExpectedCodes);
            foreach (string name in dispatch.Operators.DefaultIfEmpty("(valid)"))
            {
                (int seen, int bad) = perOperator.GetValueOrDefault(name);
                perOperator[name] = (seen + 1, bad + (agrees ? 0 : 1));
            }
            if (!agrees && mismatches.Count(m => m.Contains($"[{string.Join(", ", dispatch.Operators)}]", StringComparison.Ordinal)) < 2)
                mismatches.Add($"{dispatch.Name} seed {dispatch.Seed} [{string.Join(", ", dispatch.Operators)}]: expected [{string.Join(", ", dispatch.ExpectedCodes)}], check reports [{string.Join(", ", reported)}]\n  {JsonSerializer.Serialize(dispatch.Text, s_unescaped)}");
        }
        foreach ((string name, (int seen, int bad)) in perOperator.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"{name,-22} {seen,6} checked, {bad,5} mismatched");
        output.WriteLine($"{total} dispatches");
        Assert.Equal(options.Count, total);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>The distinct codes <c>dispatch check --format json -</c> reports, sorted.</summary>
    private static string[] CheckCodes(string text)
    {
        ProcessResult result = InProcess.Run(["check", "--format", "json", "-"], text);
        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Stderr}");
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        return [.. document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("code").GetString()!).Distinct().Order(StringComparer.Ordinal)];
    }
}
