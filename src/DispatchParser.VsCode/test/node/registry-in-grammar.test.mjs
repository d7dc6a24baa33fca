// The TextMate grammar and the agency registry stay in step: every alias, notice marker, end-marker
// word and sign-off word of src/DispatchParser/Dialects/dialects.json is coloured as such, in a line
// built around it, by the generated grammar (tokenized with vscode-textmate, as VS Code does).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dialectsPath } from '../../scripts/generate-grammar.mjs';
import { registryWords } from '../../scripts/textmate-grammar.mjs';
import { scopesOf, tokenize } from '../support/tokenize.mjs';

const words = registryWords(JSON.parse(readFileSync(dialectsPath, 'utf8')));
const HEADLINE = 'Başlık';

/** Tokenizes a dispatch whose line at index `at` is `line` (a headline and blank line come first). */
async function lineOf(line) {
  const lines = await tokenize([HEADLINE, '', line].join('\n'));
  return lines[2];
}

/** `piece` has `scope`; unless `within`, its tokens also start and end exactly where it does. */
function assertScope(tokenized, piece, scope, { within = false } = {}) {
  const { all, exact } = scopesOf(tokenized, piece);
  assert.ok(all.includes(scope), `'${piece}' in '${tokenized.line}' should be ${scope}; scopes: ${all.join(' ')}`);
  if (!within) assert.ok(exact, `'${piece}' in '${tokenized.line}' should be a token span of its own`);
}

test('the registry has entries (a broken path would make every loop below vacuous)', () => {
  assert.ok(words.aliases.length >= 30, `aliases: ${words.aliases.length}`);
  assert.ok(words.noticeMarkers.length >= 4, `notice markers: ${words.noticeMarkers.length}`);
  assert.ok(words.endWords.length >= 2 && words.bareEndWords.length >= 1, 'end-marker words');
  assert.ok(words.signoffWords.length >= 1, 'sign-off words');
});

for (const alias of words.aliases) {
  test(`alias ${alias}: a tag at the end of a line, a dateline's agency, a sign-off`, async () => {
    assertScope(await lineOf(`Metin burada bitiyor. (${alias})`), alias, 'entity.name.tag.agency.dispatch');
    const dateline = await lineOf(`${alias} - Metin burada başlıyor.`);
    assertScope(dateline, alias, 'entity.name.tag.agency.dispatch');
    assertScope(dateline, alias, 'meta.dateline.dispatch');
    assertScope(await lineOf(`(${alias})`), alias, 'entity.name.tag.agency.sign-off.dispatch');
  });
}

for (const marker of words.noticeMarkers) {
  test(`notice marker ${marker}`, async () => {
    const notice = await lineOf(`${marker}: Bütün hakları saklıdır.`);
    assertScope(notice, marker, 'keyword.other.notice-marker.dispatch');
    assertScope(notice, 'Bütün hakları saklıdır.', 'comment.line.notice.dispatch', { within: true });
  });
}

for (const word of words.endWords) {
  test(`end-marker word ${word}`, async () => {
    assertScope(await lineOf(`// ${word} //`), `// ${word} //`, 'keyword.control.end-marker.dispatch');
  });
}

for (const word of words.bareEndWords) {
  test(`bare end-marker word ${word}`, async () => {
    assertScope(await lineOf(word), word, 'keyword.control.end-marker.dispatch');
  });
}

for (const word of words.signoffWords) {
  test(`sign-off word ${word}`, async () => {
    assertScope(await lineOf(word), word, 'entity.name.tag.agency.sign-off.dispatch');
  });
}

test('a word that is in no list is none of these', async () => {
  const line = await lineOf('Metin burada bitiyor. (xyz)');
  assert.ok(!scopesOf(line, 'xyz').all.includes('entity.name.tag.agency.dispatch'));
  const notice = await lineOf('UYARI: Küfür içeren yorumlar silinir.');
  assert.ok(!scopesOf(notice, 'UYARI').all.includes('keyword.other.notice-marker.dispatch'));
});
