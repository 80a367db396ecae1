import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Fix } from '../analysis';
import { disableForLine } from '../analysis/rules/fixes';
import { toRange } from './ranges';

/** Quick fixes for the Copydesk diagnostics in the request: each finding's own fixes, then
 *  "Disable RULE for this line". */
export function toCodeActions(doc: TextDocument, analysis: Analysis, diagnostics: readonly Diagnostic[], snippets: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'copydesk') continue;
    const finding = findingFor(doc, analysis, diagnostic);
    if (!finding) continue;
    finding.fixes.forEach((fix, i) => actions.push(toAction(doc, fix, diagnostic, snippets, i === 0 && fix.safe)));
    const disables = finding.fixes.some((f) => f.edits.some((e) => e.newText.includes('copydesk-disable-next-line')));
    if (!disables) {
      actions.push(toAction(doc, disableForLine(doc.getText(), finding, finding.rule, `Disable ${finding.rule} for this line`), diagnostic, snippets, false));
    }
  }
  return actions;
}

function findingFor(doc: TextDocument, analysis: Analysis, d: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return analysis.findings.find((f) => f.rule === d.code && f.start === start && f.end === end);
}

function toAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic, snippets: boolean, preferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: toWorkspaceEdit(doc, fix, snippets) };
}

/** A fix as a workspace edit: snippet edits (LSP 3.18) where the client takes them, plain text otherwise. */
export function toWorkspaceEdit(doc: TextDocument, fix: Fix, snippets: boolean): WorkspaceEdit {
  const edits = fix.edits.map((e) => {
    const range = toRange(doc, e);
    if (fix.snippet && snippets) return { range, snippet: { kind: 'snippet', value: e.newText } } as unknown as LspTextEdit;
    return { range, newText: fix.snippet ? plainText(e.newText) : e.newText };
  });
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

/** `${1:[SOURCE]}` → `[SOURCE]`. */
function plainText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}$]*)\}/g, '$1').replace(/\$\d+/g, '');
}
