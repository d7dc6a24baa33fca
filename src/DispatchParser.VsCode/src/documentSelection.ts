// Which documents are dispatches: the `dispatch` language (`*.dispatch`), plus the `.txt` files
// that match `dispatch.txtGlobs`. A plain module (no `vscode` import), tested with Node.

/** A document filter, as vscode-languageclient's `TextDocumentFilter` takes it (always with a language). */
export interface DocumentFilter {
  readonly language: string;
  readonly scheme?: string;
  readonly pattern?: string;
}

export const LANGUAGE_ID = 'dispatch';

/** The language client's document selector: the language, and every glob (files still plain text). */
export function documentSelector(txtGlobs: readonly string[]): DocumentFilter[] {
  return [
    { language: LANGUAGE_ID },
    ...txtGlobs.map((pattern) => ({ scheme: 'file', language: 'plaintext', pattern })),
  ];
}

/** The globs worth applying: trimmed, non-empty, each once. */
export function normalizeGlobs(globs: unknown): string[] {
  if (!Array.isArray(globs)) return [];
  return [...new Set(globs.filter((g): g is string => typeof g === 'string').map((g) => g.trim()).filter((g) => g))];
}

/**
 * `files.associations` with every glob mapped to the `dispatch` language, or undefined when it
 * already says so (so that the extension writes settings only when something changes).
 */
export function associationsWith(
  current: Readonly<Record<string, string>> | undefined,
  txtGlobs: readonly string[],
): Record<string, string> | undefined {
  const next: Record<string, string> = { ...(current ?? {}) };
  let changed = false;
  for (const glob of txtGlobs) {
    if (next[glob] !== LANGUAGE_ID) {
      next[glob] = LANGUAGE_ID;
      changed = true;
    }
  }
  return changed ? next : undefined;
}
