using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>A token of the red tree: a green token with its parent and absolute position.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken? green, int position)
    {
        Parent = parent;
        Green = green;
        Position = position;
    }

    public SyntaxNode? Parent { get; }
    internal GreenToken? Green { get; }

    /// <summary>The full start: where the leading trivia begins.</summary>
    public int Position { get; }

    public bool IsNone => Green is null;
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;
    public bool IsMissing => Green?.IsMissing ?? false;
    public string Text => Green?.TextString ?? string.Empty;
    public ReadOnlySpan<char> TextSpanChars => Green is null ? default : Green.Text;

    public TextSpan FullSpan => new(Position, Green?.FullWidth ?? 0);
    public TextSpan Span => new(Position + (Green?.LeadingTriviaWidth ?? 0), Green?.TextWidth ?? 0);

    public SyntaxTriviaList LeadingTrivia => new(this, Green?.LeadingTrivia, Position);
    public SyntaxTriviaList TrailingTrivia => new(this, Green?.TrailingTrivia, Span.End);

    public bool HasLeadingTrivia => Green?.LeadingTrivia is not null;
    public bool HasTrailingTrivia => Green?.TrailingTrivia is not null;
    public bool ContainsDiagnostics => Green?.ContainsDiagnostics ?? false;

    public DispatchSyntaxTree? SyntaxTree => Parent?.SyntaxTree;

    /// <summary>A detached copy of this token with other text and the same trivia (for rewriters).</summary>
    public SyntaxToken WithText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SyntaxToken(null, GreenToken.FromText(Kind, text, Green?.LeadingTrivia, Green?.TrailingTrivia), 0);
    }

    /// <summary>The token's text without trivia.</summary>
    public override string ToString() => Text;

    /// <summary>The token's text with its trivia.</summary>
    public string ToFullString() => Green?.ToFullString() ?? string.Empty;

    public bool Equals(SyntaxToken other) => Green == other.Green && Position == other.Position && Parent == other.Parent;
    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Green, Position);
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
