using System.Buffers;
using DispatchParser.Dialects;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>An agency a legal notice names, the spelling as the notice writes it, and where.</summary>
public sealed record NamedAgency(Agency Agency, string Spelling, TextSpan Span);

/// <summary>
/// Which registry agencies a legal notice names: a full name or alias of the registry that stands in the notice as a
/// whole word (no letter or digit of any script touching it; an apostrophe is a boundary, so the Turkish suffix in
/// <c>İlke Haber Ajansı'na</c> still matches), in any letter case. Longer spellings win at one position.
/// <para>
/// Case is folded one UTF-16 unit at a time, so spans keep their length: the invariant lower case, except that the
/// four Turkish and Latin i's (<c>I ı İ i</c>) fold to one, because a Turkish notice writes <c>İHA</c> as <c>İha</c>
/// or <c>iha</c> and <c>ILKHA</c> as <c>Ilkha</c>; invariant rules alone would keep <c>İ</c>/<c>i</c> and
/// <c>I</c>/<c>ı</c> apart, Turkish rules would keep <c>I</c>/<c>i</c> apart. Arabic has no case and is matched as
/// written. Whole-word matching is what keeps short aliases such as <c>AP</c> out of words (<c>APEX</c>).
/// </para>
/// </summary>
public static class NoticeAgency
{
    /// <summary>Every spelling of every agency, folded, longest first (so the longest wins at one position).</summary>
    private static readonly (string Folded, Agency Agency)[] s_spellings = AgencyRegistry.Default.Agencies
        .SelectMany(agency => agency.Names.Concat(agency.Aliases).Select(spelling => (Fold(spelling), agency)))
        .Distinct()
        .OrderByDescending(entry => entry.Item1.Length)
        .ToArray();

    /// <summary>All folded spellings at once: one vectorized pass finds the next candidate of any of them.</summary>
    private static readonly SearchValues<string> s_search =
        SearchValues.Create(s_spellings.Select(entry => entry.Folded).Distinct().ToArray(), StringComparison.Ordinal);

    /// <summary>The first agency <paramref name="text"/> names (spans offset by <paramref name="offset"/>); null when none.</summary>
    public static NamedAgency? Find(ReadOnlySpan<char> text, int offset = 0)
    {
        foreach ((Agency agency, int start, int length) in Mentions(text))
            return new NamedAgency(agency, text.Slice(start, length).ToString(), new TextSpan(offset + start, length));
        return null;
    }

    /// <summary>
    /// The agencies <paramref name="text"/> names, in text order (at one position, each agency one of whose
    /// spellings stands there as a whole word), for <c>foreach</c> (which returns its pooled buffer).
    /// </summary>
    internal static MentionEnumerator Mentions(ReadOnlySpan<char> text) => new(text);

    /// <summary>Walks the mentions of <see cref="Mentions"/>: the agency, where its spelling starts and how long it is.</summary>
    internal ref struct MentionEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly char[] _folded;
        private int _cursor;
        private int _start;
        private int _spelling;

        public MentionEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
            Fold(text, _folded);
            _start = -1;
        }

        public (Agency Agency, int Start, int Length) Current { get; private set; }

        public readonly MentionEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            ReadOnlySpan<char> folded = _folded.AsSpan(0, _text.Length);
            while (true)
            {
                // The other spellings at the current position, then the next position a spelling starts at.
                if (_start >= 0)
                {
                    for (; _spelling < s_spellings.Length; _spelling++)
                    {
                        (string spelling, Agency agency) = s_spellings[_spelling];
                        if (!folded[_start..].StartsWith(spelling, StringComparison.Ordinal)
                            || AgencyNames.IsWordCharacterAt(_text, _start + spelling.Length)) continue;
                        _spelling++;
                        Current = (agency, _start, spelling.Length);
                        return true;
                    }
                    _start = -1;
                }
                if (_cursor >= folded.Length) return false;
                int found = folded[_cursor..].IndexOfAny(s_search);
                if (found < 0)
                {
                    _cursor = folded.Length;
                    return false;
                }
                int start = _cursor + found;
                _cursor = start + 1;
                if (AgencyNames.IsWordCharacterBefore(_text, start)) continue;
                _start = start;
                _spelling = 0;
            }
        }

        public readonly void Dispose() => ArrayPool<char>.Shared.Return(_folded);
    }

    /// <summary>The folded form of <paramref name="text"/> (see the class summary); same length.</summary>
    internal static string Fold(string text) => string.Create(text.Length, text, static (destination, source) => Fold(source, destination));

    internal static void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            destination[i] = c is 'I' or 'i' or '\u0130' or '\u0131' ? 'i' : char.ToLowerInvariant(c);
        }
    }
}
