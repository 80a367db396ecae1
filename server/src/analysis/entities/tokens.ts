import type { Span } from '../article/model';

/**
 * How a word is capitalized: `lower`; `title` (first letter upper: `Trump`, `McCarthy`,
 * `Jong-un`); `upper` (every letter upper, more than one: `NATO`, `U.S.`, `LONDON`); `none`
 * (no letters: `1996`, `&`).
 */
export type Case = 'lower' | 'title' | 'upper' | 'none';

export interface Token extends Span {
  text: string;
  lower: string;
  case: Case;
  /** A word (letters or figures); false for punctuation. */
  word: boolean;
}

/**
 * A word with inner apostrophes and hyphens (`Jong-un`, `O’Brien`), or initials with periods
 * (`U.S.`, `J.K.`), or one other character.
 */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+(?:['’\-&][\p{L}\p{N}\p{M}]+)*|\S/gu;
const POSSESSIVE = /['’]s$/i;
/** A capitalized name joined to a lowercase word that describes it: `Lebanon-based`. */
const COMPOUND = /^(\p{Lu}[\p{L}.]*)-(based|backed|led|born|owned|made|run|style|era|bound|wide|funded|linked|allied|controlled|sponsored|registered|listed|headquartered|born)$/u;

/** Abbreviations written with a period that belongs to the word. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'lt', 'gen', 'col', 'capt', 'sgt', 'maj', 'adm', 'rev', 'prof', 'st',
  'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs', 'cmdr', 'cpl', 'pvt', 'supt', 'det', 'atty',
  'pres', 'sec', 'secy',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
  'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Splits [start, end) of `text` into tokens. A possessive `’s` becomes a token of its own, so
 * `Musk’s` yields the name `Musk`; a period that belongs to an abbreviation or an initial
 * (`Gov.`, `J.`) stays on it.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  return tokenizeSlice(text.slice(start, end), start);
}

/** Splits `slice`, which starts at offset `start` of its text, into tokens. */
export function tokenizeSlice(slice: string, start: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const at = start + m.index;
    if (word.length === 1 && !isLetterOrDigit(word.charCodeAt(0))) {
      // Punctuation: the commonest token, with nothing to work out.
      tokens.push({ start: at, end: at + 1, text: word, lower: word, case: 'none', word: false });
      continue;
    }
    // The cheap tests first: few words hold a hyphen or end in an apostrophe and s.
    const compound = word.includes('-') ? COMPOUND.exec(word) : null;
    if (compound) {
      // `Lebanon-based`, `Iran-backed`: the name, then the rest as words of its own.
      tokens.push(makeToken(compound[1]!, at, true), makeToken('-', at + compound[1]!.length, false));
      tokens.push(makeToken(compound[2]!, at + compound[1]!.length + 1, true));
      continue;
    }
    if (word.length > 2 && isApostrophe(word.charCodeAt(word.length - 2)) && POSSESSIVE.test(word)) {
      tokens.push(makeToken(word.slice(0, -2), at, true));
      tokens.push(makeToken(word.slice(-2), at + word.length - 2, false));
      continue;
    }
    if (slice.charCodeAt(m.index + word.length) === 0x2e /* . */) {
      // `P. Simmons`: an initial is a capital letter and a period before another name.
      const initial = word.length === 1 && /\p{Lu}/u.test(word) && /^\.\s+\p{Lu}/u.test(slice.slice(m.index + 1, m.index + 4));
      if (initial || ABBREVIATIONS.has(word.toLowerCase())) {
        word += '.';
        TOKEN.lastIndex++;
      }
    }
    tokens.push(makeToken(word, at, true));
  }
  return tokens;
}

/** Letters and digits by UTF-16 code unit, worked out once each (a mark alone is not a word). */
const letterOrDigit = new Uint8Array(65536);
function isLetterOrDigit(code: number): boolean {
  let c = letterOrDigit[code]!;
  if (c === 0) letterOrDigit[code] = c = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function makeToken(text: string, start: number, word: boolean): Token {
  return { start, end: start + text.length, text, lower: text.toLowerCase(), case: caseOf(text), word };
}

function caseOf(text: string): Case {
  const code = text.charCodeAt(0);
  // Plain ASCII letters decide most words without a Unicode test.
  if (code >= 0x61 && code <= 0x7a) return 'lower';
  if (code >= 0x41 && code <= 0x5a) {
    if (text.length === 1) return 'title';
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) return 'title';
      if (c > 0x7f) return caseOfAny(text);
    }
    return 'upper';
  }
  return caseOfAny(text);
}

function caseOfAny(text: string): Case {
  const first = text[0]!;
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  if (upper === lower) return text.length > 1 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) ? 'upper' : 'none';
  if (first !== upper) return 'lower';
  if (text.length > 1 && !/\p{Ll}/u.test(text)) return 'upper';
  return 'title';
}
