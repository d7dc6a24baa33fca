// vscode-languageclient's node client, loaded with the `vscode` stand-in so that its own launch code
// (what VS Code runs for the extension's ServerOptions) can start the real server in a Node test.
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { extensionRoot } from './extension-modules.mjs';

const require = createRequire(join(extensionRoot, 'package.json'));
const standInPath = join(extensionRoot, 'test', 'support', 'vscode-stand-in.cjs');

export function loadLanguageClient() {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? standInPath : resolveFilename.call(this, request, ...rest);
  };
  try {
    return require('vscode-languageclient/node');
  } finally {
    Module._resolveFilename = resolveFilename;
  }
}
