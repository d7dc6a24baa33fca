// Reads the rules and fragments of grammar/DispatchLexer.g4 that the TextMate grammar needs and turns them
// into Oniguruma regular expressions, so that the editor's line patterns follow the normative
// lexer instead of a copy of it. Only the shapes those fragments have are understood: alternatives
// of sequences of quoted literals, character sets `[...]` / `~[...]` and references to other
// fragments, grouped with parentheses, with `*`, `+` and `?`. Anything else throws, so a change to the lexer that this does not understand fails the
// build instead of silently colouring the wrong lines.

/**
 * The body (between ':' and ';') of every rule of the lexer, `fragment NAME : ... ;` and line rules
 * `NAME : ... ;` alike, comments removed.
 */
export function readFragments(lexerText) {
  // `//` comments, but not the `'//'` of a literal (END_MARKER_LINE has one).
  const withoutComments = lexerText.replace(/('(?:[^'\\\n]|\\.)*')|\/\/[^\n]*/g, (_, literal) => literal ?? '');
  const fragments = new Map();
  for (const match of withoutComments.matchAll(/^\s*(?:fragment\s+)?([A-Z][A-Z_]*)\s*:((?:'(?:[^'\\]|\\.)*'|[^;'])*);/gm)) {
    fragments.set(match[1], match[2].trim());
  }
  return fragments;
}

/** `\uXXXX` (ANTLR) to `\x{XXXX}` (Oniguruma); other escapes and characters as they are. */
function convertEscapes(text) {
  return text.replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex) => `\\x{${hex.toUpperCase()}}`);
}

/** Escapes a literal for use inside an Oniguruma pattern. */
export function escapeLiteral(text) {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, (c) => `\\${c}`);
}

/** `[...]` or `~[...]` (ANTLR) to an Oniguruma character class. */
function characterSet(token) {
  const negated = token.startsWith('~');
  const set = convertEscapes(token.slice(negated ? 2 : 1, -1));
  return negated ? `[^${set}]` : `[${set}]`;
}

function unquote(literal) {
  // ANTLR literal: '...' with \uXXXX, \t, \n, \r, \f, \b and \<char> escapes.
  const controls = { t: '\t', n: '\n', r: '\r', f: '\f', b: '\b' };
  return literal.slice(1, -1).replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_, escape) =>
    escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : controls[escape] ?? escape);
}

/**
 * Translates fragment NAME to a regex. `resolve(name)` gives the regex of a referenced fragment
 * (so the caller decides which references it allows).
 */
export function fragmentRegex(fragments, name, resolve = (ref) => fragmentRegex(fragments, ref, resolve)) {
  const body = fragments.get(name);
  if (body === undefined) throw new Error(`DispatchLexer.g4 has no fragment ${name}`);
  // Alternatives of sequences of 'literal', [set], ~[set], REFERENCE, ( ... ), each with * + ? suffixes.
  const tokens = body.match(/'(?:[^'\\]|\\.)*'|~?\[(?:[^\]\\]|\\.)*\]|[A-Z_]+|[()|*+?]|\S/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  function alternatives() {
    const parts = [sequence()];
    while (peek() === '|') {
      position++;
      parts.push(sequence());
    }
    return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
  }
  function sequence() {
    let out = '';
    while (position < tokens.length && peek() !== '|' && peek() !== ')') {
      let atom;
      const token = tokens[position++];
      if (token.startsWith("'")) atom = `(?:${escapeLiteral(unquote(token))})`;
      else if (token.startsWith('[') || token.startsWith('~[')) atom = characterSet(token);
      else if (/^[A-Z_]+$/.test(token)) atom = `(?:${resolve(token)})`;
      else if (token === '(') {
        atom = `(?:${alternatives()})`;
        if (tokens[position++] !== ')') throw new Error(`fragment ${name}: unbalanced parentheses`);
      } else throw new Error(`fragment ${name}: cannot translate '${token}' (${body})`);
      while (['*', '+', '?'].includes(peek())) atom += tokens[position++];
      out += atom;
    }
    return out;
  }
  const regex = alternatives();
  if (position !== tokens.length) throw new Error(`fragment ${name}: cannot translate ${body}`);
  return regex;
}
