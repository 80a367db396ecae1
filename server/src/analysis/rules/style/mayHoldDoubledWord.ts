/**
 * Whether `text` may hold a word and the same word again: two runs of letters with only
 * spaces between them that could be equal. False means the doubled-word pattern cannot match,
 * so it need not run: the pattern's backreference costs it about 16 ms per MB of prose and ten
 * times that on emoji, while this pass over the letters costs a few. Runs holding a letter
 * beyond ASCII are left to the pattern, whose case-insensitive matching knows their cases.
 */
export function mayHoldDoubledWord(text: string): boolean {
  let previousStart = -1; // the run before the spaces just passed, or -1
  let previousEnd = -1;
  let previousAscii = false;
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    if ((kind & KIND) !== LETTER) {
      // (The second half of a wide symbol reads as one more symbol, to the same effect.)
      if ((kind & KIND) === OTHER) previousStart = -1;
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let k = kind;
    do {
      if (text.charCodeAt(i) >= 0x80) ascii = false;
      i += k & WIDE ? 2 : 1;
      k = i < text.length ? kindAt(text, i) : OTHER;
    } while ((k & KIND) === LETTER);
    const spaced = previousStart >= 0 && previousEnd < start;
    if (spaced && (!ascii || !previousAscii || sameAsciiWord(text, previousStart, previousEnd, start, i))) return true;
    previousStart = start;
    previousEnd = i;
    previousAscii = ascii;
  }
  return false;
}

function sameAsciiWord(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let j = 0; j < aEnd - aStart; j++) if ((text.charCodeAt(aStart + j) | 0x20) !== (text.charCodeAt(bStart + j) | 0x20)) return false;
  return true;
}

const LETTER = 1;
const SPACE = 2;
const OTHER = 3;
const KIND = 3;
/** A code point written with two code units (outside the basic plane). */
const WIDE = 4;

/** What the pattern's `\p{L}` and `\s` make of the code point at `i`, with its width. */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return astralKind((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) | WIDE;
  }
  let kind = basicKinds[code]!;
  if (kind === 0) basicKinds[code] = kind = kindOf(String.fromCharCode(code));
  return kind;
}

/** Kinds of the basic plane by code unit, worked out once each (0: not yet). */
const basicKinds = new Uint8Array(65536);
const astralKinds = new Map<number, number>();

function astralKind(point: number): number {
  let kind = astralKinds.get(point);
  if (kind === undefined) {
    if (astralKinds.size >= 10_000) astralKinds.clear(); // a file of private-use characters
    astralKinds.set(point, (kind = kindOf(String.fromCodePoint(point))));
  }
  return kind;
}

function kindOf(character: string): number {
  if (/\p{L}/u.test(character)) return LETTER;
  return /\s/u.test(character) ? SPACE : OTHER;
}
