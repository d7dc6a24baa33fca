// Which documents the extension treats as dispatches (src/documentSelection.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSelection } from '../support/extension-modules.mjs';

const { associationsWith, documentSelector, normalizeGlobs } = documentSelection;

test('the selector is the dispatch language plus each .txt glob on files', () => {
  assert.deepEqual(documentSelector([]), [{ language: 'dispatch' }]);
  assert.deepEqual(documentSelector(['**/feeds/**/*.txt']), [
    { language: 'dispatch' },
    { scheme: 'file', language: 'plaintext', pattern: '**/feeds/**/*.txt' },
  ]);
});

test('globs are trimmed, de-duplicated, and anything but non-empty strings is dropped', () => {
  assert.deepEqual(normalizeGlobs([' a/*.txt ', 'a/*.txt', '', 3, null, 'b/**/*.txt']), ['a/*.txt', 'b/**/*.txt']);
  assert.deepEqual(normalizeGlobs('a/*.txt'), []);
  assert.deepEqual(normalizeGlobs(undefined), []);
});

test('files.associations gains each glob, keeps what it had, and is left alone when it already says so', () => {
  const current = { '*.log': 'log', 'feeds/*.txt': 'plaintext' };
  assert.deepEqual(associationsWith(current, ['feeds/*.txt', 'wire/**/*.txt']), {
    '*.log': 'log', 'feeds/*.txt': 'dispatch', 'wire/**/*.txt': 'dispatch',
  });
  assert.deepEqual(current, { '*.log': 'log', 'feeds/*.txt': 'plaintext' }, 'the current settings object is not changed');
  assert.equal(associationsWith({ 'feeds/*.txt': 'dispatch' }, ['feeds/*.txt']), undefined);
  assert.equal(associationsWith(undefined, []), undefined);
  assert.deepEqual(associationsWith(undefined, ['x/*.txt']), { 'x/*.txt': 'dispatch' });
});
