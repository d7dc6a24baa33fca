using DispatchParser.Syntax;

namespace DispatchParser.Tests.Syntax;

/// <summary>One snapshot read from many threads at once (as the language server does) gives every thread the same red nodes.</summary>
public sealed class RedTreeThreadingTests
{
    [Fact]
    public void Many_threads_walking_one_fresh_tree_see_the_same_red_node_instances()
    {
        var text = new System.Text.StringBuilder("Başlık\n\nANKARA (AA) - Giriş.\n");
        for (int i = 0; i < 300; i++) text.Append("Paragraf ").Append(i).Append(".\n");
        text.Append("Son. (AA)\nYASAL UYARI: x\n");
        for (int i = 0; i < 100; i++) text.Append("Kısa haber ").Append(i).Append(".\n");

        const int Threads = 8;
        for (int round = 0; round < 100; round++)
        {
            // A fresh tree each round: no red node exists yet, so the threads race to make every one of them,
            // starting together from a spin (a barrier wakes them one by one, too far apart to race); the spin yields,
            // so that more threads than cores all get started.
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text.ToString());
            var walks = new SyntaxNode[Threads][];
            int ready = 0, go = 0;
            Thread[] threads = [.. Enumerable.Range(0, Threads).Select(index => new Thread(() =>
            {
                Interlocked.Increment(ref ready);
                var spinner = new SpinWait();
                while (Volatile.Read(ref go) == 0) spinner.SpinOnce(sleep1Threshold: -1);
                // Half walk from the root down, half index the lists first, so both paths race.
                DocumentSyntax root = tree.Root;
                if (index % 2 == 1)
                {
                    for (int i = root.Paragraphs.Count - 1; i >= 0; i -= 7) _ = root.Paragraphs[i];
                    for (int i = root.Briefs.Count - 1; i >= 0; i -= 5) _ = root.Briefs[i];
                }
                walks[index] = [.. root.DescendantNodesAndSelf()];
            }))];
            foreach (Thread thread in threads) thread.Start();
            while (Volatile.Read(ref ready) < Threads) Thread.Yield();
            Volatile.Write(ref go, 1);
            foreach (Thread thread in threads) thread.Join();

            Assert.True(walks[0].Length > 400, $"only {walks[0].Length} nodes walked");
            Assert.Same(tree.Root, walks[0][0]);
            for (int t = 1; t < Threads; t++)
            {
                Assert.Equal(walks[0].Length, walks[t].Length);
                for (int i = 0; i < walks[0].Length; i++)
                    Assert.True(ReferenceEquals(walks[0][i], walks[t][i]), $"round {round}, thread {t}: node {i} ({walks[t][i].Kind}) is another instance");
            }
            // And a later reader sees what they saw.
            Assert.Same(walks[1][^1], tree.Root.DescendantNodesAndSelf().Last());
        }
    }
}
