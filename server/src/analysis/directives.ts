import type { EditorNote, Span } from './article/model';
import { isBlank, splitLines } from './article/lines';
import { isRuleId } from './rules/registry';
import { unusedDirective } from './rules/structure/unusedDirective';
import type { Finding } from './rules/types';

/**
 * Inline directives, written in editor notes:
 *   <!-- copydesk-disable-next-line attribution/unsourced-claim -->   the next non-blank line
 *   <!-- copydesk-disable-line style/percent -->                        the note's own line
 *   <!-- copydesk-disable dateline -->  …  <!-- copydesk-enable dateline -->
 * Rules are named by id, by `family/*`, or not at all (every rule). Text after ` -- ` is a
 * reason and is ignored.
 */
const DIRECTIVE = /^\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** One rule name of a directive (or the whole directive when it names none). */
interface Entry {
  kind: Kind;
  pattern: string | null;
  span: Span;
  range: Span;
  used: boolean;
}

/**
 * Drops the findings that directives disable and adds a hint for every directive entry that
 * disabled nothing or names no rule. `isOff` says which rules settings switched off (a
 * directive for them is not reported as unused).
 */
export function applyDirectives(text: string, notes: readonly EditorNote[], findings: Finding[], isOff: (id: string) => boolean): Finding[] {
  const entries = readEntries(text, notes);
  if (entries.length === 0) return findings;
  const kept = findings.filter((f) => !entries.some((e) => covers(e, f)));
  const hints: Finding[] = [];
  for (const e of entries) {
    if (e.pattern !== null && !e.pattern.endsWith('/*') && !isRuleId(e.pattern)) {
      hints.push(hint(e, `"${e.pattern}" is not a Copydesk rule, so this directive does nothing.`));
    } else if (!e.used && !(e.pattern !== null && isOff(e.pattern))) {
      hints.push(hint(e, unusedMessage(e)));
    }
  }
  return [...kept, ...hints];
}

function covers(e: Entry, f: Finding): boolean {
  if (e.kind === 'enable' || f.start < e.range.start || f.start >= e.range.end) return false;
  const matches = e.pattern === null || e.pattern === f.rule || (e.pattern.endsWith('/*') && f.rule.startsWith(e.pattern.slice(0, -1)));
  if (matches) e.used = true;
  return matches;
}

function unusedMessage(e: Entry): string {
  const what = e.pattern ?? 'every rule';
  if (e.kind === 'enable') return `copydesk-enable ${what} has no copydesk-disable before it.`;
  return `copydesk-${e.kind} ${what}: nothing here is reported by ${e.pattern ?? 'any rule'}, so the directive can go.`;
}

function hint(e: Entry, message: string): Finding {
  return { rule: unusedDirective.id, severity: unusedDirective.severity, start: e.span.start, end: e.span.end, message, fixes: [], unnecessary: true };
}

/** Reads every directive entry and the range of text it covers. */
function readEntries(text: string, notes: readonly EditorNote[]): Entry[] {
  const directives = notes
    .map((note) => ({ note, match: DIRECTIVE.exec(text.slice(note.body.start, note.body.end)) }))
    .filter((d) => d.match !== null);
  if (directives.length === 0) return [];
  const lines = splitLines(text);
  const entries: Entry[] = [];
  for (const { note, match } of directives) {
    const kind = match![1] as Kind;
    const range = rangeOf(kind, note, text, lines);
    const names = namesIn(match![2]!, note.body.start + match![0].length - match![2]!.length);
    if (names.length === 0) entries.push({ kind, pattern: null, span: note, range, used: false });
    for (const n of names) entries.push({ kind, pattern: n.name, span: n.span, range, used: false });
  }
  closeDisableRanges(entries, text.length);
  return entries;
}

/** Rule names after the directive word, up to ` -- reason`, with their spans. */
function namesIn(rest: string, at: number): { name: string; span: Span }[] {
  const reason = rest.indexOf(' -- ');
  const list = reason >= 0 ? rest.slice(0, reason) : rest;
  const names: { name: string; span: Span }[] = [];
  for (const m of list.matchAll(/[^\s,]+/g)) {
    names.push({ name: m[0], span: { start: at + m.index!, end: at + m.index! + m[0].length } });
  }
  return names;
}

function rangeOf(kind: Kind, note: EditorNote, text: string, lines: readonly Span[]): Span {
  const own = lineIndexAt(lines, note.start);
  if (kind === 'disable-line') return { start: lines[own]!.start, end: lines[lineIndexAt(lines, note.end)]!.end + 1 };
  if (kind === 'disable-next-line') {
    let i = lineIndexAt(lines, note.end) + 1;
    while (i < lines.length && isBlank(text, lines[i]!)) i++;
    return i < lines.length ? { start: lines[i]!.start, end: lines[i]!.end + 1 } : { start: text.length, end: text.length };
  }
  return { start: note.end, end: text.length };
}

/** A `disable` lasts until the next `enable` that names the same rule (or names none). */
function closeDisableRanges(entries: Entry[], length: number): void {
  for (const e of entries) {
    if (e.kind !== 'disable') continue;
    const enable = entries.find(
      (x) => x.kind === 'enable' && x.span.start >= e.range.start && (x.pattern === null || x.pattern === e.pattern),
    );
    e.range = { start: e.range.start, end: enable ? enable.span.start : length };
    if (enable) enable.used = true;
  }
}

/** Index of the line holding `offset` (binary search over line starts). */
function lineIndexAt(lines: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
