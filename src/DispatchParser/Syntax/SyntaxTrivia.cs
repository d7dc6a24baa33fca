using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>Whitespace, a line break, a byte-order mark or skipped text, attached to a token.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia green, int position)
    {
        Token = token;
        Green = green;
        Position = position;
    }

    public SyntaxToken Token { get; }
    internal GreenTrivia Green { get; }
    public int Position { get; }

    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;
    public TextSpan Span => new(Position, Green?.FullWidth ?? 0);
    public TextSpan FullSpan => Span;
    public string Text => Green is null ? string.Empty : Green.Text.ToString();

    public override string ToString() => Text;
    public string ToFullString() => Text;

    public bool Equals(SyntaxTrivia other) => Green == other.Green && Position == other.Position && Token.Equals(other.Token);
    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Green, Position);
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenNode? _green;
    private readonly int _position;

    internal SyntaxTriviaList(SyntaxToken token, GreenNode? green, int position)
    {
        _token = token;
        _green = green;
        _position = position;
    }

    public int Count => _green switch { null => 0, GreenTrivia => 1, _ => _green.SlotCount };

    public TextSpan Span => new(_position, _green?.FullWidth ?? 0);

    public SyntaxTrivia this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (_green is GreenTrivia single) return new SyntaxTrivia(_token, single, _position);
            return new SyntaxTrivia(_token, (GreenTrivia)_green!.GetSlot(index)!, _position + _green.GetSlotOffset(index));
        }
    }

    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        int position = _position;
        foreach (GreenTrivia trivia in GreenTriviaList.Enumerate(_green))
        {
            yield return new SyntaxTrivia(_token, trivia, position);
            position += trivia.FullWidth;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _green?.ToFullString() ?? string.Empty;
}
