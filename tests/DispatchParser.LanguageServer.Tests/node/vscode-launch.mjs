// Starts `dispatch lsp` exactly as vscode-languageclient 9 (lib/node/main.js) starts an Executable
// server, and checks each launch the way VS Code would meet it:
//
//   node vscode-launch.mjs <command> [args...]      e.g.  node vscode-launch.mjs dotnet path/to/dispatch.dll lsp
//
// - TransportKind.stdio: cp.spawn(command, [...args, '--stdio'], { cwd }) and the protocol on the
//   child's stdout (every byte of stdout must belong to a Content-Length frame), stderr apart;
// - --clientProcessId=<pid> (what the client appends for Node servers; servers of other kinds get the
//   same as initialize's processId): the server exits when that process is gone;
// - TransportKind.socket: the client listens (createClientSocketTransport), then spawns with --socket=PORT;
// - TransportKind.pipe: the client listens on generateRandomPipeName(), then spawns with --pipe=NAME.
// Prints one "ok - …" line per check and exits 0 only if all pass.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
const lsp = require('vscode-languageserver-protocol/node');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node vscode-launch.mjs <server command> [args...]');
  process.exit(2);
}

const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exit(1);
};
const step = (message) => console.log(`ok - ${message}`);
const assert = (condition, message) => { if (!condition) fail(message); };
setTimeout(() => fail('timed out after 100 s'), 100_000).unref();

const uri = 'file:///tmp/vscode-launch/dispatch.txt';
const missingTag = 'Başlık\n\nMetin burada bitiyor.\nYASAL UYARI: Haberin tüm hakları Anadolu Ajansı\'na aittir.\n';

function exitOf(child) {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
}

function withTimeout(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);
}

/** initialize, didOpen a dispatch without its tag, wait for DSP0003, shutdown, exit; returns the exit code. */
async function session(connection, child, label, processId) {
  const diagnostics = new Promise((resolve) => connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
  }));
  connection.listen();
  const init = await withTimeout(connection.sendRequest(lsp.InitializeRequest.type, {
    processId, rootUri: null, capabilities: {}, clientInfo: { name: 'vscode-launch test' },
  }), 30_000, `${label}: initialize`);
  assert(init.serverInfo?.name === 'dispatch', `${label}: initialize answered ${JSON.stringify(init)}`);
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'dispatch', version: 1, text: missingTag },
  });
  const published = await withTimeout(diagnostics, 30_000, `${label}: diagnostics`);
  assert(published.diagnostics.some((d) => d.code === 'DSP0003'), `${label}: no DSP0003 in ${JSON.stringify(published)}`);
  await connection.sendRequest(lsp.ShutdownRequest.type);
  await connection.sendNotification(lsp.ExitNotification.type);
  const code = await withTimeout(exitOf(child), 15_000, `${label}: exit`);
  connection.dispose();
  return code;
}

/** Every byte the server wrote to stdout must be part of a well-formed Content-Length frame. */
function checkOnlyFrames(bytes) {
  let offset = 0;
  let frames = 0;
  while (offset < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', offset, 'latin1');
    if (headerEnd < 0) return `trailing bytes at ${offset}: ${JSON.stringify(bytes.subarray(offset, offset + 80).toString())}`;
    const header = bytes.subarray(offset, headerEnd).toString('latin1');
    const match = /^Content-Length: (\d+)$/im.exec(header);
    if (!match || !/^(Content-(Length|Type): [^\r\n]*\r?\n?)+$/i.test(header + '\n')) return `not a header at ${offset}: ${JSON.stringify(header.slice(0, 80))}`;
    const body = bytes.subarray(headerEnd + 4, headerEnd + 4 + Number(match[1]));
    try {
      const message = JSON.parse(body.toString('utf8'));
      if (message.jsonrpc !== '2.0') return `frame ${frames} is not JSON-RPC 2.0`;
    } catch (error) {
      return `frame ${frames} is not JSON: ${error.message}`;
    }
    offset = headerEnd + 4 + Number(match[1]);
    frames++;
  }
  return frames > 0 ? null : 'no frame at all';
}

// 1. TransportKind.stdio.
{
  const spawnArgs = [...args, '--stdio'];
  const child = spawn(command, spawnArgs, { cwd: process.cwd() });
  assert(child.pid, 'stdio: spawn failed');
  const stdout = [];
  child.stdout.on('data', (chunk) => stdout.push(chunk));
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk.toString('utf8'); });
  const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  const code = await session(connection, child, 'stdio', process.pid);
  assert(code === 0, `stdio: exit code ${code}; stderr: ${stderr}`);
  step(`stdio: spawn(${command}, [${spawnArgs.map((a) => JSON.stringify(a)).join(', ')}]), DSP0003 published, shutdown and exit: exit code 0`);
  const problem = checkOnlyFrames(Buffer.concat(stdout));
  assert(problem === null, `stdio: stdout holds more than protocol: ${problem}`);
  step('stdio: standard output holds nothing but Content-Length frames of JSON-RPC 2.0');
  assert(stderr.includes('dispatch lsp:'), `stdio: the log lines did not reach standard error: ${JSON.stringify(stderr)}`);
  step('stdio: log lines go to standard error');
}

// 2. --clientProcessId=<pid> and --clientProcessId <pid>: the server exits when that process is gone.
for (const form of ['equals', 'separate']) {
  const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  const pidArgs = form === 'equals' ? [`--clientProcessId=${editor.pid}`] : ['--clientProcessId', String(editor.pid)];
  const child = spawn(command, [...args, '--stdio', ...pidArgs], { cwd: process.cwd() });
  child.stderr.resume();
  const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  connection.listen();
  const init = await withTimeout(connection.sendRequest(lsp.InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} }),
    30_000, 'clientProcessId: initialize');
  assert(init.serverInfo?.name === 'dispatch', 'clientProcessId: initialize failed');
  const exited = exitOf(child);
  editor.kill('SIGKILL');
  const code = await withTimeout(exited, 15_000, `clientProcessId (${form}): the server did not exit after its client process was killed`);
  assert(code === 1, `clientProcessId (${form}): exit code ${code}, expected 1 (no shutdown)`);
  connection.dispose();
  step(`${pidArgs.join(' ')}: the client process killed, the server exits (code 1)`);
}

// 3. initialize's processId alone: the same.
{
  const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  const child = spawn(command, [...args, '--stdio'], { cwd: process.cwd() });
  child.stderr.resume();
  const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  connection.listen();
  await withTimeout(connection.sendRequest(lsp.InitializeRequest.type, { processId: editor.pid, rootUri: null, capabilities: {} }),
    30_000, 'processId: initialize');
  const exited = exitOf(child);
  editor.kill('SIGKILL');
  const code = await withTimeout(exited, 15_000, 'processId: the server did not exit after the initialize processId was killed');
  assert(code === 1, `processId: exit code ${code}`);
  connection.dispose();
  step('initialize processId: the client process killed, the server exits (code 1)');
}

// 4. TransportKind.socket: the client listens first, the server connects.
{
  const port = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const transport = await lsp.createClientSocketTransport(port);
  const child = spawn(command, [...args, `--socket=${port}`], { cwd: process.cwd() });
  child.stderr.resume();
  child.stdout.resume();
  const [reader, writer] = await withTimeout(transport.onConnected(), 30_000, 'socket: connect');
  const code = await session(lsp.createProtocolConnection(reader, writer), child, 'socket', process.pid);
  assert(code === 0, `socket: exit code ${code}`);
  step(`socket: --socket=${port}, DSP0003 published, shutdown and exit: exit code 0`);
}

// 5. TransportKind.pipe: the client listens on a random pipe name, the server connects.
{
  const pipeName = lsp.generateRandomPipeName();
  const transport = await lsp.createClientPipeTransport(pipeName);
  const child = spawn(command, [...args, `--pipe=${pipeName}`], { cwd: process.cwd() });
  child.stderr.resume();
  child.stdout.resume();
  const [reader, writer] = await withTimeout(transport.onConnected(), 30_000, 'pipe: connect');
  const code = await session(lsp.createProtocolConnection(reader, writer), child, 'pipe', process.pid);
  assert(code === 0, `pipe: exit code ${code}`);
  step(`pipe: --pipe=${pipeName}, DSP0003 published, shutdown and exit: exit code 0`);
}

process.exit(0);
