import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Severity } from '../analysis';
import { toRange } from './ranges';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings as LSP diagnostics: `code` is the rule id, `source` is `copydesk`. */
export function toDiagnostics(doc: TextDocument, analysis: Analysis): Diagnostic[] {
  return analysis.findings.map((f) => toDiagnostic(doc, f));
}

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: 'copydesk',
    message: finding.message,
  };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** The one diagnostic of a document that is binary data, not copy: it is not checked. */
export function notTextDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: 'file/not-text',
    source: 'copydesk',
    message: `Copydesk did not check this document: ${reason}.`,
  };
}
