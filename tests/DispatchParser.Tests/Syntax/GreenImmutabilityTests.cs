using System.Reflection;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Tests.Syntax;

/// <summary>Green nodes never change after they are built: diagnostics are part of construction.</summary>
public sealed class GreenImmutabilityTests
{
    private static readonly GreenTrivia[] s_shared =
    [
        GreenTrivia.LineFeed, GreenTrivia.CarriageReturnLineFeed, GreenTrivia.CarriageReturn, GreenTrivia.Space, GreenTrivia.ByteOrderMark,
    ];

    /// <summary>Texts that make the parser report every diagnostic it has, several of them on trivia and whitespace.</summary>
    private static readonly string[] s_diagnosticTexts =
    [
        "\n\n Başlık \n \n\nBir. \n\n  İki.\n(AA)\nOrta (AA)\nSon. (AA)\nYASAL UYARI: x\nyasal\n\nBrief \n\n",
        "\uFEFFBaşlık\n\uFEFFBir. (AA)\r\nYASAL UYARI: x\r\n\r\n",
        "(AA)\n(AA)\n(AA)\n",
        "Başlık\nBir.\r\nİki.\r// انتهى //\nek satır\nتنبيه: x\nتنبيه: y\n// انتهى //\n",
        "",
        "   \n\n",
    ];

    [Fact]
    public void A_shared_trivia_never_carries_a_diagnostic()
    {
        var diagnostic = new DiagnosticInfo(DiagnosticCodes.TrailingWhitespace, 0, 1);
        foreach (GreenTrivia shared in s_shared)
        {
            GreenTrivia withDiagnostic = shared.WithDiagnostics<GreenTrivia>(diagnostic);
            Assert.NotSame(shared, withDiagnostic);
            Assert.Single(withDiagnostic.GetOwnDiagnostics());
            Assert.Equal(shared.ToFullString(), withDiagnostic.ToFullString());
        }

        foreach (string text in s_diagnosticTexts)
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            Assert.NotEmpty(tree.GetDiagnostics());
            foreach (GreenNode node in GreenNodes(tree.GreenRoot))
                if (node is GreenTrivia trivia && s_shared.Contains(trivia))
                    Assert.Empty(trivia.GetOwnDiagnostics());
        }

        foreach (GreenTrivia shared in s_shared)
        {
            Assert.Empty(shared.GetOwnDiagnostics());
            Assert.False(shared.ContainsDiagnostics);
        }
    }

    [Fact]
    public void WithDiagnostics_returns_a_new_node_and_leaves_the_original_as_it_was()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("Başlık\n\nBir.\nİki.\nÜç. (AA)\nYASAL UYARI: x\nKısa.\n");
        Assert.Empty(tree.GetDiagnostics());
        var diagnostic = new DiagnosticInfo(DiagnosticCodes.BlankLineInside, 0, 0, "body");
        foreach (GreenNode node in GreenNodes(tree.GreenRoot))
        {
            GreenNode copy = node.WithDiagnostics<GreenNode>(diagnostic);
            Assert.NotSame(node, copy);
            Assert.Equal(node.GetType(), copy.GetType());
            Assert.Equal(node.Kind, copy.Kind);
            Assert.Equal(node.ToFullString(), copy.ToFullString());
            Assert.Equal([diagnostic], copy.GetOwnDiagnostics());
            Assert.Empty(node.GetOwnDiagnostics());
            Assert.False(node.ContainsDiagnostics);
        }
        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void Copies_keep_the_diagnostics_and_the_missing_flag_of_their_original()
    {
        var diagnostic = new DiagnosticInfo(DiagnosticCodes.MissingNotice, 0, 0);
        GreenSyntaxNode notice = GreenFactory.MissingNotice(diagnostic);
        GreenSyntaxNode replaced = notice.WithSlot(NoticeSlots.Text, null);
        Assert.True(replaced.IsMissing);
        Assert.Equal([diagnostic], replaced.GetOwnDiagnostics());

        GreenToken token = GreenToken.Missing(SyntaxKind.TextToken).WithDiagnostics<GreenToken>(diagnostic);
        GreenToken retrivia = token.WithTrivia(GreenTrivia.Space, null);
        Assert.True(retrivia.IsMissing);
        Assert.Equal([diagnostic], retrivia.GetOwnDiagnostics());
        Assert.True(new GreenSyntaxNode(SyntaxKind.Headline, retrivia).ContainsDiagnostics);
    }

    /// <summary>
    /// The "grep finds no mutation" check, made a test: every instance field of every green node class is
    /// readonly. The one allowed exception is the lazily made token of a parsed line, a cache whose value is
    /// fixed by the node's own readonly parts (published with a compare-and-swap).
    /// </summary>
    [Fact]
    public void Every_field_of_every_green_node_class_is_readonly()
    {
        var allowed = new HashSet<(Type, string)> { (typeof(GreenLineNode), "_token") };
        Type[] types = [.. typeof(GreenNode).Assembly.GetTypes().Where(type => typeof(GreenNode).IsAssignableFrom(type))];
        Assert.True(types.Length >= 6, $"only {types.Length} green node classes found");
        foreach (Type type in types)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (allowed.Contains((type, field.Name))) continue;
                Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is not readonly");
            }
        }
    }

    internal static IEnumerable<GreenNode> GreenNodes(GreenNode root)
    {
        var stack = new Stack<GreenNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            GreenNode node = stack.Pop();
            yield return node;
            if (node is GreenToken token)
            {
                if (token.LeadingTrivia is { } leading) stack.Push(leading);
                if (token.TrailingTrivia is { } trailing) stack.Push(trailing);
            }
            for (int i = 0; i < node.SlotCount; i++)
                if (node.GetSlot(i) is { } child) stack.Push(child);
        }
    }
}
