import type { Span } from '../article/model';
import { BoundedMemo } from '../memo';
import { detached } from '../detached';

/**
 * How a word is capitalized: `lower`; `title` (first letter upper: `Trump`, `McCarthy`,
 * `Jong-un`); `upper` (every letter upper, more than one: `NATO`, `U.S.`, `LONDON`); `none`
 * (no letters: `1996`, `&`).
 */
export type Case = 'lower' | 'title' | 'upper' | 'none';

const CASES: readonly Case[] = ['lower', 'title', 'upper', 'none'];
const WORD = 4;

/**
 * A token of the copy. A long story keeps hundreds of thousands of them, so each holds four
 * fields: its end is its start plus its text's length, and its case and whether it is a word
 * share one number.
 */
export class Token implements Span {
  constructor(
    /** Moved in place when a kept sentence moves (`sentenceWork.ts`). */
    public start: number,
    readonly text: string,
    readonly lower: string,
    /** Its case's place in `CASES`, plus `WORD` for a word (`kindOf`). */
    private readonly kind: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  get case(): Case {
    return CASES[this.kind & 3]!;
  }

  /** A word (letters or figures, and symbols outside the basic plane such as emoji); false for punctuation. */
  get word(): boolean {
    return (this.kind & WORD) !== 0;
  }

  /** The same token `by` characters on. */
  movedBy(by: number): Token {
    return new Token(this.start + by, this.text, this.lower, this.kind);
  }
}

/** A token's case and wordness as the one number it keeps. */
export function kindOf(textCase: Case, word: boolean): number {
  return caseBits(textCase) | (word ? WORD : 0);
}

function caseBits(textCase: Case): number {
  switch (textCase) {
    case 'lower':
      return 0;
    case 'title':
      return 1;
    case 'upper':
      return 2;
    default:
      return 3;
  }
}

/** Punctuation, and a symbol outside the basic plane (a word of no case). */
const PUNCTUATION = kindOf('none', false);
const SYMBOL = kindOf('none', true);

/**
 * A word with inner apostrophes and hyphens (`Jong-un`, `O’Brien`), or initials with periods
 * (`U.S.`, `J.K.`), or one other character: the token that starts where the search is put.
 */
const TOKEN_AT = /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+(?:['’\-&][\p{L}\p{N}\p{M}]+)*|\S/uy;
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

/**
 * Splits `slice`, which starts at offset `start` of its text, into tokens. Tokens kept for
 * long (a cache's) take their strings from `forms`, so each spelling is held once.
 */
export function tokenizeSlice(slice: string, start: number, forms?: WordForms): Token[] {
  const tokens: Token[] = [];
  // Sticky tests rather than `exec`: no match object per token, and ASCII spaces and
  // punctuation (a third of all tokens) are told by their code without a pattern at all.
  let i = 0;
  while (i < slice.length) {
    const code = slice.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiSpace(code)) {
        i++;
        continue;
      }
      if (!isAsciiLetterOrDigit(code)) {
        tokens.push(punctuation(slice[i]!, start + i));
        i++;
        continue;
      }
    } else {
      SPACES_AT.lastIndex = i;
      if (SPACES_AT.test(slice)) {
        i = SPACES_AT.lastIndex;
        continue;
      }
      // An emoji or other symbol outside the basic plane: one token, told by its code point
      // without the pattern, a slice or a case test (a pasted social post holds hundreds).
      const symbol = astralSymbolAt(slice, i, code);
      if (symbol) {
        tokens.push(new Token(start + i, symbol, symbol, SYMBOL));
        i += 2;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    TOKEN_AT.test(slice); // always matches: any character that is not a space is a token
    let end = TOKEN_AT.lastIndex;
    let word = slice.slice(i, end);
    const at = start + i;
    if (word.length === 1 && !isLetterOrDigit(word.charCodeAt(0))) {
      tokens.push(punctuation(word, at));
      i = end;
      continue;
    }
    i = end;
    // The cheap tests first: few words hold a hyphen or end in an apostrophe and s.
    const compound = word.includes('-') ? COMPOUND.exec(word) : null;
    if (compound) {
      // `Lebanon-based`, `Iran-backed`: the name, then the rest as words of its own.
      tokens.push(makeToken(compound[1]!, at, true, forms), makeToken('-', at + compound[1]!.length, false, forms));
      tokens.push(makeToken(compound[2]!, at + compound[1]!.length + 1, true, forms));
      continue;
    }
    if (word.length > 2 && isApostrophe(word.charCodeAt(word.length - 2)) && POSSESSIVE.test(word)) {
      tokens.push(makeToken(word.slice(0, -2), at, true, forms));
      tokens.push(makeToken(word.slice(-2), at + word.length - 2, false, forms));
      continue;
    }
    if (slice.charCodeAt(end) === 0x2e /* . */) {
      // `P. Simmons`: an initial is a capital letter and a period before another name.
      const initial = word.length === 1 && /\p{Lu}/u.test(word) && /^\.\s+\p{Lu}/u.test(slice.slice(end, end + 3));
      if (initial || ABBREVIATIONS.has(word.toLowerCase())) {
        word += '.';
        i = ++end;
      }
    }
    tokens.push(makeToken(word, at, true, forms));
  }
  return tokens;
}

const SPACES_AT = /\s+/uy;

/** Symbols outside the basic plane by code point, each with its one string; null for letters, figures and marks. */
const astralSymbols = new Map<number, string | null>();

/** The symbol (an emoji, a regional indicator) whose surrogate pair starts at `i`, or null. */
function astralSymbolAt(slice: string, i: number, code: number): string | null {
  if (code < 0xd800 || code > 0xdbff) return null;
  const low = slice.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return null;
  const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let symbol = astralSymbols.get(point);
  if (symbol === undefined) {
    const text = String.fromCodePoint(point);
    symbol = /[\p{L}\p{N}\p{M}]/u.test(text) ? null : text;
    if (astralSymbols.size >= 10_000) astralSymbols.clear(); // a file of private-use characters
    astralSymbols.set(point, symbol);
  }
  return symbol;
}

/** Punctuation: the commonest token, with nothing to work out. */
function punctuation(text: string, at: number): Token {
  return new Token(at, text, text, PUNCTUATION);
}

/** Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII that `\s` matches. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Letters and digits by UTF-16 code unit, worked out once each (a mark alone is not a word). */
const letterOrDigit = new Uint8Array(65536);
function isLetterOrDigit(code: number): boolean {
  let c = letterOrDigit[code]!;
  if (c === 0) letterOrDigit[code] = c = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

const withLetters = new BoundedMemo<boolean>();

/** Whether a token's text holds a letter of any script (kept by text: the test is a Unicode pattern). */
export function hasLetter(text: string): boolean {
  return withLetters.get(text, () => /\p{L}/u.test(text));
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function makeToken(text: string, start: number, word: boolean, forms: WordForms | undefined): Token {
  if (!forms) return new Token(start, text, text.toLowerCase(), kindOf(caseOf(text), word));
  const form = forms.get(text, () => ({ text: detached(text), lower: text.toLowerCase(), case: caseOf(text) }));
  return new Token(start, form.text, form.lower, kindOf(form.case, word));
}

interface WordForm {
  text: string;
  lower: string;
  case: Case;
}

/**
 * Each spelling of a word once, for tokens kept across edits (a long story's): they share
 * their strings. Only there: looking every word up costs a fresh analysis more than it saves.
 */
export type WordForms = BoundedMemo<WordForm>;

export function wordForms(): WordForms {
  return new BoundedMemo<WordForm>(100_000);
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

/** Cases of words that begin with no cased letter (emoji, figures, scripts without
 *  capitals): a few of them recur many times in a file, and the tests are Unicode patterns. */
const uncasedStarts = new BoundedMemo<Case>();

function caseOfAny(text: string): Case {
  const first = text[0]!;
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  if (upper === lower) {
    if (text.length === 1) return 'none';
    return uncasedStarts.get(text, () => (/\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) ? 'upper' : 'none'));
  }
  if (first !== upper) return 'lower';
  if (text.length > 1 && !/\p{Ll}/u.test(text)) return 'upper';
  return 'title';
}
