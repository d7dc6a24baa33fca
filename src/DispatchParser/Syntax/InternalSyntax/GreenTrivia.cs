using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>
/// A piece of trivia: its characters are a slice of the string it was read from. The common shapes (a line
/// break, one space, a byte-order mark) are process-wide shared instances; being immutable, they never carry
/// a diagnostic (attaching one makes a new trivia).
/// </summary>
internal sealed class GreenTrivia : GreenNode
{
    private readonly string _source;
    private readonly int _start;

    private GreenTrivia(SyntaxKind kind, string source, int start, int width, DiagnosticInfo[]? diagnostics = null)
        : base(kind, width, kind == SyntaxKind.SkippedTextTrivia ? GreenFlags.ContainsSkippedText : GreenFlags.None, diagnostics)
    {
        _source = source;
        _start = start;
    }

    public static readonly GreenTrivia LineFeed = new(SyntaxKind.LineBreakTrivia, "\n", 0, 1);
    public static readonly GreenTrivia CarriageReturnLineFeed = new(SyntaxKind.LineBreakTrivia, "\r\n", 0, 2);
    public static readonly GreenTrivia CarriageReturn = new(SyntaxKind.LineBreakTrivia, "\r", 0, 1);
    public static readonly GreenTrivia Space = new(SyntaxKind.WhitespaceTrivia, " ", 0, 1);
    public static readonly GreenTrivia ByteOrderMark = new(SyntaxKind.ByteOrderMarkTrivia, "\uFEFF", 0, 1);

    /// <summary>Trivia over <c>source[start..start+width)</c>, using a shared instance for common shapes.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string source, int start, int width)
    {
        if (kind == SyntaxKind.LineBreakTrivia)
        {
            if (width == 2) return CarriageReturnLineFeed;
            return source[start] == '\n' ? LineFeed : CarriageReturn;
        }
        if (kind == SyntaxKind.WhitespaceTrivia && width == 1 && source[start] == ' ') return Space;
        if (kind == SyntaxKind.ByteOrderMarkTrivia && width == 1) return ByteOrderMark;
        return new GreenTrivia(kind, source, start, width);
    }

    /// <summary>Skipped text over <c>source[start..start+width)</c> with the diagnostics saying why it was skipped.</summary>
    public static GreenTrivia Skipped(string source, int start, int width, DiagnosticInfo[] diagnostics) =>
        new(SyntaxKind.SkippedTextTrivia, source, start, width, diagnostics);

    public override GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics) => new GreenTrivia(Kind, _source, _start, FullWidth, diagnostics);

    public static GreenTrivia LineBreak(string text) => text switch
    {
        "\n" => LineFeed,
        "\r\n" => CarriageReturnLineFeed,
        "\r" => CarriageReturn,
        _ => throw new ArgumentException("Not a line break.", nameof(text)),
    };

    public override bool IsTrivia => true;
    public override int SlotCount => 0;
    public override GreenNode? GetSlot(int index) => null;
    public override int LeadingTriviaWidth => 0;
    public override int TrailingTriviaWidth => 0;

    public ReadOnlySpan<char> Text => _source.AsSpan(_start, FullWidth);

    public override void WriteTo(System.Text.StringBuilder builder) => builder.Append(_source, _start, FullWidth);
}

/// <summary>Two or more trivia in a row.</summary>
internal sealed class GreenTriviaList : GreenNode
{
    private readonly GreenTrivia[] _items;

    public GreenTriviaList(GreenTrivia[] items, DiagnosticInfo[]? diagnostics = null)
        : base(SyntaxKind.List, Sum(items), GatherFlags(items), diagnostics)
    {
        _items = items;
    }

    private static int Sum(GreenTrivia[] items)
    {
        int width = 0;
        foreach (GreenTrivia item in items) width += item.FullWidth;
        return width;
    }

    private static GreenFlags GatherFlags(GreenTrivia[] items)
    {
        GreenFlags flags = GreenFlags.None;
        foreach (GreenTrivia item in items) flags |= FlagsOf(item);
        return flags;
    }

    public override GreenNode SetDiagnostics(DiagnosticInfo[]? diagnostics) => new GreenTriviaList(_items, diagnostics);

    public override bool IsList => true;
    public override int SlotCount => _items.Length;
    public override GreenNode GetSlot(int index) => _items[index];
    public override int LeadingTriviaWidth => 0;
    public override int TrailingTriviaWidth => 0;

    public override void WriteTo(System.Text.StringBuilder builder)
    {
        foreach (GreenTrivia item in _items) item.WriteTo(builder);
    }

    /// <summary>A trivia run as stored on a token: null when empty, the trivia itself when single.</summary>
    public static GreenNode? From(List<GreenTrivia> items) => items.Count switch
    {
        0 => null,
        1 => items[0],
        _ => new GreenTriviaList([.. items]),
    };

    public static IEnumerable<GreenTrivia> Enumerate(GreenNode? trivia)
    {
        if (trivia is null) yield break;
        if (trivia is GreenTrivia single)
        {
            yield return single;
            yield break;
        }
        for (int i = 0; i < trivia.SlotCount; i++) yield return (GreenTrivia)trivia.GetSlot(i)!;
    }
}
