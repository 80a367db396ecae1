import * as path from 'node:path';
import * as vscode from 'vscode';

/** The extension's id, publisher.name from package.json. */
export const EXTENSION_ID = 'copydesk.copydesk';

/** test/editor/fixtures, from out/test/editor/suite where the compiled suite lives. */
export const FIXTURES = path.resolve(__dirname, '../../../../test/editor/fixtures');

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(FIXTURES, name));
}

/** Opens a fixture in an editor (as a person would), which also makes the client sync it. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/**
 * Polls `probe` until it returns something other than undefined, null or false, and returns
 * that. The language server answers once it has started and analysed the file, so every
 * expectation on it polls instead of sleeping a fixed time.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The diagnostic code as a string, whether VS Code holds it plain or with a target link. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The hover's text, whatever mix of MarkdownString and MarkedString it holds. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The position of the first occurrence of `needle` in the document. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in ${doc.uri.fsPath}`);
  return doc.positionAt(offset + delta);
}
