using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DispatchParser.Cli.Tests.Cluster;

/// <summary>
/// Issue 15, item 6: <c>dispatch jsonl</c> on a real Dask cluster (tests/DispatchParser.Cluster/run_dask.py:
/// a scheduler and two worker processes on 127.0.0.1, one task per partition piping it through
/// <c>dispatch jsonl</c>). Every input id comes out exactly once and in order — also when a worker is
/// killed in the middle of the run and Dask reruns its tasks. Needs Debian's python3-distributed
/// (<c>.ci/run</c> installs it); without it the tests skip and say so.
/// </summary>
[Trait("Category", "Cluster")]
public sealed partial class DaskClusterTests
{
    private const string DebianPython = "/usr/bin/python3";
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(6);

    private static string Script => Path.Combine(TestPaths.RepositoryRoot, "tests", "DispatchParser.Cluster", "run_dask.py");

    /// <summary>
    /// A crawl of <paramref name="count"/> records with ids 0…count-1: mostly dispatches, and some of the
    /// bad records a crawl has (not JSON, no text), which must come out as error records, not vanish.
    /// </summary>
    private static string Crawl(int count)
    {
        var builder = new StringBuilder();
        for (int id = 0; id < count; id++)
        {
            string line = (id % 50) switch
            {
                17 => $"{{\"id\": {id}, \"text\": \"cut off by the crawler",
                33 => new JsonObject { ["id"] = id, ["url"] = $"https://example.org/{id}" }.ToJsonString(),
                _ => new JsonObject
                {
                    ["id"] = id,
                    ["text"] = $"Başlık {id}\n\nANKARA (AA) - Haberin {id}. paragrafı.\nİkinci paragraf.\nYASAL UYARI: Tüm hakları saklıdır.\n",
                }.ToJsonString(),
            };
            builder.Append(line).Append('\n');
        }
        return builder.ToString();
    }

    [GeneratedRegex("\"id\": ?(\\d+)")]
    private static partial Regex IdInRawLine();

    /// <summary>The id of an output record: its copied input field, or for a line that was not JSON the id inside its raw text.</summary>
    private static int IdOf(JsonNode record) =>
        record["id"] is { } id ? (int)id
        : int.Parse(IdInRawLine().Match((string)record["dispatch"]!["raw"]!).Groups[1].Value, CultureInfo.InvariantCulture);

    private static (ProcessResult Result, string Output) Run(int records, int partitions, params string[] extra)
    {
        Skip.IfNot(File.Exists(DebianPython), $"{DebianPython} not found: the Dask cluster test needs Debian's python3-distributed");
        using var folder = new TempFolder();
        string input = folder.Write("crawl.jsonl", Crawl(records));
        string output = Path.Combine(folder.Path, "out.jsonl");
        string[] args =
        [
            Script, "--dispatch", $"{DispatchProcess.DotnetHost} {DispatchProcess.DispatchDll}", "--input", input, "--output", output,
            "--partitions", partitions.ToString(CultureInfo.InvariantCulture), "--work-dir", Path.Combine(folder.Path, "dask"), .. extra,
        ];
        ProcessResult result = DispatchProcess.RunProgram(DebianPython, args, stdin: null, folder.Path, timeout: s_timeout);
        Skip.If(result.ExitCode == 77, "Dask distributed is not installed (apt-get install python3-distributed): " + result.Stderr.Trim());
        Assert.True(result.ExitCode == 0, result.ToString());
        return (result, File.ReadAllText(output));
    }

    private static void AssertEveryIdOnceInOrder(string output, int records)
    {
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonNode[] parsed = [.. lines.Select(line => JsonNode.Parse(line)!)];
        Assert.Equal(Enumerable.Range(0, records), parsed.Select(IdOf));
        foreach (JsonNode record in parsed)
        {
            int id = IdOf(record);
            JsonNode dispatch = record["dispatch"]!;
            if (id % 50 is 17 or 33) Assert.NotNull(dispatch["error"]); // a data error stays in its record
            else Assert.Equal($"Başlık {id}", (string?)dispatch["headline"]);
        }
    }

    [SkippableFact]
    public void Every_input_id_comes_out_exactly_once_and_in_order()
    {
        (ProcessResult result, string output) = Run(records: 400, partitions: 8);
        AssertEveryIdOnceInOrder(output, 400);
        JsonNode summary = JsonNode.Parse(result.StdoutLines[^1])!;
        Assert.Equal(8, (int)summary["partitions"]!);
        Assert.Equal(2, (int)summary["workers_at_end"]!);
    }

    [SkippableFact]
    public void Killing_one_worker_in_the_middle_of_the_run_loses_nothing()
    {
        (ProcessResult result, string output) = Run(records: 600, partitions: 24, "--kill-worker", "--task-delay", "0.3");
        AssertEveryIdOnceInOrder(output, 600);
        JsonNode summary = JsonNode.Parse(result.StdoutLines[^1])!;
        JsonNode killed = summary["killed"]!;
        Assert.True((int)killed["processing"]! >= 1, "the worker was killed while it had tasks");
        Assert.Equal(1, (int)summary["workers_at_end"]!);
        Assert.Contains($"killed {(string)killed["name"]!}", result.Stderr, StringComparison.Ordinal);
    }
}
