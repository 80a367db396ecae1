import type { Dateline, Span } from './model';
import { trimEndOf } from './chars';
import { matchesStartingIn } from './scan';
import { findUsState } from '../reference/usStates';

/** Datelines are short: anything longer before the dash is a sentence, not a dateline. */
const MAX_HEAD = 90;

/** The dash that closes a dateline: em or en dash, a double hyphen, or a hyphen with a
 *  space on one side (so the hyphen in WILKES-BARRE is not taken for it). */
const DASH = /(?<![ \t])[ \t]*(—|–|--|(?<=\s)-|-(?=\s))[ \t]*/g;

/** `(AP)`, `(Reuters)` at the end of the head. */
const AGENCY = /\(([A-Za-z][A-Za-z.&' -]{0,29})\)$/;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date in a wire dateline: `Feb 26`, `March 9`, `Oct. 13`, `2 March` (any letter case). */
const DATE = new RegExp(`(?:^|\\s)(${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})$`, 'i');
/** The patterns this file builds at run time, for the regex audit (test/unit/regexAudit.test.ts). */
export const BUILT_PATTERNS: readonly RegExp[] = [DATE];

/** A place name: one to four words of letters, periods, apostrophes and hyphens. */
const PLACE_NAME = /^[\p{L}][\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}$/u;

/**
 * Reads the dateline at the start of a story's first paragraph, or returns null. Accepts
 * `CITY (AGENCY) —`, `CITY, Region (AGENCY) -`, `CITY, Mon DD -` and staff `CITY —`. A city
 * not in capitals is taken only with some other sign of a dateline (agency, date or U.S.
 * state), so `Smith - a farmer` is not read as one; the dateline rules then check its form.
 */
export function findDateline(text: string, paragraph: Span): Dateline | null {
  const isoDated = findIsoDateline(text, paragraph);
  if (isoDated) return isoDated;
  const limit = Math.min(paragraph.end, paragraph.start + MAX_HEAD + 4);
  // A paragraph ends at its last non-space, so a closing dash and the spaces before it lie in
  // it; the pattern looks one character back and one ahead.
  const dash = matchesStartingIn(DASH, text, paragraph.start, paragraph.end, 1).next().value;
  if (!dash || dash.index >= limit || dash.index < paragraph.start + 2) return null;
  const head = text.slice(paragraph.start, dash.index);
  if (/[\r\n"“”!?;:]/.test(head)) return null;

  const parts = readHead(head, paragraph.start);
  if (!parts) return null;
  const dashStart = dash.index + dash[0].indexOf(dash[1]!);
  const dashSpan = { start: dashStart, end: dashStart + dash[1]!.length };
  return {
    start: paragraph.start,
    end: dashSpan.end,
    text: text.slice(paragraph.start, dashSpan.end),
    ...parts,
    dash: dash[1]!,
    dashSpan,
  };
}

type HeadParts = Pick<Dateline, 'place' | 'placeSpan' | 'city' | 'citySpan' | 'region' | 'regionSpan' | 'date' | 'agency' | 'agencySpan'>;

/** Splits `PLACE[, Region][, Mon DD][ (AGENCY)]`; `at` is the head's offset. */
function readHead(head: string, at: number): HeadParts | null {
  let rest = head.trimEnd();
  let agency: string | null = null;
  let agencySpan: Span | null = null;
  const agencyMatch = AGENCY.exec(rest);
  if (agencyMatch) {
    agency = agencyMatch[1]!.trim();
    agencySpan = { start: at + agencyMatch.index + 1, end: at + agencyMatch.index + 1 + agencyMatch[1]!.length };
    rest = rest.slice(0, agencyMatch.index).trimEnd();
  }
  let date: string | null = null;
  const dateMatch = DATE.exec(rest);
  if (dateMatch) {
    date = dateMatch[1]!;
    rest = trimEndOf(rest.slice(0, rest.length - date.length), (c) => c === ',' || /\s/.test(c));
  }
  if (/\d/.test(rest)) return null;
  const segments = rest.split(',');
  if (segments.length > 2) return null;
  const city = segment(segments[0]!, at);
  const region = segments.length === 2 ? segment(segments[1]!, at + segments[0]!.length + 1) : null;
  if (!city || (segments.length === 2 && !region)) return null;
  if (!looksLikeDateline(city.text, region?.text ?? null, date, agency)) return null;
  const placeSpan = { start: city.span.start, end: (region ?? city).span.end };
  return {
    place: head.slice(placeSpan.start - at, placeSpan.end - at),
    placeSpan,
    city: city.text,
    citySpan: city.span,
    region: region?.text ?? null,
    regionSpan: region?.span ?? null,
    date,
    agency,
    agencySpan,
  };
}

/** A trimmed comma-separated part of the head, if it reads as a place name. */
function segment(raw: string, at: number): { text: string; span: Span } | null {
  const text = raw.trim();
  if (!PLACE_NAME.test(text)) return null;
  const start = at + raw.indexOf(text);
  return { text, span: { start, end: start + text.length } };
}

function looksLikeDateline(city: string, region: string | null, date: string | null, agency: string | null): boolean {
  const inCapitals = /\p{Lu}.*\p{Lu}/u.test(city) && !/\p{Ll}/u.test(city);
  return inCapitals || date !== null || agency !== null || (region !== null && findUsState(region) !== undefined);
}

/** `MOSCOW 1996-08-30`: a wire dateline line of place and ISO date, with no dash. */
const ISO_DATELINE = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:, ([\p{L}. ]+?))? (\d{4}-\d{2}-\d{2})$/u;

function findIsoDateline(text: string, paragraph: Span): Dateline | null {
  if (paragraph.end - paragraph.start > MAX_HEAD) return null;
  const line = text.slice(paragraph.start, paragraph.end);
  const m = ISO_DATELINE.exec(line);
  if (!m) return null;
  const at = paragraph.start;
  const citySpan = { start: at, end: at + m[1]!.length };
  const regionStart = m[2] ? at + m[1]!.length + 2 : -1;
  const regionSpan = m[2] ? { start: regionStart, end: regionStart + m[2].length } : null;
  const end = paragraph.end;
  return {
    start: at, end, text: line,
    place: text.slice(at, (regionSpan ?? citySpan).end), placeSpan: { start: at, end: (regionSpan ?? citySpan).end },
    city: m[1]!, citySpan, region: m[2] ?? null, regionSpan,
    date: m[3]!, agency: null, agencySpan: null, dash: '', dashSpan: { start: end, end },
  };
}
