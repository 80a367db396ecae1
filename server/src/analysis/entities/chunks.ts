import { kindOf, Token } from './tokens';
import { CALENDAR_WORDS, isNeverName } from './lexicon';
import { NAME_PARTICLES, takesOf } from './cues';

/** A run of capitalized words in a sentence: a name, or several names and titles together. */
export interface Chunk {
  /** Index of the first and one past the last token in the sentence. */
  from: number;
  to: number;
}

/** `al-Assad`, `bin-Laden`, `McCarthy`: lowercase particles glued to a capitalized name. */
const GLUED_PARTICLE = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu|ben|von|van|de|di|da|le|la|du|d|o)[-’']\p{Lu}/u;

/** A word that can be part of a name by its capitals alone. */
export function isNameToken(t: Token): boolean {
  if (!t.word) return false;
  if (t.case === 'title' || t.case === 'upper') return !isNeverName(t.lower);
  return t.case === 'lower' && GLUED_PARTICLE.test(t.text);
}

/**
 * Finds the capitalized runs of a sentence. Particles (`de`, `van`, `&`) and `of` after a
 * head that takes it (`Bank of`, `University of`) join two capitalized words into one run.
 */
export function findChunks(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      if ((isNameToken(tokens[j]!) || isSurnameLikeDate(tokens, j)) && !startsShouting(tokens, j)) j++;
      else if (joiningRun(tokens, j) > 0) j += joiningRun(tokens, j);
      else break;
    }
    chunks.push({ from: i, to: j });
    i = j;
  }
  return chunks;
}

/** `Theresa May`, `Brian May`: a month after a capitalized name, not followed by a day. */
function isSurnameLikeDate(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.case === 'title' && CALENDAR_WORDS.has(t.lower) && tokens[j - 1]!.case === 'title' && !/^\d/.test(tokens[j + 1]?.text ?? '');
}

/** `By Shinichi Saoshiro TOKYO (Reuters)`, `France CAC 40`: capitals after a capitalized word start another name. */
function startsShouting(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.case === 'upper' && tokens[j - 1]!.case === 'title' && tokens[j]!.text.length > 1;
}

/**
 * How many small words at tokens[j] join the capitalized words on either side (`van der` in
 * `Pieter van der Berg`, `of` in `Bank of England`), or 0.
 */
function joiningRun(tokens: readonly Token[], j: number): number {
  const before = tokens[j - 1];
  if (!before || !isNameToken(before)) return 0;
  if (tokens[j]!.lower === 'of') return takesOf(before.lower) && isNameToken(tokens[j + 1] ?? NONE) ? 1 : 0;
  let k = j;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.lower) && k - j < 3) k++;
  return k > j && isNameToken(tokens[k] ?? NONE) ? k - j : 0;
}

const NONE = new Token('', '', kindOf('none', false));
