// The real language server, started the way the extension starts it, completes the LSP handshake
// with a real client (vscode-languageserver-protocol / vscode-jsonrpc): initialize, initialized,
// didOpen with diagnostics published, shutdown, exit with code 0.
//
// Which server: the `dispatch` tool found on PATH (`.ci/run` installs the packed tool into a
// temporary folder and puts it on PATH), and the built dispatch.dll configured as
// `dispatch.server.path` (run with dotnet). A missing one is skipped with a message, or fails the
// run when DISPATCH_REQUIRE_SERVER=1 (as in CI).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { extensionRoot, repositoryRoot, serverLaunch } from '../support/extension-modules.mjs';
import { loadLanguageClient } from '../support/language-client.mjs';

const require = createRequire(join(extensionRoot, 'package.json'));
const lsp = require('vscode-languageserver-protocol/node');
const { resolveServer, serverArguments, stdioCommandLine } = serverLaunch;

const required = process.env.DISPATCH_REQUIRE_SERVER === '1';
const launchEnvironment = { env: process.env, platform: process.platform };
// lenient makes the missing agency tag (DSP0003) a warning instead of an error: the diagnostics'
// severity shows that the profile reached the server.
const settings = { path: '', profile: 'lenient' };

/** The newest dispatch.dll built in the repository, if any. */
function builtDll() {
  const candidates = ['Release', 'Debug']
    .map((configuration) => join(repositoryRoot, 'src', 'DispatchParser.Cli', 'bin', configuration, 'net10.0', 'dispatch.dll'))
    .filter((path) => existsSync(path));
  candidates.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

/** The server resolution, or a reason to skip (a failure when the server is required). */
function serverOrSkip(t, resolution, what) {
  if (resolution.ok) return resolution.server;
  if (required) assert.fail(`${what}: ${resolution.error}`);
  t.skip(`${what}: ${resolution.error}`);
  return undefined;
}

const TEXT = 'Başlık\n\nMetin burada bitiyor.\nYASAL UYARI: Bütün hakları İlke Haber Ajansı\'na aittir.\n';

/** initialize … exit over `connection` to `process`; returns what the steps saw. */
async function handshake(connection, serverProcess, stderr) {
  const exited = new Promise((resolve) => serverProcess.on('exit', (code, signal) => resolve({ code, signal })));
  const diagnostics = new Promise((resolve) => connection.onNotification(lsp.PublishDiagnosticsNotification.type, resolve));
  let finished = false;
  // Each step also fails if the server exits before the handshake is over (a rejected argument, a crash).
  const exitedEarly = exited.then((exit) => {
    if (!finished) throw new Error(`the server exited before the handshake was over: ${JSON.stringify(exit)}`);
  });
  exitedEarly.catch(() => {});
  const step = (promise) => Promise.race([promise, exitedEarly.then(() => promise)]);
  connection.listen();
  const timeout = setTimeout(() => serverProcess.kill(), 60_000);
  try {
    // As vscode-languageclient fills it in: the client's process id and the extension's options.
    const initialize = await step(connection.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'server-handshake.test.mjs' },
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    }));
    await connection.sendNotification(lsp.InitializedNotification.type, {});
    await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
      textDocument: { uri: 'file:///tmp/handshake.dispatch', languageId: 'dispatch', version: 1, text: TEXT },
    });
    const published = await step(diagnostics);
    await step(connection.sendRequest(lsp.ShutdownRequest.type));
    finished = true;
    await connection.sendNotification(lsp.ExitNotification.type);
    const exit = await exited;
    return { initialize, published, exit };
  } catch (error) {
    serverProcess.kill();
    throw new Error(`${error.message}\nserver stderr:\n${stderr.join('')}`);
  } finally {
    clearTimeout(timeout);
    connection.dispose();
  }
}

function assertHandshake({ initialize, published, exit }) {
  assert.ok(initialize.capabilities.textDocumentSync !== undefined, 'the server announces text synchronisation');
  assert.equal(published.uri, 'file:///tmp/handshake.dispatch');
  const missingTag = published.diagnostics.find((d) => d.code === 'DSP0003');
  assert.ok(missingTag, `the missing agency tag is reported: ${JSON.stringify(published.diagnostics.map((d) => d.code))}`);
  assert.equal(missingTag.severity, lsp.DiagnosticSeverity.Warning, 'DSP0003 is a warning under the lenient profile (an error under standard)');
  assert.deepEqual(exit, { code: 0, signal: null }, 'shutdown then exit ends the server with code 0');
}

/** Spawns `command args` as vscode-languageclient does for TransportKind.stdio and shakes hands. */
async function spawnAndShake(server) {
  const line = stdioCommandLine(server);
  const child = spawn(line.command, line.args, { cwd: mkdtempSync(join(tmpdir(), 'dispatch-lsp-')), stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(String(chunk)));
  const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  return handshake(connection, child, stderr);
}

test('the dispatch tool on PATH, launched as the extension launches it (dispatch lsp --stdio)', async (t) => {
  const server = serverOrSkip(t, resolveServer(settings, launchEnvironment), 'the installed dispatch tool');
  if (!server) return;
  t.diagnostic(`spawned: ${stdioCommandLine(server).command} ${stdioCommandLine(server).args.join(' ')}`);
  assertHandshake(await spawnAndShake(server));
});

test('dispatch.server.path set to the built dispatch.dll (dotnet dispatch.dll lsp --stdio)', async (t) => {
  const dll = builtDll();
  const resolution = dll ? resolveServer({ ...settings, path: dll }, launchEnvironment) : { ok: false, error: 'src/DispatchParser.Cli is not built (dotnet build)' };
  const server = serverOrSkip(t, resolution, 'the built dispatch.dll');
  if (!server) return;
  assert.deepEqual(server.args, [dll, ...serverArguments(settings)]);
  assertHandshake(await spawnAndShake(server));
});

test("vscode-languageclient's own launch of the extension's ServerOptions starts the server", async (t) => {
  let resolution = resolveServer(settings, launchEnvironment);
  if (!resolution.ok && builtDll()) resolution = resolveServer({ ...settings, path: builtDll() }, launchEnvironment);
  const server = serverOrSkip(t, resolution, 'a dispatch server');
  if (!server) return;
  const { LanguageClient, TransportKind } = loadLanguageClient();
  const stderr = [];
  // The same Executable that src/extension.ts builds from the resolution.
  const executable = {
    command: server.command,
    args: [...server.args],
    transport: TransportKind.stdio,
    options: { cwd: mkdtempSync(join(tmpdir(), 'dispatch-lsp-')) },
  };
  const quiet = { info() {}, warn() {}, error() {}, trace() {}, debug() {}, append() {}, appendLine() {}, show() {}, dispose() {} };
  const client = new LanguageClient('dispatch', 'Dispatch', { run: executable, debug: executable }, {
    documentSelector: [{ language: 'dispatch' }],
    outputChannel: quiet,
    stdioOptions: { stdout: () => {}, stderr: (input) => input.on('data', (chunk) => stderr.push(String(chunk))) },
  });
  // The library's own code spawns the process and wraps its streams (createMessageTransports).
  const transports = await client.createMessageTransports('utf-8');
  const child = client._serverProcess;
  assert.deepEqual(child.spawnargs, [server.command, ...stdioCommandLine(server).args],
    'vscode-languageclient spawns what stdioCommandLine says');
  const connection = lsp.createProtocolConnection(transports.reader, transports.writer);
  assertHandshake(await handshake(connection, child, stderr));
});
