/**
 * Date and time expressions in copy, as written: `Nov. 5`, `Aug. 13, 2024`, `July 13`,
 * `Monday, Aug. 13, 2024`, `on Friday`, `last Tuesday`, `last month`, `9:00 a.m.`. Found with
 * bounded regular expressions (no nested repetition, so no catastrophic backtracking).
 */
import { allMatches } from '../article/scan';

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A month as written: full, abbreviated with or without a period, and AP's `Sept.`. */
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** `month`: an abbreviated month standing alone (`until Aug.`), which the stylebook spells out. */
export type DateExpressionKind = 'date' | 'month-year' | 'month' | 'weekday' | 'relative';

export interface DateExpression {
  kind: DateExpressionKind;
  /** Offsets within the searched text. */
  start: number;
  end: number;
  text: string;
  /** The month as written, its 1-based number, and where it is. */
  month?: { text: string; number: number; start: number; end: number };
  day?: { number: number; start: number; end: number; ordinal: string | null };
  year?: number;
  /** A weekday written with the date (`Monday, Aug. 13, 2024`) or alone (`on Friday`). */
  weekday?: { text: string; number: number; start: number; end: number };
  /** `last`, `next` or `this` before a weekday; for relative expressions, the unit. */
  modifier?: string;
  unit?: 'day' | 'week' | 'month' | 'year';
  /** Relative days: -1 yesterday, 0 today, 1 tomorrow. */
  offsetDays?: number;
}

const DATE = new RegExp(String.raw`(?:\b(${WEEKDAY}),?\s+)?\b(${MONTH})\s+(\d{1,2})(st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?(\d{4})\b`, 'g');
const WEEKDAY_ALONE = new RegExp(String.raw`\b(?:(last|next|this|on)\s+)?(${WEEKDAY})\b`, 'gi');
/** An abbreviated month with its period and no day or year after it: `in Aug.`, `since Sept., when`. */
const MONTH_ALONE = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?![ \t]*\d)/g;
/** The patterns this file builds at run time, for the regex audit (test/unit/regexAudit.test.ts). */
export const BUILT_PATTERNS: readonly RegExp[] = [DATE, MONTH_YEAR, WEEKDAY_ALONE];
const RELATIVE = /\b(yesterday|today|tomorrow|(last|next|this) (week|month|year))\b/gi;

/**
 * Every word one of the patterns above needs (a month, a weekday, a relative day or unit): most
 * sentences have none, and one search for them is cheaper than five for whole expressions.
 */
const ANY_DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|week|month|year)/i;

/** Every date expression in `text`, by position (longest first where they overlap). */
export function findDateExpressions(text: string): DateExpression[] {
  if (!ANY_DATE_WORD.test(text)) return [];
  const found: DateExpression[] = [];
  for (const m of allMatches(DATE, text)) found.push(fullDate(m));
  for (const m of allMatches(MONTH_YEAR, text)) {
    const number = monthNumber(m[1]!);
    if (number) found.push({ kind: 'month-year', start: m.index!, end: m.index! + m[0].length, text: m[0], month: { text: m[1]!, number, start: m.index!, end: m.index! + m[1]!.length }, year: +m[2]! });
  }
  for (const m of allMatches(MONTH_ALONE, text)) {
    const end = m.index! + m[0].length;
    found.push({ kind: 'month', start: m.index!, end, text: m[0], month: { text: m[0], number: monthNumber(m[0]), start: m.index!, end } });
  }
  for (const m of allMatches(WEEKDAY_ALONE, text)) {
    if (!/^[A-Z]/.test(m[2]!)) continue;
    const start = m.index! + m[0].length - m[2]!.length;
    found.push({
      kind: 'weekday',
      start: m[1] && m[1].toLowerCase() !== 'on' ? m.index! : start,
      end: m.index! + m[0].length,
      text: m[1] && m[1].toLowerCase() !== 'on' ? m[0] : m[2]!,
      weekday: { text: m[2]!, number: WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 1, start, end: start + m[2]!.length },
      ...(m[1] && m[1].toLowerCase() !== 'on' ? { modifier: m[1].toLowerCase() } : {}),
    });
  }
  for (const m of allMatches(RELATIVE, text)) found.push(relative(m));
  return dropOverlaps(found);
}

function fullDate(m: RegExpMatchArray): DateExpression {
  const at = m.index!;
  const [whole, weekday, month, day, ordinal, year] = m;
  const monthStart = at + whole.indexOf(month!, weekday ? weekday.length : 0);
  const dayStart = monthStart + whole.slice(monthStart - at).indexOf(day!, month!.length);
  const expression: DateExpression = {
    kind: 'date',
    start: at,
    end: at + whole.length,
    text: whole,
    month: { text: month!, number: monthNumber(month!), start: monthStart, end: monthStart + month!.length },
    day: { number: +day!, start: dayStart, end: dayStart + day!.length + (ordinal?.length ?? 0), ordinal: ordinal ?? null },
  };
  if (year) expression.year = +year;
  if (weekday) expression.weekday = { text: weekday, number: WEEKDAYS.indexOf(weekday.toLowerCase()) + 1, start: at, end: at + weekday.length };
  return expression;
}

function relative(m: RegExpMatchArray): DateExpression {
  const word = m[1]!.toLowerCase();
  const base = { kind: 'relative' as const, start: m.index!, end: m.index! + m[0].length, text: m[0] };
  if (word === 'yesterday') return { ...base, unit: 'day', offsetDays: -1 };
  if (word === 'today') return { ...base, unit: 'day', offsetDays: 0 };
  if (word === 'tomorrow') return { ...base, unit: 'day', offsetDays: 1 };
  return { ...base, modifier: m[2]!.toLowerCase(), unit: m[3]!.toLowerCase() as 'week' | 'month' | 'year' };
}

/** 1–12 for a month as written, 0 for something else. */
export function monthNumber(written: string): number {
  const stem = written.replace(/\.$/, '').toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(stem)) + 1;
}

function dropOverlaps(found: DateExpression[]): DateExpression[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateExpression[] = [];
  // Kept in order and apart, so only the last kept can reach into the next one.
  for (const e of found) if (kept.length === 0 || kept[kept.length - 1]!.end <= e.start) kept.push(e);
  return kept;
}
