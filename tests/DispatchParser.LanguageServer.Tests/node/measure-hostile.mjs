// Side-by-side measurement of the language server under two hostile loads of issue 18 (the figures
// in its closing note come from this script, run once on the build before the fix and once after):
//
//   node measure-hostile.mjs <command> [args...]      e.g.  node measure-hostile.mjs dotnet dispatch.dll lsp
//
// 9.  Publishing: open a ~1.9 MB dispatch whose second half repeats its first (128 k paragraphs, each
//     repeat a DSP0204 with related information), then at once a 3-line dispatch; print the time to
//     each one's diagnostics.
// 10. Backpressure: send textDocument/documentSymbol requests for 20 s without reading any answer (the
//     server's stdout is not read); print the server's resident memory (VmRSS) every 5 s and how many
//     requests the server took (the client's writes block when it stops reading).
// Times are wall-clock on whatever machine runs it; the ratios between builds are what count.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lsp = require('vscode-languageserver-protocol/node');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node measure-hostile.mjs <server command> [args...]');
  process.exit(2);
}
const which = process.env.ONLY ?? '9,10';

function rssMegabytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

function start() {
  const child = spawn(command, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  return child;
}

if (which.includes('9')) {
  const child = start();
  const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  const arrived = new Map();
  const t0 = { value: 0 };
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    if (!arrived.has(params.uri)) arrived.set(params.uri, { ms: performance.now() - t0.value, count: params.diagnostics.length });
  });
  connection.listen();
  await connection.sendRequest(lsp.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  const half = [];
  for (let i = 0; i < 64_000; i++) half.push(`Paragraf ${i} bu.`);
  const big = ['Başlık', '', ...half, ...half, 'Son paragraf. (AA)', ''].join('\n');
  const small = 'Başlık\n\nMetin (AA)\n';
  t0.value = performance.now();
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri: 'file:///big.txt', languageId: 'dispatch', version: 1, text: big } });
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri: 'file:///small.txt', languageId: 'dispatch', version: 1, text: small } });
  const deadline = performance.now() + 300_000;
  while (arrived.size < 2 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const show = (uri) => arrived.has(uri) ? `${(arrived.get(uri).ms / 1000).toFixed(2)} s (${arrived.get(uri).count} diagnostics)` : 'not within 300 s';
  console.log(`item 9: ${(big.length / 1e6).toFixed(2)} M chars, ${2 * half.length} paragraphs: big document diagnostics after ${show('file:///big.txt')}; 3-line document opened after it: ${show('file:///small.txt')}`);
  child.kill('SIGKILL');
}

if (which.includes('10')) {
  const child = start();
  // Initialize by hand on the raw pipe, then stop reading stdout altogether.
  const frame = (message) => {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  };
  child.stdin.write(frame({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { processId: process.pid, capabilities: {} } }));
  child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  const paragraphs = [];
  for (let i = 0; i < 2_000; i++) paragraphs.push(`Paragraf ${i}: kent genelinde etkinlikler sürecek.`);
  child.stdin.write(frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///doc.txt', languageId: 'dispatch', version: 1, text: ['Başlık', '', ...paragraphs, 'Son. (AA)'].join('\n') } } }));
  child.stdout.pause();
  let sent = 0;
  let stop = false;
  const request = (id) => frame({ jsonrpc: '2.0', id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///doc.txt' } } });
  const pump = async () => {
    while (!stop) {
      const ok = child.stdin.write(request(++sent));
      if (!ok) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
  };
  pump();
  const samples = [];
  for (let second = 5; second <= 20; second += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    samples.push(`${second} s: ${rssMegabytes(child.pid).toFixed(0)} MB`);
  }
  stop = true;
  console.log(`item 10: unread documentSymbol answers, server VmRSS ${samples.join(', ')}; requests the server took: ${sent - Math.ceil(child.stdin.writableLength / request(sent).length)} of ${sent} written`);
  child.kill('SIGKILL');
}
process.exit(0);
