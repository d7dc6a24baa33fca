using Antlr4.Runtime;
using DispatchParser.Grammar.Generated;
using DispatchParser.Parsing;
using DispatchParser.Text;

namespace DispatchParser.Grammar;

/// <summary>
/// A token source for the generated parser that produces exactly the token stream of the lexer
/// grammar (grammar/DispatchLexer.g4) — type, start and stop index, line, column, channel, EOF —
/// from the hand-written line classifier instead of the ANTLR lexer.
/// </summary>
/// <remarks>
/// ANTLR's lexer caches DFA edges only for code points up to 127, so every Arabic letter and every
/// Turkish <c>ı ş ğ</c> takes its slow path on every read. The lexer grammar makes every non-blank
/// line one token, and the classifier decides a line's class from its content alone, as the lexer
/// does; so a line is one classifier call here. <see cref="DispatchLexer"/> stays the reference: a
/// property test requires the two token streams to be equal for every input.
/// </remarks>
public sealed class DispatchTokenSource : ITokenSource
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly string _text;
    private readonly Tuple<ITokenSource, ICharStream> _source;
    private readonly LineClassifier _classifier = LineClassifier.Default;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public DispatchTokenSource(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        InputStream = new AntlrInputStream(text);
        _source = Tuple.Create<ITokenSource, ICharStream>(this, InputStream);
    }

    /// <inheritdoc />
    public int Line => _line;

    /// <inheritdoc />
    public int Column => _position - _lineStart;

    /// <inheritdoc />
    public ICharStream InputStream { get; }

    /// <inheritdoc />
    public string SourceName => "<string>";

    /// <inheritdoc />
    public ITokenFactory TokenFactory { get; set; } = CommonTokenFactory.Default;

    /// <inheritdoc />
    public IToken NextToken()
    {
        int start = _position;
        if (start >= _text.Length)
        {
            return Create(TokenConstants.EOF, start, start - 1);
        }

        char first = _text[start];
        if (first is '\r' or '\n')
        {
            int width = LineBreak.LengthAt(_text, start);
            IToken lineBreak = Create(DispatchLexer.NL, start, start + width - 1);
            _position = start + width;
            if (_text[_position - 1] == '\n')
            {
                // ANTLR counts lines by LF only: a lone CR ends a line for the grammar, not for line numbers.
                _line++;
                _lineStart = _position;
            }

            return lineBreak;
        }

        if (first == ByteOrderMark)
        {
            _position = start + 1;
            return Create(DispatchLexer.BOM, start, start);
        }

        int index = _text.AsSpan(start).IndexOfAny('\r', '\n');
        int end = index < 0 ? _text.Length : start + index;
        int type = TokenType(_classifier.Classify(_text.AsSpan(start, end - start), fine: true), _text.AsSpan(start, end - start));
        IToken token = Create(type, start, end - 1);
        _position = end;
        return token;
    }

    private IToken Create(int type, int start, int stop) =>
        TokenFactory.Create(_source, type, null, TokenConstants.DefaultChannel, start, stop, _line, start - _lineStart);

    /// <summary>The lexer grammar's token for each line class (the classifier lists them in the lexer's priority order).</summary>
    internal int TokenType(LineClass lineClass, ReadOnlySpan<char> line) => lineClass switch
    {
        LineClass.Source => NamesAgency(line, source: true) ? DispatchLexer.SOURCE_AGENCY_LINE : DispatchLexer.SOURCE_LINE,
        LineClass.Byline => NamesAgency(line, source: false) ? DispatchLexer.BYLINE_AGENCY_LINE : DispatchLexer.BYLINE_LINE,
        LineClass.Marked => HasTagBeforeMarker(line) ? DispatchLexer.TAGGED_MARKED_LINE
            : OpensWithDateline(line) ? DispatchLexer.DATELINE_MARKED_LINE : DispatchLexer.MARKED_LINE,
        _ => TokenType(lineClass),
    };

    /// <summary>A source line that names a known agency (SOURCE_AGENCY_LINE), or a byline that ends with one (BYLINE_AGENCY_LINE).</summary>
    private bool NamesAgency(ReadOnlySpan<char> line, bool source)
    {
        int start = CharacterClasses.SkipWhitespace(line, 0);
        ReadOnlySpan<char> trimmed = line[start..CharacterClasses.TrimEnd(line, start, line.Length)];
        if (!source) return _classifier.MatchByline(trimmed, out BylineShape shape) && shape.AgencyStart >= 0;
        if (!_classifier.IsSource(trimmed, out int markerLength)) return false;
        ReadOnlySpan<char> rest = trimmed[CharacterClasses.SkipWhitespace(trimmed, markerLength)..];
        return _classifier.Registry.FindByMention(LineClassifier.WithoutFullStop(rest)) is not null;
    }

    /// <summary>
    /// A line that ends with an end marker opens with a dateline of form (i) or (ii) and some of the story stands before the
    /// marker (DATELINE_MARKED_LINE when no tag ends its text; `ANKARA (AA) - // انتهى //` is a MARKED_LINE).
    /// </summary>
    private bool OpensWithDateline(ReadOnlySpan<char> line)
    {
        int start = CharacterClasses.SkipWhitespace(line, 0);
        int end = CharacterClasses.TrimEnd(line, start, line.Length);
        DatelineShape shape = _classifier.MatchDateline(line, start, end);
        return shape.Form != DatelineForm.None && !shape.IsOwnLine && _classifier.StoryBeforeEndMarker(line, start, end, shape.ParagraphStart);
    }

    /// <summary>A line that ends with an end marker has a tag or credit right before it (TAGGED_MARKED_LINE).</summary>
    private bool HasTagBeforeMarker(ReadOnlySpan<char> line)
    {
        int start = CharacterClasses.SkipWhitespace(line, 0);
        int end = CharacterClasses.TrimEnd(line, start, line.Length);
        if (!_classifier.FindInlineEndMarker(line, start, end, out InlineEndMarkerShape marker)) return false;
        return _classifier.FindTag(line, start, CharacterClasses.TrimEnd(line, start, marker.Start), out _);
    }

    internal static int TokenType(LineClass lineClass) => lineClass switch
    {
        LineClass.Blank => DispatchLexer.WS_LINE,
        LineClass.Notice => DispatchLexer.NOTICE_LINE,
        LineClass.EndMarker => DispatchLexer.END_MARKER_LINE,
        LineClass.Stamp => DispatchLexer.STAMP_LINE,
        LineClass.SignOff => DispatchLexer.SIGNOFF_LINE,
        LineClass.DatelineLine => DispatchLexer.DATELINE_LINE,
        LineClass.DatelinePara => DispatchLexer.DATELINE_PARA,
        LineClass.Tagged => DispatchLexer.TAGGED_LINE,
        LineClass.ResidueLine => DispatchLexer.RESIDUE_LINE,
        LineClass.TakeLabelLine => DispatchLexer.TAKE_LABEL_LINE,
        LineClass.PlaceLine => DispatchLexer.PLACE_LINE,
        LineClass.PlaceParagraph => DispatchLexer.PLACE_PARA,
        LineClass.LeadParagraph => DispatchLexer.LEAD_LINE,
        LineClass.Text => DispatchLexer.TEXT_LINE,
        _ => throw new ArgumentOutOfRangeException(nameof(lineClass), lineClass, "A line class with no lexer token: add it to the lexer grammar and here."),
    };
}
