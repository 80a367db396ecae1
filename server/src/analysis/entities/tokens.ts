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
 * A word or mark of the copy, as written: its text and how it reads, not where it stands. A
 * long story keeps hundreds of thousands of tokens, so a kept sentence shares one token for
 * each spelling (`WordForms`), and where each of its tokens starts is a number in a list
 * beside them (`PlacedTokens`).
 */
export class Token {
  constructor(
    readonly text: string,
    readonly lower: string,
    /** Its case's place in `CASES`, plus `WORD` for a word (`kindOf`). */
    private readonly kind: number,
  ) {}

  get case(): Case {
    return CASES[this.kind & 3]!;
  }

  /** A word (letters or figures, and symbols outside the basic plane such as emoji); false for punctuation. */
  get word(): boolean {
    return (this.kind & WORD) !== 0;
  }
}

/**
 * Where each of a run's tokens starts, relative to the run, as the characters of a string: one
 * UTF-16 unit per token while every offset fits in one (a run shorter than 65,536 characters),
 * two (high, then low) per token beyond that. A long story keeps a list for each of its tens of
 * thousands of sentences: as numbers each offset takes 8 bytes, here 1 (a sentence under 256
 * characters) or 2. Read with `offsetIn`; made with `offsetsOf`.
 */
export type Offsets = string;

/** The offset of token `i` of a run of `count` tokens. */
export function offsetIn(offsets: Offsets, count: number, i: number): number {
  if (offsets.length === count) return offsets.charCodeAt(i);
  return offsets.charCodeAt(2 * i) * 0x10000 + offsets.charCodeAt(2 * i + 1);
}

/** Offsets (increasing, as tokens come) in the form `offsetIn` reads. */
export function offsetsOf(list: readonly number[]): Offsets {
  const n = list.length;
  if (n === 0 || list[n - 1]! < 0x10000) return charactersOf(list);
  const wide: number[] = [];
  for (let i = 0; i < n; i++) wide.push(Math.floor(list[i]! / 0x10000), list[i]! % 0x10000);
  return charactersOf(wide);
}

/** The string of these UTF-16 codes, in chunks: a pasted table read as one sentence can have
 *  more tokens than one call takes arguments. */
function charactersOf(codes: readonly number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}
const CHUNK = 4096;

/** A sentence's (or any run's) tokens and where they stand: token `i` starts at `start` plus
 *  its offset. The offsets are relative, so a sentence that moves keeps them. */
export interface PlacedTokens {
  readonly start: number;
  readonly tokens: readonly Token[];
  readonly offsets: Offsets;
}

/** Tokens with their offsets from the start of the text they were cut from. */
export interface Tokens {
  tokens: Token[];
  offsets: Offsets;
}

export function tokenStart(p: PlacedTokens, i: number): number {
  return p.start + offsetIn(p.offsets, p.tokens.length, i);
}

export function tokenEnd(p: PlacedTokens, i: number): number {
  return p.start + offsetIn(p.offsets, p.tokens.length, i) + p.tokens[i]!.text.length;
}

/** The document span of tokens [from, to). */
export function tokensSpan(p: PlacedTokens, from: number, to: number): Span {
  return { start: tokenStart(p, from), end: tokenEnd(p, to - 1) };
}

/** Index of the first token starting at or after `offset` (binary search: a table read as one
 *  sentence holds thousands). */
export function firstTokenAt(p: PlacedTokens, offset: number): number {
  const relative = offset - p.start;
  const { offsets, tokens } = p;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetIn(offsets, tokens.length, mid) < relative) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
export function tokenize(text: string, start: number, end: number): PlacedTokens {
  const { tokens, offsets } = tokenizeSlice(text.slice(start, end));
  return { start, tokens, offsets };
}

/**
 * Splits `slice` into tokens, with their offsets in it. Tokens kept for long (a cache's) come
 * from `forms`, so each spelling is one token however often it is written.
 */
export function tokenizeSlice(slice: string, forms?: WordForms): Tokens {
  const tokens: Token[] = [];
  const offsets: number[] = [];
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
        tokens.push(punctuation(slice[i]!));
        offsets.push(i);
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
        tokens.push(symbol);
        offsets.push(i);
        i += 2;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    TOKEN_AT.test(slice); // always matches: any character that is not a space is a token
    let end = TOKEN_AT.lastIndex;
    let word = slice.slice(i, end);
    const at = i;
    i = end;
    if (word.length === 1 && !isLetterOrDigit(word.charCodeAt(0))) {
      tokens.push(punctuation(word));
      offsets.push(at);
      continue;
    }
    // The cheap tests first: few words hold a hyphen or end in an apostrophe and s.
    const compound = word.includes('-') ? COMPOUND.exec(word) : null;
    if (compound) {
      // `Lebanon-based`, `Iran-backed`: the name, then the rest as words of its own.
      const name = compound[1]!;
      tokens.push(wordToken(name, forms), mark('-'), wordToken(compound[2]!, forms));
      offsets.push(at, at + name.length, at + name.length + 1);
      continue;
    }
    if (word.length > 2 && isApostrophe(word.charCodeAt(word.length - 2)) && POSSESSIVE.test(word)) {
      tokens.push(wordToken(word.slice(0, -2), forms), mark(word.slice(-2)));
      offsets.push(at, at + word.length - 2);
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
    tokens.push(wordToken(word, forms));
    offsets.push(at);
  }
  return { tokens, offsets: offsetsOf(offsets) };
}

const SPACES_AT = /\s+/uy;

/** Symbols outside the basic plane by code point, each as its one token; null for letters, figures and marks. */
const astralSymbols = new Map<number, Token | null>();

/** The symbol (an emoji, a regional indicator) whose surrogate pair starts at `i`, or null. */
function astralSymbolAt(slice: string, i: number, code: number): Token | null {
  if (code < 0xd800 || code > 0xdbff) return null;
  const low = slice.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return null;
  const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let symbol = astralSymbols.get(point);
  if (symbol === undefined) {
    const text = String.fromCodePoint(point);
    symbol = /[\p{L}\p{N}\p{M}]/u.test(text) ? null : new Token(text, text, SYMBOL);
    if (astralSymbols.size >= 10_000) astralSymbols.clear(); // a file of private-use characters
    astralSymbols.set(point, symbol);
  }
  return symbol;
}

/** Punctuation, the commonest token: one token for each character (a mark is one code unit),
 *  ASCII by its code, the rest (curly quotes, dashes) by its text. */
const asciiPunctuation: Token[] = Array.from({ length: 128 }, (_, code) => new Token(String.fromCharCode(code), String.fromCharCode(code), PUNCTUATION));
const otherPunctuation = new Map<string, Token>();

function punctuation(text: string): Token {
  const code = text.charCodeAt(0);
  if (code < 128) return asciiPunctuation[code]!;
  let token = otherPunctuation.get(text);
  if (!token) {
    token = new Token(text, text, PUNCTUATION);
    if (otherPunctuation.size >= 10_000) otherPunctuation.clear(); // a file of rare symbols
    otherPunctuation.set(text, token);
  }
  return token;
}

/** The parts that are not words of a word split in two (`-` of `Iran-backed`, a possessive
 *  `’s`): a handful of spellings, each one token. */
const marks = new Map<string, Token>();

function mark(text: string): Token {
  let token = marks.get(text);
  if (!token) {
    token = new Token(text, text.toLowerCase(), kindOf(caseOf(text), false));
    if (marks.size < 64) marks.set(text, token);
  }
  return token;
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

/** A word's token: one per spelling through `forms` when given, else one of its own. */
function wordToken(text: string, forms: WordForms | undefined): Token {
  if (!forms) return new Token(text, text.toLowerCase(), kindOf(caseOf(text), true));
  return forms.get(text, () => {
    // Its own strings: a form outlives the sentence it was first read in.
    const own = detached(text);
    return new Token(own, own.toLowerCase(), kindOf(caseOf(own), true));
  });
}

/**
 * Each spelling of a word as one token: for tokens kept across edits (a long story's), and for
 * a long story read afresh, which holds all its tokens at once. There looking each word up costs
 * less than making its token: the 5 MB corpus read whole held 60 MB less at its peak, and was
 * read a tenth faster. A short story's tokens go with its pass, and are made faster than found.
 */
export type WordForms = BoundedMemo<Token>;

export function wordForms(): WordForms {
  return new BoundedMemo<Token>(100_000);
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
