// The extension's plain modules as the bundle ships them (out/, built by `npm run bundle`), loaded
// in plain Node: loading them at all shows that they do not need the `vscode` module.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const extensionRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repositoryRoot = join(extensionRoot, '..', '..');

function load(name) {
  const path = join(extensionRoot, 'out', `${name}.js`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return require(path);
}

export const serverLaunch = load('serverLaunch');
export const documentSelection = load('documentSelection');
