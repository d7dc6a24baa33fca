// How the extension starts the language server: where `dispatch` is and which command line it gets.
// A plain module (no `vscode` import) so that a Node test can spawn exactly what the extension
// spawns, against the real server, without VS Code.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, extname, isAbsolute, join, resolve } from 'node:path';

/** The extension's settings that decide how the server runs. */
export interface ServerSettings {
  /** `dispatch.server.path`: empty for the `dispatch` tool on PATH. */
  readonly path: string;
  /** `dispatch.profile`: `standard`, `strict` or `lenient`. */
  readonly profile: string;
}

/** Where the extension runs: what it needs to find the server. */
export interface LaunchEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** The first workspace folder, against which a relative `dispatch.server.path` is resolved. */
  readonly workspaceFolder?: string;
  readonly isFile?: (path: string) => boolean;
}

/** An executable and its arguments, as vscode-languageclient's `Executable` takes them. */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
}

export type ServerResolution =
  | { readonly ok: true; readonly server: ServerCommand }
  | { readonly ok: false; readonly error: string };

export const profiles = ['standard', 'strict', 'lenient'] as const;

const INSTALL_HINT =
  'install it with `dotnet tool install --global DispatchParser.Cli` (from a `dotnet pack` of src/DispatchParser.Cli) or set `dispatch.server.path`';

const defaultIsFile = (path: string): boolean => {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The names `dispatch` may have on PATH: PATHEXT's extensions on Windows, the bare name elsewhere. */
function executableNames(name: string, environment: LaunchEnvironment): string[] {
  if (environment.platform !== 'win32') return [name];
  const extensions = (environment.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e);
  return extensions.map((extension) => name + extension.toLowerCase());
}

/** The first file called `name` (an executable name) in the PATH directories, or undefined. */
export function findOnPath(name: string, environment: LaunchEnvironment): string | undefined {
  const isFile = environment.isFile ?? defaultIsFile;
  const pathVariable = environment.env.PATH ?? environment.env.Path ?? '';
  const separator = environment.platform === 'win32' ? ';' : delimiter;
  for (const directory of pathVariable.split(separator).filter((d) => d)) {
    for (const candidate of executableNames(name, environment)) {
      const path = join(directory, candidate);
      if (isFile(path)) return path;
    }
  }
  return undefined;
}

function expandPath(configured: string, environment: LaunchEnvironment): string {
  let path = configured.trim();
  if (path === '~' || path.startsWith('~/')) path = join(environment.env.HOME ?? homedir(), path.slice(1));
  if (!isAbsolute(path) && environment.workspaceFolder) path = resolve(environment.workspaceFolder, path);
  return path;
}

/** The profile to pass: the setting when it names one, else `standard`. */
export function profileOf(settings: ServerSettings): string {
  return (profiles as readonly string[]).includes(settings.profile) ? settings.profile : 'standard';
}

/** `lsp --profile NAME`: the server applies the profile's severities (as `dispatch check --profile`). */
export function serverArguments(settings: ServerSettings): string[] {
  return ['lsp', '--profile', profileOf(settings)];
}

/**
 * The server's command: the configured path (a `dispatch` executable, or `dispatch.dll` run with
 * `dotnet`), else `dispatch` on PATH, with {@link serverArguments}; vscode-languageclient appends
 * `--stdio` itself for `TransportKind.stdio` (see {@link stdioCommandLine}).
 */
export function resolveServer(settings: ServerSettings, environment: LaunchEnvironment): ServerResolution {
  const isFile = environment.isFile ?? defaultIsFile;
  const args = serverArguments(settings);
  if (settings.path.trim() !== '') {
    const path = expandPath(settings.path, environment);
    if (!isFile(path)) return { ok: false, error: `dispatch.server.path is set to ${path}, which is not a file` };
    if (extname(path).toLowerCase() === '.dll') {
      const dotnet = findOnPath('dotnet', environment);
      if (!dotnet) return { ok: false, error: `dispatch.server.path is a .dll (${path}), but dotnet is not on PATH` };
      return { ok: true, server: { command: dotnet, args: [path, ...args] } };
    }
    return { ok: true, server: { command: path, args } };
  }
  const found = findOnPath('dispatch', environment);
  if (!found) return { ok: false, error: `the dispatch command is not on PATH: ${INSTALL_HINT}` };
  return { ok: true, server: { command: found, args } };
}

/**
 * The command line vscode-languageclient spawns for an `Executable` with `TransportKind.stdio`: the
 * arguments followed by `--stdio` (vscode-languageclient's node client does `args.push('--stdio')`).
 */
export function stdioCommandLine(server: ServerCommand): ServerCommand {
  return { command: server.command, args: [...server.args, '--stdio'] };
}
