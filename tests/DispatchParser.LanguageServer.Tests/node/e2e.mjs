// End-to-end test of the dispatch language server from a real LSP client: the npm packages
// vscode-languageserver-protocol / vscode-jsonrpc (the client side of VS Code's own LSP library).
//
//   node e2e.mjs <command> [args...]      e.g.  node e2e.mjs dotnet path/to/dispatch.dll lsp
//
// Walks through open, edit, diagnostics appearing / changing / disappearing, symbols, hover,
// quick fixes, formatting, close and shutdown; prints one line per step and exits 0 only if all pass.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lsp = require('vscode-languageserver-protocol/node');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node e2e.mjs <server command> [args...]');
  process.exit(2);
}

const uri = 'file:///tmp/e2e/dispatch.txt';
// Missing agency tag (DSP0003); the notice names İlke Haber Ajansı, so the quick fix adds (İLKHA).
let text = [
  "Diyarbakır'da kütüphane haftası başladı",
  '',
  'Kent genelinde kütüphane haftası etkinliklerle başladı.',
  'Etkinlikler hafta boyunca sürecek.',
  "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videonun tüm hakları İlke Haber Ajansı'na aittir.",
  "Ankara'da yağmur bekleniyor.",
].join('\n');
let version = 1;

const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exit(1);
};
const step = (message) => console.log(`ok - ${message}`);
const assert = (condition, message) => { if (!condition) fail(message); };

setTimeout(() => fail('timed out after 60 s'), 60_000).unref();

const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
server.on('error', (error) => fail(`cannot start ${command}: ${error.message}`));
const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));

const connection = lsp.createProtocolConnection(
  new lsp.StreamMessageReader(server.stdout),
  new lsp.StreamMessageWriter(server.stdin));

// Diagnostics arrive as notifications: keep them and let steps wait for one that matches.
const published = [];
let waiters = [];
connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
  published.push(params);
  waiters = waiters.filter((waiter) => !waiter(params));
});
const logs = [];
connection.onNotification(lsp.LogMessageNotification.type, (params) => logs.push(params));
connection.listen();

function diagnostics(predicate, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics ${what}; got ${JSON.stringify(published.slice(-3))}`)), 15_000);
    waiters.push((params) => {
      if (params.uri !== uri || !predicate(params)) return false;
      clearTimeout(timer);
      resolve(params);
      return true;
    });
  });
}
// The publication for the version the next change will create (versions go up one per edit here).
function diagnosticsForNextVersion(what) {
  const next = version + 1;
  return diagnostics((p) => p.version === next, what);
}
const codes = (params) => params.diagnostics.map((d) => d.code).sort().join(',');

// LSP positions count UTF-16 code units, as JavaScript strings do.
function offsetOf(position) {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line && line < lines.length; line++) offset += lines[line].length + 1;
  return offset + position.character;
}

// Sends a TextEdit as an incremental change (the client's job when applying a workspace edit).
async function applyEdits(edits) {
  for (const edit of [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))) {
    const start = offsetOf(edit.range.start);
    const end = offsetOf(edit.range.end);
    text = text.slice(0, start) + edit.newText + text.slice(end);
    version++;
    await connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: edit.range, text: edit.newText }],
    });
  }
}

try {
  const init = await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { general: { positionEncodings: ['utf-16'] }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  const caps = init.capabilities;
  assert(caps.textDocumentSync.change === lsp.TextDocumentSyncKind.Incremental, 'incremental sync');
  assert(caps.positionEncoding === 'utf-16', 'utf-16 positions');
  assert(caps.documentSymbolProvider && caps.hoverProvider && caps.documentFormattingProvider && caps.foldingRangeProvider, 'providers');
  assert(caps.codeActionProvider.codeActionKinds.includes('quickfix'), 'quick fixes');
  assert(caps.semanticTokensProvider.full === true, 'semantic tokens');
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  step(`initialize: ${init.serverInfo.name}, incremental sync, utf-16`);

  let waiting = diagnostics((p) => p.version === 1, 'for version 1');
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'dispatch', version, text },
  });
  let params = await waiting;
  assert(codes(params) === 'DSP0003', `open: expected DSP0003, got ${codes(params)}`);
  const missingTag = params.diagnostics[0];
  assert(missingTag.severity === lsp.DiagnosticSeverity.Error && missingTag.source === 'dispatch', 'DSP0003 is an error from dispatch');
  assert(missingTag.relatedInformation?.[0]?.message.includes('İlke Haber Ajansı'), 'DSP0003 points at the notice');
  step('diagnostics appear: DSP0003 missing agency tag, related to the notice');

  // Edit: delete the blank separator line → DSP0002 joins DSP0003.
  waiting = diagnosticsForNextVersion('after deleting the separator');
  await applyEdits([{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
  params = await waiting;
  assert(codes(params) === 'DSP0002,DSP0003', `after the edit: expected DSP0002,DSP0003, got ${codes(params)}`);
  step('diagnostics change: DSP0002 missing separator appears after an incremental edit');

  const symbols = await connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri } });
  const names = symbols.map((s) => s.name).join(',');
  assert(names === 'Headline,Body,Legal notice,Briefs', `symbols: ${names}`);
  assert(symbols[1].children.map((s) => s.name).join(',') === 'Paragraph 1,Paragraph 2', 'body children');
  step(`document symbols: ${names}`);

  const folding = await connection.sendRequest(lsp.FoldingRangeRequest.type, { textDocument: { uri } });
  assert(folding.length === 1 && folding[0].startLine === 1 && folding[0].endLine === 2, `folding: ${JSON.stringify(folding)}`);
  const tokens = await connection.sendRequest(lsp.SemanticTokensRequest.type, { textDocument: { uri } });
  assert(tokens.data.length % 5 === 0 && tokens.data.length >= 15, `semantic tokens: ${tokens.data.length}`);
  step(`folding range for the body; ${tokens.data.length / 5} semantic tokens`);

  // Quick fix for DSP0003: the tag the notice names.
  const tagDiagnostic = params.diagnostics.find((d) => d.code === 'DSP0003');
  let actions = await connection.sendRequest(lsp.CodeActionRequest.type, {
    textDocument: { uri }, range: tagDiagnostic.range, context: { diagnostics: [tagDiagnostic], only: ['quickfix'] },
  });
  assert(actions.length === 1 && actions[0].kind === 'quickfix', `actions for DSP0003: ${JSON.stringify(actions)}`);
  waiting = diagnosticsForNextVersion('after the tag fix');
  await applyEdits(actions[0].edit.changes[uri]);
  params = await waiting;
  assert(text.includes('sürecek. (İLKHA)'), 'the tag was added');
  assert(codes(params) === 'DSP0002', `after the tag fix: ${codes(params)}`);
  step(`quick fix "${actions[0].title}" applied: DSP0003 gone`);

  const hover = await connection.sendRequest(lsp.HoverRequest.type, {
    textDocument: { uri }, position: { line: 2, character: text.split('\n')[2].length - 3 },
  });
  assert(hover?.contents?.value?.includes('İlke Haber Ajansı'), `hover: ${JSON.stringify(hover)}`);
  step('hover on the new tag: İlke Haber Ajansı');

  // Quick fix for DSP0002, then the diagnostics disappear.
  const separator = params.diagnostics[0];
  actions = await connection.sendRequest(lsp.CodeActionRequest.type, {
    textDocument: { uri }, range: separator.range, context: { diagnostics: [separator] },
  });
  waiting = diagnosticsForNextVersion('after the separator fix');
  await applyEdits(actions[0].edit.changes[uri]);
  params = await waiting;
  assert(params.diagnostics.length === 0, `after both fixes: ${codes(params)}`);
  step(`quick fix "${actions[0].title}" applied: diagnostics disappear`);

  const edits = await connection.sendRequest(lsp.DocumentFormattingRequest.type, {
    textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
  });
  assert(Array.isArray(edits) && edits.length === 0, `formatting a normal document: ${JSON.stringify(edits)}`);
  step('formatting: no edit for a canonical document');

  waiting = diagnostics((p) => p.diagnostics.length === 0 && p.version === undefined, 'on close');
  await connection.sendNotification(lsp.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await waiting;
  step('close: diagnostics cleared');

  await connection.sendRequest(lsp.ShutdownRequest.type);
  await connection.sendNotification(lsp.ExitNotification.type);
  const code = await exited;
  assert(code === 0, `exit code ${code}`);
  step('shutdown and exit: exit code 0');
  connection.dispose();
  process.exit(0);
} catch (error) {
  fail(error?.stack ?? String(error));
}
