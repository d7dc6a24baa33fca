using System.Text;
using DispatchParser.Grammar;
using DispatchParser.Tests.Properties.Generators;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Grammar.CrossTarget;

/// <summary>
/// The grammar means the same thing in every target: the parsers generated from grammar/*.g4 for
/// C#, Java and JavaScript give identical token streams, parse trees and syntax errors (the
/// canonical dump) on every conformance file and on a sample of generated dispatches. Skips, saying
/// what is missing, when Java, javac, Node or npm is not on PATH.
/// </summary>
public sealed class CrossTargetAgreementTests(ITestOutputHelper output)
{
    // A fixed seed: the same generated sample on every run, so a disagreement replays.
    private const ulong SampleSeed = 20261201;
    private const int SampleCount = 150;

    [SkippableFact]
    public void Csharp_java_and_javascript_parsers_agree_on_every_conformance_file_and_a_generated_sample()
    {
        string? missing = TargetToolchain.Missing("java", "javac", "node", "npm");
        Skip.If(missing is not null, $"Cross-target test skipped: {missing}.");

        string work = Directory.CreateTempSubdirectory("dispatch-targets-").FullName;
        try
        {
            List<string> conformance = [.. ConformanceFiles()];
            List<string> generated = [.. WriteGeneratedSample(work)];
            List<string> files = [.. conformance, .. generated];
            string classPath = TargetToolchain.BuildJava(work);
            string javaScriptDriver = TargetToolchain.BuildJavaScript();

            Dictionary<string, string> csharp = files.ToDictionary(file => file, file => CanonicalGrammarDump.Of(DispatchGrammar.Parse(ReadKeepingBom(file), GrammarLexer.Antlr, fold: false)));
            Dictionary<string, string> java = SplitDumps(TargetToolchain.RunJavaDriver(classPath, files));
            Dictionary<string, string> javaScript = SplitDumps(TargetToolchain.RunJavaScriptDriver(javaScriptDriver, files));

            var disagreements = new List<string>();
            int wellFormed = 0;
            foreach (string file in files)
            {
                if (!csharp[file].Contains("\nE ", StringComparison.Ordinal) && !csharp[file].StartsWith("E ", StringComparison.Ordinal))
                {
                    wellFormed++;
                }

                Compare("Java", file, csharp[file], java.GetValueOrDefault(file), disagreements);
                Compare("JavaScript", file, csharp[file], javaScript.GetValueOrDefault(file), disagreements);
            }

            output.WriteLine($"{files.Count} inputs ({conformance.Count} conformance files, {generated.Count} generated), {wellFormed} well-formed; " +
                $"C#, Java and JavaScript dumps compared: {disagreements.Count} disagreements.");
            Assert.True(disagreements.Count == 0, string.Join('\n', disagreements.Take(10)));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static readonly string[] s_conformanceFolders = ["valid", "invalid"];

    private static IEnumerable<string> ConformanceFiles() =>
        s_conformanceFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(TestPaths.ConformanceDirectory, folder), "*.txt"))
            .Order(StringComparer.Ordinal);

    // Well-formed and mutated dispatches from the property generators, written as UTF-8 (the drivers
    // read files; texts that UTF-8 cannot hold, such as lone surrogates, are left out).
    private static IEnumerable<string> WriteGeneratedSample(string work)
    {
        var seed = new FsCheck.Rnd(SampleSeed);
        IEnumerable<string> wellFormed = WellFormedGenerators.Small(12).Generator.Select(dispatch => dispatch.Text).Sample(SampleCount / 2, seed, 30); // (count, seed, size)
        IEnumerable<string> mutated = MalformedGenerators.SmallMutated().Generator.Select(generated => generated.Text).Sample(SampleCount, seed, 30);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        IEnumerable<string> sample = wellFormed.Concat(mutated.Where(text => IsEncodable(strict, text))).Take(SampleCount);
        string directory = Directory.CreateDirectory(Path.Combine(work, "generated")).FullName;
        int index = 0;
        foreach (string text in sample)
        {
            string path = Path.Combine(directory, $"{index++:D4}.txt");
            File.WriteAllBytes(path, strict.GetBytes(text));
            yield return path;
        }
    }

    private static bool IsEncodable(Encoding strict, string text)
    {
        try
        {
            strict.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static string ReadKeepingBom(string path) => new UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    private static Dictionary<string, string> SplitDumps(string output)
    {
        var dumps = new Dictionary<string, string>();
        string? current = null;
        var builder = new StringBuilder();
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    dumps[current] = builder.ToString();
                }

                current = line[3..];
                builder.Clear();
            }
            else if (current is not null && line.Length > 0)
            {
                builder.Append(line).Append('\n');
            }
        }

        if (current is not null)
        {
            dumps[current] = builder.ToString();
        }

        return dumps;
    }

    private static void Compare(string target, string file, string expected, string? actual, List<string> disagreements)
    {
        if (actual is null)
        {
            disagreements.Add($"{target}: no dump for {file}");
            return;
        }

        if (actual == expected)
        {
            return;
        }

        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        int line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        disagreements.Add($"{target} differs from C# on {file} at dump line {line + 1}: C# '{expectedLines.ElementAtOrDefault(line)}', {target} '{actualLines.ElementAtOrDefault(line)}'");
    }
}
