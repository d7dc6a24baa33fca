using System.Text;

namespace DispatchParser.Fuzz.Tests;

/// <summary>Every saved crash of every target, and every target's seeds, run clean through the harness.</summary>
public sealed class FuzzRegressionTests
{
    private static string RegressionsDirectory => Path.Combine(TestPaths.RepositoryRoot, "fuzz", "regressions");

    /// <summary>
    /// Crashes found and not fixed yet, each with why: they stay in fuzz/regressions/ and must still fail, so that the
    /// list never hides a fixed one (move a fixed input off this list) nor a new failure (it is not on it).
    /// </summary>
    private static readonly Dictionary<string, string> s_knownOpen = new(StringComparer.Ordinal)
    {
    };

    /// <summary>
    /// Every file under fuzz/regressions/&lt;target&gt;/ (run.sh writes them there, minimised) runs clean through its
    /// target, except the known open ones, which must still fail with their invariant.
    /// </summary>
    [Fact]
    public void Regression_inputs_run_clean()
    {
        var failures = new List<string>();
        var stillOpen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string target in FuzzReplay.TargetNames)
        {
            string folder = Path.Combine(RegressionsDirectory, target);
            if (!Directory.Exists(folder)) continue;
            foreach (string file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                byte[] data = File.ReadAllBytes(file);
                string name = $"{target}/{Path.GetFileName(file)}";
                string? failure = FuzzReplay.Failure(target, data);
                if (s_knownOpen.TryGetValue(name, out string? invariant))
                {
                    if (failure is not null && failure.Contains(invariant, StringComparison.Ordinal)) stillOpen.Add(name);
                    else failures.Add($"{name}: on the known-open list for '{invariant}' but {(failure is null ? "runs clean now: take it off the list" : "fails otherwise: " + failure)}");
                }
                else if (failure is not null)
                {
                    failures.Add($"{name}: {failure}\n{FuzzReplay.Describe(target, data)}");
                }
            }
        }
        Assert.Empty(failures);
        Assert.Equal(s_knownOpen.Keys.Order(StringComparer.Ordinal), stillOpen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_regression_folder_names_a_target()
    {
        if (!Directory.Exists(RegressionsDirectory)) return;
        foreach (string folder in Directory.EnumerateDirectories(RegressionsDirectory))
            Assert.Contains(Path.GetFileName(folder), FuzzReplay.TargetNames);
        foreach (string file in Directory.EnumerateFiles(RegressionsDirectory, "*", SearchOption.AllDirectories).Where(f => Path.GetDirectoryName(f) != RegressionsDirectory))
            Assert.StartsWith(Path.GetFileName(Path.GetDirectoryName(file))! + "-", Path.GetFileName(file), StringComparison.Ordinal);
    }

    public static TheoryData<string> Targets() => [.. FuzzReplay.TargetNames];

    /// <summary>The seeds run.sh starts each target from (tests/conformance) pass every invariant of that target.</summary>
    [Theory]
    [MemberData(nameof(Targets))]
    public void Conformance_seeds_run_clean(string target)
    {
        var failures = new List<string>();
        int index = 0;
        foreach (string file in Directory.EnumerateFiles(TestPaths.ConformanceDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            foreach (byte[] seed in FuzzReplay.Seeds(target, text, index++))
            {
                if (FuzzReplay.Failure(target, seed) is { } failure) failures.Add($"{Path.GetFileName(file)}: {failure}");
            }
        }
        Assert.True(index > 50, $"only {index} conformance files");
        Assert.Empty(failures);
    }
}
