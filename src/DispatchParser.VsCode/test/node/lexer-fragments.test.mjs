// The translation of grammar/DispatchLexer.g4 fragments into Oniguruma patterns (scripts/lexer-fragments.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lexerPath } from '../../scripts/generate-grammar.mjs';
import { fragmentRegex, readFragments } from '../../scripts/lexer-fragments.mjs';

const fragments = readFragments(readFileSync(lexerPath, 'utf8'));
// JavaScript's `u` regular expressions read \x{...} as Oniguruma does once written as \u{...}.
const asJs = (pattern) => new RegExp(`^(?:${pattern.replace(/\\x\{/g, '\\u{')})$`, 'u');

test('the lexer rules and fragments the TextMate grammar needs are all there', () => {
  const needed = ['W', 'D', 'DASH', 'ZONE', 'ACRONYM', 'UPPER', 'PLACE', 'PLACE_WORD', 'NON_W',
    'TAGGED_LINE', 'STAMP_LINE', 'RESIDUE_LINE', 'TAKE_LABEL_LINE', 'PLACE_LINE', 'PLACE_PARA', 'LEAD_LINE'];
  for (const name of needed) assert.ok(fragments.has(name), name);
});

test("line rules translate too: END_MARKER_LINE's '//' is a literal, not a comment; INDENT's '\\t' is a tab", () => {
  const endMarker = asJs(fragmentRegex(fragments, 'END_MARKER_LINE'));
  for (const line of ['// انتهى //', '  //يتبع// 20:26', 'MORE']) assert.ok(endMarker.test(line), line);
  assert.ok(!endMarker.test('// başka //'));
  const indent = asJs(fragmentRegex(fragments, 'INDENT'));
  for (const run of ['\t', ' \t ', '  ']) assert.ok(indent.test(run), JSON.stringify(run));
  assert.ok(!indent.test(' '));
  assert.ok(!indent.test('\\t'), 'a backslash and a t are not a tab');
});

test('W: every whitespace character of the format, and no other', () => {
  const w = asJs(fragmentRegex(fragments, 'W'));
  for (const c of [' ', '\t', '\u000B', '\u000C', '\u00A0', '\u1680', '\u2000', '\u2005', '\u200A', '\u202F', '\u205F', '\u3000']) {
    assert.ok(w.test(c), `U+${c.codePointAt(0).toString(16)}`);
  }
  for (const c of ['a', '\n', '\r', '\u200B', '\uFEFF']) assert.ok(!w.test(c), `U+${c.codePointAt(0).toString(16)}`);
});

test('DASH, ZONE and ACRONYM match what the lexer says', () => {
  const dash = asJs(fragmentRegex(fragments, 'DASH'));
  for (const d of ['-', '--', '–', '—', '_']) assert.ok(dash.test(d), d);
  assert.ok(!dash.test('+'));
  const zone = asJs(fragmentRegex(fragments, 'ZONE'));
  for (const z of ['ت م', 'تم', 'ت غ', 'GMT', 'UTC']) assert.ok(zone.test(z), z);
  assert.ok(!zone.test('CET'));
  const acronym = asJs(fragmentRegex(fragments, 'ACRONYM'));
  for (const a of ['AA', 'CİHAN', 'A.B.C', 'NDMA', 'AT&T']) assert.ok(acronym.test(a), a);
  for (const a of ['A', 'Aa', 'aa', '.AA']) assert.ok(!acronym.test(a), a);
});

test('PLACE: no parentheses, and no byte-order mark first', () => {
  const place = asJs(fragmentRegex(fragments, 'PLACE'));
  assert.ok(place.test('ANKARA '));
  assert.ok(!place.test('AN(KARA'));
  assert.ok(!place.test('\uFEFFANKARA'));
});

test('a fragment shape it does not understand fails loudly (so the build fails, not the colouring)', () => {
  const odd = readFragments("lexer grammar X;\nfragment RANGE : 'a'..'z' ;\nfragment ACTION : 'x' -> skip ;\n");
  assert.throws(() => fragmentRegex(odd, 'RANGE'), /cannot translate/);
  assert.throws(() => fragmentRegex(odd, 'ACTION'), /cannot translate/);
  assert.throws(() => fragmentRegex(odd, 'MISSING'), /has no fragment MISSING/);
});
