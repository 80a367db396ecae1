import { styleText } from 'node:util';
import type { FileResult } from './results';

type Style = Parameters<typeof styleText>[0];
const SEVERITY_STYLE: Record<string, Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

/**
 * The human report: findings grouped by file as `line:col  severity  message  rule`, with a
 * summary line; colours only when `color` (stdout is a terminal).
 */
export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const out: string[] = [];
  const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (r.error) out.push('', paint('underline', r.path), `  ${paint('red', 'error')}  ${r.error}`);
    if (r.findings.length === 0) continue;
    out.push('', paint('underline', r.path));
    // Not `Math.max(...)`: a file can have more findings than a call takes arguments.
    const width = r.findings.reduce((w, f) => Math.max(w, `${f.line}:${f.column}`.length), 0);
    for (const f of r.findings) {
      counts[f.severity]!++;
      out.push(`  ${`${f.line}:${f.column}`.padEnd(width)}  ${paint(SEVERITY_STYLE[f.severity]!, f.severity.padEnd(11))}  ${f.message}  ${paint('gray', f.rule)}`);
    }
  }
  const fixed = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  const total = counts.error! + counts.warning! + counts.information! + counts.hint!;
  const summary = total === 0 ? `No findings in ${results.length} ${results.length === 1 ? 'file' : 'files'}.` : `${total} ${total === 1 ? 'finding' : 'findings'} (${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints) in ${results.length} files.`;
  out.push('', paint(counts.error! > 0 ? 'red' : counts.warning! > 0 ? 'yellow' : 'green', summary));
  if (fixed > 0) out.push(`${fixed} safe ${fixed === 1 ? 'fix' : 'fixes'} applied.`);
  return `${out.join('\n').replace(/^\n/, '')}\n`;
}
