using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Runs a property with FsCheck and reports like a test should:
/// <list type="bullet">
/// <item>at least <see cref="DefaultRuns"/> cases, or <c>DISPATCH_PROPERTY_RUNS</c> when set (long runs);</item>
/// <item>on failure, an exception whose message holds the shrunk input (escaped, pasteable as a C# literal),
/// the original input, the error, the seed and the exact command that replays the failing case;</item>
/// <item><c>DISPATCH_PROPERTY_REPLAY="seed,gamma,size"</c> replays one case (the one printed on failure),
/// <c>"seed,gamma"</c> a whole run;</item>
/// <item>on success, one line per property to the test output: cases run and the time taken.</item>
/// </list>
/// </summary>
internal static class PropertyRunner
{
    public const int DefaultRuns = 1_000;

    public const string RunsVariable = "DISPATCH_PROPERTY_RUNS";
    public const string ReplayVariable = "DISPATCH_PROPERTY_REPLAY";

    /// <summary>The number of cases per property: <c>DISPATCH_PROPERTY_RUNS</c> when set, else <paramref name="defaultRuns"/>.</summary>
    public static int Runs(int defaultRuns = DefaultRuns) =>
        int.TryParse(Environment.GetEnvironmentVariable(RunsVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int runs) && runs > 0
            ? runs
            : defaultRuns;

    /// <summary>Checks that <paramref name="property"/> holds (returns normally, no assertion fails) for every generated value.</summary>
    public static void Check<T>(ITestOutputHelper output, Arbitrary<T> arbitrary, Action<T> property, int? runs = null,
        int endSize = 100, [CallerMemberName] string member = "", [CallerFilePath] string file = "")
    {
        string testClass = Path.GetFileNameWithoutExtension(file);
        string name = $"{testClass}.{member}";
        int maxTest = runs ?? Runs();
        var runner = new ReportingRunner(name);
        Config config = Config.Quick
            .WithMaxTest(maxTest)
            .WithEndSize(endSize)
            .WithQuietOnSuccess(true)
            .WithRunner(runner);
        FSharpOption<Replay>? replay = ParseReplay(Environment.GetEnvironmentVariable(ReplayVariable));
        if (replay is not null) config = config.WithReplay(replay);

        var stopwatch = Stopwatch.StartNew();
        FsCheck.Check.One(config, Prop.ForAll(arbitrary, property));
        stopwatch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {runner.Tests} cases passed in {stopwatch.Elapsed.TotalSeconds:0.00} s{(replay is null ? "" : " (replay)")}"));
    }

    internal static FSharpOption<Replay>? ParseReplay(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string[] parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3
            || !ulong.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong seed)
            || !ulong.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong gamma))
            throw new FormatException($"{ReplayVariable} must be \"seed,gamma\" or \"seed,gamma,size\", not \"{value}\".");
        FSharpOption<int> size = parts.Length == 3
            ? FSharpOption<int>.Some(int.Parse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture))
            : FSharpOption<int>.None;
        return FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), size));
    }

    /// <summary>Counts cases and turns a failure into an exception with everything needed to reproduce it.</summary>
    private sealed class ReportingRunner(string name) : IRunner
    {
        public int Tests { get; private set; }

        public void OnStartFixture(Type t) { }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) =>
            Tests = ntest;

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }

        public void OnFinished(string testName, TestResult testResult)
        {
            switch (testResult)
            {
                case TestResult.Passed passed:
                    Tests = passed.Item1.NumberOfTests;
                    return;
                case TestResult.Failed failed:
                    throw new PropertyFailedException(Describe(failed));
                case TestResult.Exhausted exhausted:
                    throw new PropertyFailedException($"{name}: arguments exhausted after {exhausted.Item.NumberOfTests} cases.");
            }
        }

        private string Describe(TestResult.Failed failed)
        {
            TestData data = failed.Item1;
            Rnd runSeed = failed.Item5, caseSeed = failed.Item6;
            int size = failed.Item7;
            string filter = $"FullyQualifiedName~{name}";
            var message = new StringBuilder();
            message.AppendLine(CultureInfo.InvariantCulture, $"Property {name} falsified after {data.NumberOfTests} cases ({data.NumberOfShrinks} shrinks).");
            message.AppendLine("Shrunk input:");
            foreach (object argument in failed.Item3) message.AppendLine(Show(argument, 4_000));
            message.AppendLine("Original input:");
            foreach (object argument in failed.Item2) message.AppendLine(Show(argument, 2_000));
            if (failed.Item4 is Outcome.Failed { Item: { } exception })
                message.AppendLine("Failure: " + exception.GetType().Name + ": " + exception.Message);
            message.AppendLine(CultureInfo.InvariantCulture, $"Run seed {runSeed.Seed},{runSeed.Gamma}; failing case seed {caseSeed.Seed},{caseSeed.Gamma} size {size}.");
            message.AppendLine("Replay the failing case (then shrinks again):");
            message.AppendLine(CultureInfo.InvariantCulture, $"  {ReplayVariable}=\"{caseSeed.Seed},{caseSeed.Gamma},{size}\" dotnet test tests/DispatchParser.Tests --filter \"{filter}\"");
            message.AppendLine("Replay the whole run:");
            message.Append(CultureInfo.InvariantCulture, $"  {ReplayVariable}=\"{runSeed.Seed},{runSeed.Gamma}\" dotnet test tests/DispatchParser.Tests --filter \"{filter}\"");
            return message.ToString();
        }

        private static string Show(object argument, int maxLength)
        {
            string text = argument switch
            {
                string s => Escaping.Literal(s),
                _ => argument.ToString() ?? "null",
            };
            return text.Length <= maxLength ? text : text[..maxLength] + " …";
        }
    }
}

/// <summary>A property found a counterexample; the message says which, and how to replay it.</summary>
public sealed class PropertyFailedException(string message) : Exception(message);
