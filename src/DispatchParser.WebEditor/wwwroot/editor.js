// @ts-check
// The web editor: Monaco on the left, outline / parts / syntax tree on the right, all fed by the
// dispatch language server over /lsp (LspConnection in lsp-client.js). Positions: Monaco counts lines
// and columns from 1, LSP from 0; both count UTF-16 code units, which is the encoding the server speaks.
/* global require, monaco, LspConnection */
'use strict';

const DOCUMENT_URI = 'inmemory://dispatch/editor.txt';
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

const toLspPosition = (/** @type {any} */ p) => ({ line: p.lineNumber - 1, character: p.column - 1 });
const toLspRange = (/** @type {any} */ r) => ({
  start: { line: r.startLineNumber - 1, character: r.startColumn - 1 },
  end: { line: r.endLineNumber - 1, character: r.endColumn - 1 },
});
const toMonacoRange = (/** @type {any} */ r) => new monaco.Range(r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1);

function setStatus(/** @type {string} */ text, error = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

// @ts-ignore: the AMD loader's require
require.config({ paths: { vs: 'monaco/vs' } });
// @ts-ignore
window.MonacoEnvironment = { getWorkerUrl: () => 'monaco/vs/base/worker/workerMain.js' };
// @ts-ignore
require(['vs/editor/editor.main'], () => start().catch((error) => setStatus(`error: ${error.message}`, true)));

async function start() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  // @ts-ignore
  const connection = new LspConnection(`${scheme}://${location.host}/lsp`);
  connection.onClose = (reason) => setStatus(`disconnected (${reason}): reload the page to reconnect`, true);
  await connection.opened;

  const init = await connection.request('initialize', {
    processId: null,
    rootUri: null,
    clientInfo: { name: 'dispatch web editor' },
    capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  connection.notify('initialized', {});
  const legend = init.capabilities.semanticTokensProvider?.legend ?? { tokenTypes: [], tokenModifiers: [] };

  monaco.languages.register({ id: 'dispatch' });
  const palette = ['0b5394', '38761d', 'a61c00', '7f6000', '674ea7', '0c343d', '990000', '1155cc', '6aa84f', 'b45f06'];
  monaco.editor.defineTheme('dispatch', {
    base: 'vs',
    inherit: true,
    rules: legend.tokenTypes.map((/** @type {string} */ type, /** @type {number} */ i) => ({ token: type, foreground: palette[i % palette.length], fontStyle: i === 0 ? 'bold' : '' })),
    colors: {},
  });
  const model = monaco.editor.createModel('', 'dispatch', monaco.Uri.parse(DOCUMENT_URI));
  const editor = monaco.editor.create($('editor'), {
    model,
    theme: 'dispatch',
    automaticLayout: true,
    wordWrap: 'on',
    glyphMargin: true,
    'semanticHighlighting.enabled': true,
    unicodeHighlight: { ambiguousCharacters: false },
  });

  connection.notify('textDocument/didOpen', {
    textDocument: { uri: DOCUMENT_URI, languageId: 'dispatch', version: model.getVersionId(), text: model.getValue() },
  });
  model.onDidChangeContent((event) => {
    // Monaco's changes in one event all refer to the text before it; from the last to the first they
    // apply one after the other, as LSP reads them.
    const changes = [...event.changes].sort((a, b) => b.rangeOffset - a.rangeOffset)
      .map((change) => ({ range: toLspRange(change.range), text: change.text }));
    connection.notify('textDocument/didChange', { textDocument: { uri: DOCUMENT_URI, version: event.versionId }, contentChanges: changes });
    schedulePanels();
  });

  /** @type {any[]} the server's diagnostics of the version on screen, for code action requests */
  let diagnostics = [];
  let shownVersion = 0;
  const severities = [undefined, monaco.MarkerSeverity.Error, monaco.MarkerSeverity.Warning, monaco.MarkerSeverity.Info, monaco.MarkerSeverity.Hint];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== DOCUMENT_URI) return;
    if (typeof params.version === 'number') {
      if (params.version < shownVersion) return;
      shownVersion = params.version;
    }
    diagnostics = params.diagnostics;
    monaco.editor.setModelMarkers(model, 'dispatch', diagnostics.map((d) => ({
      severity: severities[d.severity ?? 1] ?? monaco.MarkerSeverity.Error,
      code: d.code,
      source: d.source,
      message: d.message,
      ...rangeFields(d.range),
      relatedInformation: (d.relatedInformation ?? []).map((/** @type {any} */ r) => ({ resource: model.uri, message: r.message, ...rangeFields(r.location.range) })),
    })));
    const errors = diagnostics.filter((d) => d.severity === 1).length;
    setStatus(`${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})`);
  });
  const messages = ['', 'error', 'warning', 'info', 'log'];
  connection.onNotification('window/showMessage', (params) => setStatus(`server ${messages[params.type] ?? ''}: ${params.message}`, params.type === 1));
  connection.onNotification('window/logMessage', (params) => { if (params.type <= 2) console.warn(`dispatch server: ${params.message}`); });

  const textDocument = { uri: DOCUMENT_URI };
  monaco.languages.registerHoverProvider('dispatch', {
    provideHover: async (_model, position) => {
      const hover = await connection.request('textDocument/hover', { textDocument, position: toLspPosition(position) });
      if (!hover) return null;
      return { contents: [{ value: hover.contents.value }], range: hover.range ? toMonacoRange(hover.range) : undefined };
    },
  });
  monaco.languages.registerCodeActionProvider('dispatch', {
    provideCodeActions: async (_model, range) => {
      const lspRange = toLspRange(range);
      const touching = diagnostics.filter((d) => !(d.range.end.line < lspRange.start.line || d.range.start.line > lspRange.end.line));
      const actions = await connection.request('textDocument/codeAction', { textDocument, range: lspRange, context: { diagnostics: touching, only: ['quickfix'] } });
      return {
        actions: (actions ?? []).map((/** @type {any} */ action) => ({
          title: action.title,
          kind: action.kind,
          isPreferred: action.isPreferred,
          edit: {
            edits: (action.edit?.changes?.[DOCUMENT_URI] ?? []).map((/** @type {any} */ edit) => ({
              resource: model.uri,
              versionId: model.getVersionId(),
              textEdit: { range: toMonacoRange(edit.range), text: edit.newText },
            })),
          },
        })),
        dispose() {},
      };
    },
  }, { providedCodeActionKinds: ['quickfix'] });
  const formattingEdits = async () => {
    const edits = await connection.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
    return (edits ?? []).map((/** @type {any} */ edit) => ({ range: toMonacoRange(edit.range), text: edit.newText }));
  };
  monaco.languages.registerDocumentFormattingEditProvider('dispatch', { provideDocumentFormattingEdits: formattingEdits });
  monaco.languages.registerDocumentSemanticTokensProvider('dispatch', {
    getLegend: () => legend,
    provideDocumentSemanticTokens: async () => {
      const tokens = await connection.request('textDocument/semanticTokens/full', { textDocument });
      return { data: new Uint32Array(tokens?.data ?? []) };
    },
    releaseDocumentSemanticTokens() {},
  });

  // Side panels, refreshed a moment after the text stops changing.
  /** @type {number | undefined} */
  let panelTimer;
  function schedulePanels() {
    clearTimeout(panelTimer);
    panelTimer = window.setTimeout(() => refreshPanels().catch((error) => console.warn(error)), 150);
  }
  async function refreshPanels() {
    const version = model.getVersionId();
    const [symbols, parts] = await Promise.all([
      connection.request('textDocument/documentSymbol', { textDocument }),
      connection.request('dispatch/parts', { textDocument }),
    ]);
    if (version !== model.getVersionId()) return;
    renderOutline(symbols ?? []);
    $('parts').textContent = JSON.stringify(parts, null, 2);
    if (/** @type {HTMLDetailsElement} */ ($('tree-panel')).open) {
      const tree = await connection.request('dispatch/syntaxTree', { textDocument });
      if (version === model.getVersionId()) $('tree').textContent = treeLines(tree, '').join('\n');
    }
  }
  $('tree-panel').addEventListener('toggle', schedulePanels);

  function renderOutline(/** @type {any[]} */ symbols) {
    const list = (/** @type {any[]} */ items) => {
      const ul = document.createElement('ul');
      for (const symbol of items) {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.textContent = symbol.name;
        link.addEventListener('click', () => {
          editor.revealRangeInCenter(toMonacoRange(symbol.selectionRange ?? symbol.range));
          editor.setSelection(toMonacoRange(symbol.selectionRange ?? symbol.range));
          editor.focus();
        });
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = symbol.detail ?? '';
        li.append(link, kind);
        if (symbol.children?.length) li.append(list(symbol.children));
        ul.append(li);
      }
      return ul;
    };
    $('outline').replaceChildren(...list(symbols).childNodes);
  }

  function treeLines(/** @type {any} */ item, /** @type {string} */ indent) {
    if (!item) return [];
    const text = item.text !== undefined && item.text !== null ? ` ${JSON.stringify(item.text)}` : '';
    const lines = [`${indent}${item.kind}${item.missing ? ' <missing>' : ''} [${item.start}..${item.end})${text}`];
    for (const child of item.children ?? []) lines.push(...treeLines(child, indent + '  '));
    return lines;
  }

  // Toolbar: open a local file (read in the page; nothing is uploaded but the text the server checks),
  // format, download the formatted text.
  $('open-file').addEventListener('change', async (event) => {
    const file = /** @type {HTMLInputElement} */ (event.target).files?.[0];
    if (!file) return;
    model.setValue(await file.text());
    setStatus(`opened ${file.name}`);
  });
  $('format').addEventListener('click', () => editor.getAction('editor.action.formatDocument')?.run());
  $('download').addEventListener('click', async () => {
    const copy = monaco.editor.createModel(model.getValue(), 'plaintext');
    copy.applyEdits(await formattingEdits());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([copy.getValue()], { type: 'text/plain;charset=utf-8' }));
    link.download = 'dispatch.txt';
    link.click();
    URL.revokeObjectURL(link.href);
    copy.dispose();
  });

  schedulePanels();
  setStatus('ready');
  // For the browser test and the curious: the editor, its model and the connection.
  // @ts-ignore
  window.dispatchEditor = {
    monaco, editor, model, connection,
    markers: () => monaco.editor.getModelMarkers({ resource: model.uri }),
    publishedVersion: () => shownVersion,
  };
}

function rangeFields(/** @type {any} */ r) {
  return { startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1 };
}
