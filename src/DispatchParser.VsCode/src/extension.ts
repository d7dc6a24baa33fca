// The VS Code side: settings, the `*.txt` globs, and a vscode-languageclient LanguageClient that
// starts `dispatch lsp` over stdio. How the server is found and launched lives in serverLaunch.ts,
// which has no `vscode` import so that a Node test can run it against the real server.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { associationsWith, documentSelector, LANGUAGE_ID, normalizeGlobs } from './documentSelection';
import { resolveServer, type ServerSettings } from './serverLaunch';

let client: LanguageClient | undefined;
let starting = false;
/** Set when the server cannot be found or started; cleared by a settings change or the restart command. */
let gaveUp = false;
let output: vscode.LogOutputChannel | undefined;

function settings(): ServerSettings {
  const configuration = vscode.workspace.getConfiguration('dispatch');
  return {
    path: configuration.get<string>('server.path', ''),
    profile: configuration.get<string>('profile', 'standard'),
  };
}

function txtGlobs(): string[] {
  return normalizeGlobs(vscode.workspace.getConfiguration('dispatch').get('txtGlobs'));
}

/** Maps each glob to the dispatch language in `files.associations` and switches open matches over. */
async function applyTxtGlobs(globs: readonly string[]): Promise<void> {
  if (globs.length === 0) return;
  const files = vscode.workspace.getConfiguration('files');
  const associations = associationsWith(files.get<Record<string, string>>('associations'), globs);
  if (associations) {
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await files.update('associations', associations, target);
  }
  for (const document of vscode.workspace.textDocuments) {
    if (document.languageId !== 'plaintext') continue;
    if (globs.some((pattern) => vscode.languages.match({ scheme: 'file', pattern }, document) > 0)) {
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }
  }
}

async function startClient(): Promise<void> {
  const current = settings();
  const resolution = resolveServer(current, {
    env: process.env,
    platform: process.platform,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  });
  if (!resolution.ok) {
    gaveUp = true;
    output?.error(resolution.error);
    void vscode.window.showErrorMessage(`Dispatch: ${resolution.error}.`);
    return;
  }
  const executable = { command: resolution.server.command, args: [...resolution.server.args], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(txtGlobs()),
    outputChannel: output,
  };
  // The id 'dispatch' makes the client read the `dispatch.trace.server` setting.
  client = new LanguageClient('dispatch', 'Dispatch', serverOptions, clientOptions);
  output?.info(`starting ${executable.command} ${executable.args.join(' ')} --stdio`);
  try {
    await client.start();
  } catch (error) {
    gaveUp = true;
    output?.error(`the language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage(`Dispatch: the language server did not start (${String(error)}).`);
  }
}

async function restartClient(): Promise<void> {
  gaveUp = false;
  const running = client;
  client = undefined;
  if (running) await running.stop();
  await startClient();
}

/** Starts the client the first time a dispatch is open (activation on plain text starts nothing). */
async function startWhenADispatchIsOpen(): Promise<void> {
  if (client || starting || gaveUp) return;
  if (!vscode.workspace.textDocuments.some((document) => document.languageId === LANGUAGE_ID)) return;
  starting = true;
  try {
    await startClient();
  } finally {
    starting = false;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Dispatch', { log: true });
  context.subscriptions.push(output);
  // Activated by a dispatch, or by any plain-text file so that `dispatch.txtGlobs` can claim it.
  await applyTxtGlobs(txtGlobs());
  await startWhenADispatchIsOpen();
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(() => startWhenADispatchIsOpen()),
    vscode.commands.registerCommand('dispatch.restartServer', restartClient),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('dispatch.txtGlobs')) await applyTxtGlobs(txtGlobs());
      if (['dispatch.server.path', 'dispatch.profile', 'dispatch.txtGlobs'].some((key) => event.affectsConfiguration(key))) {
        gaveUp = false;
        if (client) await restartClient();
        else await startWhenADispatchIsOpen();
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
