// How the extension finds and launches the server (src/serverLaunch.ts), on made-up file systems.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { serverLaunch } from '../support/extension-modules.mjs';

const { findOnPath, resolveServer, serverArguments, stdioCommandLine } = serverLaunch;

/** A launch environment whose only files are `files`. */
function environment(files, { PATH = '/opt/a:/opt/b', platform = 'linux', workspaceFolder, env = {} } = {}) {
  const set = new Set(files);
  return { env: { PATH, HOME: '/home/editor', ...env }, platform, workspaceFolder, isFile: (path) => set.has(path) };
}
const settings = (path = '', profile = 'standard') => ({ path, profile });
const LSP = ['lsp', '--profile', 'standard'];

test('the plain module loads without the vscode module', () => {
  const require = createRequire(import.meta.url);
  assert.throws(() => require.resolve('vscode'), /Cannot find module/);
  assert.equal(typeof resolveServer, 'function');
});

test('no configured path: the first dispatch on PATH, with the argument lsp', () => {
  const result = resolveServer(settings(), environment(['/opt/b/dispatch', '/usr/bin/dispatch'], { PATH: '/opt/a:/opt/b:/usr/bin' }));
  assert.deepEqual(result, { ok: true, server: { command: '/opt/b/dispatch', args: LSP } });
});

test('no configured path and no dispatch on PATH: an error that says how to install it', () => {
  const result = resolveServer(settings(), environment(['/opt/a/other']));
  assert.equal(result.ok, false);
  assert.match(result.error, /not on PATH/);
  assert.match(result.error, /dotnet tool install --global DispatchParser\.Cli/);
  assert.match(result.error, /dispatch\.server\.path/);
});

test('a configured executable is used as it is, before PATH', () => {
  const result = resolveServer(settings('/srv/tools/dispatch'), environment(['/srv/tools/dispatch', '/opt/a/dispatch']));
  assert.deepEqual(result, { ok: true, server: { command: '/srv/tools/dispatch', args: LSP } });
});

test('a configured dispatch.dll runs with dotnet from PATH', () => {
  const result = resolveServer(settings('/build/dispatch.dll'), environment(['/build/dispatch.dll', '/opt/b/dotnet']));
  assert.deepEqual(result, { ok: true, server: { command: '/opt/b/dotnet', args: ['/build/dispatch.dll', ...LSP] } });
  const noDotnet = resolveServer(settings('/build/dispatch.dll'), environment(['/build/dispatch.dll']));
  assert.equal(noDotnet.ok, false);
  assert.match(noDotnet.error, /dotnet is not on PATH/);
});

test('a relative configured path is read against the workspace folder; ~ is the home folder', () => {
  const relative = resolveServer(settings('tools/dispatch'), environment(['/work/feeds/tools/dispatch'], { workspaceFolder: '/work/feeds' }));
  assert.deepEqual(relative, { ok: true, server: { command: '/work/feeds/tools/dispatch', args: LSP } });
  const home = resolveServer(settings('~/.dotnet/tools/dispatch'), environment(['/home/editor/.dotnet/tools/dispatch']));
  assert.deepEqual(home, { ok: true, server: { command: '/home/editor/.dotnet/tools/dispatch', args: LSP } });
});

test('a configured path that is not a file is an error naming it (PATH is not tried instead)', () => {
  const result = resolveServer(settings('/nowhere/dispatch'), environment(['/opt/a/dispatch']));
  assert.equal(result.ok, false);
  assert.match(result.error, /\/nowhere\/dispatch, which is not a file/);
});

test('on Windows, PATH is split on ; and PATHEXT names the executable (dispatch.exe of the .NET tool)', () => {
  const env = environment([join('C:\\Users\\e\\.dotnet\\tools', 'dispatch.exe')], {
    platform: 'win32', PATH: 'C:\\Windows;C:\\Users\\e\\.dotnet\\tools', env: { PATHEXT: '.COM;.EXE;.CMD' },
  });
  assert.equal(findOnPath('dispatch', env), join('C:\\Users\\e\\.dotnet\\tools', 'dispatch.exe'));
});

test('TransportKind.stdio appends --stdio to the arguments, as vscode-languageclient does', () => {
  assert.deepEqual(stdioCommandLine({ command: '/opt/b/dispatch', args: LSP }), { command: '/opt/b/dispatch', args: [...LSP, '--stdio'] });
});

test('the profile is passed as lsp --profile NAME; an unknown one falls back to standard', () => {
  assert.deepEqual(serverArguments(settings('', 'strict')), ['lsp', '--profile', 'strict']);
  assert.deepEqual(serverArguments(settings('', 'lenient')), ['lsp', '--profile', 'lenient']);
  assert.deepEqual(serverArguments(settings('', 'nonsense')), ['lsp', '--profile', 'standard']);
  const result = resolveServer(settings('', 'strict'), environment(['/opt/a/dispatch']));
  assert.deepEqual(result, { ok: true, server: { command: '/opt/a/dispatch', args: ['lsp', '--profile', 'strict'] } });
});
