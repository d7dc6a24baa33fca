using System.Text.Json;
using DispatchParser.Dialects;
using DispatchParser.Generation;

namespace DispatchParser.Cli.Tests.Generation;

/// <summary><c>dispatch generate</c> as a user runs it (in process), and the pieces it is built on.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void SplitMix64_gives_the_published_sequence()
    {
        // SplitMix64 for seed 1234567, as an independent implementation of the published algorithm computes it
        // (the well-known test vector): pins the generator to its definition on every machine.
        var random = new SplitMix64(1234567);
        Assert.Equal(6457827717110365317UL, random.NextUInt64());
        Assert.Equal(3203168211198807973UL, random.NextUInt64());
        Assert.Equal(9817491932198370423UL, random.NextUInt64());
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        string[] args = ["generate", "--count", "20", "--seed", "42", "--jsonl"];
        ProcessResult first = InProcess.Run(args), second = InProcess.Run(args);
        ProcessResult other = InProcess.Run(["generate", "--count", "20", "--seed", "43", "--jsonl"]);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.StdoutBytes, second.StdoutBytes);
        Assert.NotEqual(first.StdoutBytes, other.StdoutBytes);
        Assert.Equal(20, first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_document_depends_only_on_the_run_seed_and_its_index()
    {
        GeneratedDispatch[] ten = [.. DispatchGenerator.Generate(new GenerationOptions { Count = 10, Seed = 9 })];
        GeneratedDispatch[] three = [.. DispatchGenerator.Generate(new GenerationOptions { Count = 3, Seed = 9 })];
        Assert.Equal(three.Select(d => d.Text), ten.Take(3).Select(d => d.Text));
    }

    [Fact]
    public void Out_writes_one_file_per_dispatch_and_a_manifest_naming_each()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dispatch-generate-" + Guid.NewGuid().ToString("N"));
        try
        {
            ProcessResult result = InProcess.Run("generate", "--count", "5", "--seed", "3", "--lang", "ar", "--operators", "drop-tag,bidi-control", "--out", folder);
            Assert.Equal(0, result.ExitCode);
            string[] manifest = File.ReadAllLines(Path.Combine(folder, "manifest.jsonl"));
            Assert.Equal(5, manifest.Length);
            foreach (string line in manifest)
            {
                using JsonDocument record = JsonDocument.Parse(line);
                JsonElement root = record.RootElement;
                Assert.True(File.Exists(Path.Combine(folder, root.GetProperty("file").GetString()!)));
                Assert.Equal("ar", root.GetProperty("language").GetString());
                string[] operators = [.. root.GetProperty("operators").EnumerateArray().Select(o => o.GetString()!)];
                Assert.NotEmpty(operators);
                Assert.All(operators, o => Assert.True(o is "drop-tag" or "bidi-control", o));
                Assert.NotEmpty(root.GetProperty("expectedCodes").EnumerateArray());
                Assert.False(root.GetProperty("valid").GetBoolean());
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void List_operators_names_every_operator_with_its_codes()
    {
        ProcessResult result = InProcess.Run("generate", "--list-operators");
        Assert.Equal(0, result.ExitCode);
        foreach (GenerationOperator op in Operators.All)
        {
            string line = result.Stdout.Split('\n').Single(l => l.TrimStart().StartsWith(op.Name + " ", StringComparison.Ordinal));
            foreach (Diagnostics.DiagnosticDescriptor code in op.Produces) Assert.Contains(code.Code, line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("generate", "--operators", "drop-everything")]
    [InlineData("generate", "--valid", "--malformed")]
    [InlineData("generate", "--valid", "--operators", "drop-tag")]
    [InlineData("generate", "--lang", "fr")]
    public void Bad_usage_is_one_line_and_exit_code_2(params string[] args)
    {
        ProcessResult result = InProcess.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dispatch: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Afl_dictionary_holds_the_grammars_literals_in_afl_syntax()
    {
        ProcessResult result = InProcess.Run("generate", "--afl-dictionary");
        Assert.Equal(0, result.ExitCode);
        string[] entries = [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))];
        Assert.All(entries, e => Assert.Matches("^[a-zA-Z0-9_]+=\"([\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\x[0-9A-F]{2})*\"$", e));
        Assert.Contains(entries, e => e.EndsWith("=\"YASAL UYARI\"", StringComparison.Ordinal));    // a literal of DispatchLexer.g4
        Assert.Contains(entries, e => e.EndsWith("=\"MORE\"", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith("=\" (AA)\"", StringComparison.Ordinal));          // a registry tag
        Assert.Contains("YASAL UYARI", AflDictionary.GrammarLiterals());
    }

    [Fact]
    public void Unknown_agency_acronyms_stay_unknown_to_the_registry()
    {
        foreach (string acronym in Operators.UnknownAcronyms)
            Assert.Null(AgencyRegistry.Default.FindByAlias(acronym));
    }

    [Fact]
    public void Wrap_lines_folds_the_first_paragraph_into_lines_the_parser_joins_back_into_one_paragraph()
    {
        GeneratedDispatch[] wrapped = [.. DispatchGenerator.Generate(new GenerationOptions { Count = 40, Seed = 11, Operators = [Operators.Find("wrap-lines")!] })];
        foreach (GeneratedDispatch dispatch in wrapped)
        {
            var tree = Syntax.DispatchSyntaxTree.ParseText(dispatch.Text);
            Syntax.ParagraphSyntax first = tree.Root.Body.Paragraphs[0];
            string physical = tree.Text.ToString(first.TextToken.Span);
            Assert.Contains('\n', physical);
            // The paragraph holds every physical line of the fold; its text joins them with single spaces.
            string joined = string.Join(' ', physical.Split('\n').Select(line => line.Trim()));
            Assert.Equal(joined, first.Text);
            Assert.Equal(dispatch.Text, tree.Root.ToFullString());
        }
        Assert.Contains(wrapped, d => d.Text.Split('\n').Count(line => line.StartsWith("        ", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public void From_mutates_real_files_with_encoding_operators_and_keeps_their_own_codes()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dispatch-generate-from-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "Başlık burada\n\nANKARA (AA) - Metin burada yazıldı.\nYASAL UYARI: Tüm hakları saklıdır.");
            ProcessResult result = InProcess.Run("generate", "--from", folder, "--operators", "bidi-control", "--jsonl");
            Assert.Equal(0, result.ExitCode);
            using JsonDocument record = JsonDocument.Parse(result.Stdout.Trim());
            Assert.Equal(["DSP0202"], record.RootElement.GetProperty("expectedCodes").EnumerateArray().Select(c => c.GetString()));
            Assert.Contains(record.RootElement.GetProperty("text").GetString()!, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
