import type { EditorNote, Span } from './article/model';
import { isBlank, splitLines } from './article/lines';
import { isRuleId } from './rules/registry';
import { unusedDirective } from './rules/structure/unusedDirective';
import { firstIndexWhere } from './spans';
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
  const disabled = disabledFindings(entries, findings);
  const kept = findings.filter((_, i) => !disabled[i]);
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

/**
 * Which findings a directive disables, each marking the first entry (in text order) that
 * disables it as used. Findings are taken by position, with the entries whose range has begun
 * and not yet ended: a finding asks only the directives around it, not every one in the file.
 */
function disabledFindings(entries: readonly Entry[], findings: readonly Finding[]): boolean[] {
  const disabled = findings.map(() => false);
  const byStart = entries.map((_, i) => i).filter((i) => entries[i]!.kind !== 'enable');
  byStart.sort((a, b) => entries[a]!.range.start - entries[b]!.range.start || a - b);
  const byPosition = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
  /** Entries whose range has begun, by their order in the text. */
  let active: number[] = [];
  let next = 0;
  for (const i of byPosition) {
    const f = findings[i]!;
    while (next < byStart.length && entries[byStart[next]!]!.range.start <= f.start) {
      const e = byStart[next++]!;
      active.splice(firstIndexWhere(active.length, (k) => active[k]! > e), 0, e);
    }
    active = active.filter((e) => f.start < entries[e]!.range.end);
    const first = active.find((e) => disables(entries[e]!, f.rule));
    if (first === undefined) continue;
    entries[first]!.used = true;
    disabled[i] = true;
  }
  return disabled;
}

function disables(e: Entry, rule: string): boolean {
  return e.pattern === null || e.pattern === rule || (e.pattern.endsWith('/*') && rule.startsWith(e.pattern.slice(0, -1)));
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

/**
 * A `disable` lasts until the next `enable` that names the same rule (or names none). Entries
 * are in text order, so each rule's enables are too, and the next one is a binary search away.
 */
function closeDisableRanges(entries: Entry[], length: number): void {
  const enables = new Map<string | null, Entry[]>();
  for (const x of entries) {
    if (x.kind !== 'enable') continue;
    const list = enables.get(x.pattern);
    if (list) list.push(x);
    else enables.set(x.pattern, [x]);
  }
  for (const e of entries) {
    if (e.kind !== 'disable') continue;
    const named = e.pattern === null ? undefined : nextAt(enables.get(e.pattern), e.range.start);
    const any = nextAt(enables.get(null), e.range.start);
    const enable = named && (!any || named.span.start < any.span.start) ? named : any;
    e.range = { start: e.range.start, end: enable ? enable.span.start : length };
    if (enable) enable.used = true;
  }
}

/** The first entry of a list in text order whose directive starts at or after `offset`. */
function nextAt(list: readonly Entry[] | undefined, offset: number): Entry | undefined {
  return list?.[firstIndexWhere(list.length, (i) => list[i]!.span.start >= offset)];
}

/** Index of the line holding `offset`. */
function lineIndexAt(lines: readonly Span[], offset: number): number {
  return Math.max(0, firstIndexWhere(lines.length, (i) => lines[i]!.start > offset) - 1);
}
