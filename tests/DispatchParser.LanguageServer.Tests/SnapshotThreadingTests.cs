using DispatchParser.LanguageServer.Documents;
using DispatchParser.Syntax;
using CoreDiagnostic = DispatchParser.Diagnostics.Diagnostic;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// A snapshot is read from several threads (features, the diagnostics publisher): its lazily computed diagnostics are
/// one list for every reader, as the red tree's nodes are one instance (issue 11, item 2). With <c>??=</c> each racing
/// reader kept the list it computed itself.
/// </summary>
public sealed class SnapshotThreadingTests
{
    [Fact]
    public void Many_threads_reading_a_fresh_snapshots_diagnostics_get_one_list()
    {
        // Diagnostics to compute (a missing notice, trailing whitespace, a duplicate paragraph), so that readers overlap.
        var text = new System.Text.StringBuilder("Başlık \n\n");
        for (int i = 0; i < 200; i++) text.Append("Aynı paragraf. \n");
        text.Append("Son. (AA)\n");

        const int Threads = 8;
        for (int round = 0; round < 50; round++)
        {
            var snapshot = new DocumentSnapshot("file:///t.dispatch", round, DispatchSyntaxTree.ParseText(text.ToString()));
            var seen = new IReadOnlyList<CoreDiagnostic>[Threads];
            int ready = 0, go = 0;
            Thread[] threads = [.. Enumerable.Range(0, Threads).Select(index => new Thread(() =>
            {
                Interlocked.Increment(ref ready);
                var spinner = new SpinWait();
                while (Volatile.Read(ref go) == 0) spinner.SpinOnce(sleep1Threshold: -1);
                seen[index] = snapshot.Diagnostics;
            }))];
            foreach (Thread thread in threads) thread.Start();
            while (Volatile.Read(ref ready) < Threads) Thread.Yield();
            Volatile.Write(ref go, 1);
            foreach (Thread thread in threads) thread.Join();

            Assert.NotEmpty(seen[0]);
            for (int t = 1; t < Threads; t++) Assert.True(ReferenceEquals(seen[0], seen[t]), $"round {round}: thread {t} got another list");
            Assert.Same(seen[0], snapshot.Diagnostics);
        }
    }
}
