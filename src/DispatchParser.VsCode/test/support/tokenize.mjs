// Tokenizes text with the generated TextMate grammar through vscode-textmate and vscode-oniguruma,
// the libraries VS Code itself uses, and answers which scopes cover a piece of a line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generate } from '../../scripts/generate-grammar.mjs';

const require = createRequire(import.meta.url);
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

let grammarPromise;

/** The `dispatch` grammar, generated afresh from the lexer and the registry. */
export function loadGrammar() {
  grammarPromise ??= (async () => {
    const grammar = generate();
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => (scopeName === grammar.scopeName ? textmate.parseRawGrammar(JSON.stringify(grammar), 'dispatch.json') : null),
    });
    return registry.loadGrammar(grammar.scopeName);
  })();
  return grammarPromise;
}

/** Every line of `text` as its tokens: `{ line, tokens: [{ text, scopes }] }`. */
export async function tokenize(text) {
  const grammar = await loadGrammar();
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { line, tokens: result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes })) };
  });
}

/** The scopes of every token overlapping `piece` (its first occurrence) in `line`, merged. */
export function scopesOf(tokenizedLine, piece) {
  const start = tokenizedLine.line.indexOf(piece);
  if (start < 0) throw new Error(`'${piece}' is not in '${tokenizedLine.line}'`);
  const end = start + piece.length;
  const covering = tokenizedLine.tokens.filter((t) => t.start < end && t.end > start);
  return {
    /** Scopes every overlapping token has. */
    all: covering.map((t) => t.scopes).reduce((a, b) => a.filter((s) => b.includes(s))),
    /** Whether the tokens cover exactly the piece (no token sticks out on either side). */
    exact: covering.length > 0 && covering[0].start === start && covering.at(-1).end === end,
  };
}
