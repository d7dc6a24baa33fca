// Writes out/dispatch.tmLanguage.json (the grammar VS Code loads; generated, never committed) from
// grammar/DispatchLexer.g4 and src/DispatchParser/Dialects/dialects.json. Run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGrammar } from './textmate-grammar.mjs';

const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repositoryRoot = join(extensionRoot, '..', '..');
export const lexerPath = join(repositoryRoot, 'grammar', 'DispatchLexer.g4');
export const dialectsPath = join(repositoryRoot, 'src', 'DispatchParser', 'Dialects', 'dialects.json');
export const grammarPath = join(extensionRoot, 'out', 'dispatch.tmLanguage.json');

export function generate() {
  const grammar = buildGrammar(readFileSync(lexerPath, 'utf8'), JSON.parse(readFileSync(dialectsPath, 'utf8')));
  mkdirSync(dirname(grammarPath), { recursive: true });
  writeFileSync(grammarPath, `${JSON.stringify(grammar, null, 2)}\n`);
  return grammar;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generate();
  console.log(`wrote ${grammarPath}`);
}
