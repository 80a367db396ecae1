import type { Span } from '../article/model';
import type { Candidate } from './candidates';

/** What a role is read from: a name's place among its sentence's tokens, its title, its memo. */
type Named = Pick<Candidate, 'memo' | 'start' | 'offsets' | 'sentence' | 'from' | 'to' | 'title'>;
import { firstTokenAt, offsetIn, tokensSpan, tokenStart, type PlacedTokens, type Token } from './tokens';
import { ROLE_STOPS, isRoleWord } from './cues';
import { isVerb } from './lexicon';

/** At most this many words of description before a name: `White House national security spokesperson`. */
const MAX_ROLE_WORDS = 7;

/**
 * The role the copy gives a person at a mention: a title inside the capitalized run
 * (`Florida Gov.`), the description just before the name when it ends in a role noun
 * (`billionaire entrepreneur`, `Republican U.S. presidential candidate`), or an appositive
 * after it (`Ana Ruiz, the council president,`).
 */
export function roleAt(c: Named): Span | null {
  const memo = c.memo;
  // Where the candidate's sentence starts: its tokens' offsets are from there.
  const base = c.start - offsetIn(c.offsets, c.sentence.length, c.from);
  if (!memo) return roleAfresh(c, base);
  // Kept relative to the sentence's start, which moves with the sentence.
  if (memo.role === undefined) {
    const role = roleAfresh(c, base);
    memo.role = role && { start: role.start - base, end: role.end - base };
    return role;
  }
  return memo.role && { start: memo.role.start + base, end: memo.role.end + base };
}

function roleAfresh(c: Named, base: number): Span | null {
  const sentence: PlacedTokens = { start: base, tokens: c.sentence, offsets: c.offsets };
  return c.title ? widenTitle(c, sentence) : (descriptionBefore(c, sentence) ?? appositiveAfter(c, sentence));
}

/** A title inside the run, with the places and description before it (`U.S. Defence Secretary`). */
function widenTitle(c: Named, sentence: PlacedTokens): Span {
  // Found by halving: a long sentence (a table read as one) holds many titled names.
  const at = firstTokenAt(sentence, c.title!.start);
  const titleAt = at < c.sentence.length && tokenStart(sentence, at) === c.title!.start ? at : -1;
  return { start: tokenStart(sentence, walkLeft(c.sentence, titleAt)), end: c.title!.end };
}

function descriptionBefore(c: Pick<Candidate, 'sentence' | 'from'>, sentence: PlacedTokens): Span | null {
  const s = c.sentence;
  const last = s[c.from - 1];
  if (!last || !last.word || !isRoleWord(last.lower)) return null;
  return tokensSpan(sentence, walkLeft(s, c.from - 1), c.from);
}

/** The first token of the description that ends just before `from` (at most a few words). */
function walkLeft(s: readonly Token[], from: number): number {
  let first = from;
  while (first > 0 && from - first < MAX_ROLE_WORDS && isDescriptive(s[first - 1]!)) first--;
  return first;
}

/** Words that can stand in a description before a name: not verbs, articles or prepositions. */
function isDescriptive(t: Token): boolean {
  if (!t.word) return false;
  if (t.case === 'lower' && (ROLE_STOPS.has(t.lower) || isVerb(t.lower))) return false;
  return !ROLE_STOPS.has(t.lower);
}

/** Words that carry a role on to what it is a role of, once a role word has come. */
const ROLE_JOINERS = new Set(['of', 'for', 'at', 'in', 'the', 'a', 'an']);

/** `Name, the council president,` or `Name, chairwoman of the board.` */
function appositiveAfter(c: Named, sentence: PlacedTokens): Span | null {
  const s = c.sentence;
  if (s[c.to]?.text !== ',') return null;
  let i = c.to + 1;
  if (/^(the|a|an)$/.test(s[i]?.lower ?? '')) i++;
  const start = i;
  let roleEnd = -1;
  for (; i < s.length && i - start < MAX_ROLE_WORDS; i++) {
    const t = s[i]!;
    if (!t.word) break;
    const joinsRole = roleEnd >= 0 && ROLE_JOINERS.has(t.lower); // `chairwoman of the board`, `spokesman for the ministry`
    if (t.case === 'lower' && !joinsRole && ((isVerb(t.lower) && !isRoleWord(t.lower)) || ROLE_STOPS.has(t.lower))) return null;
    if (isRoleWord(t.lower)) roleEnd = i;
  }
  const closes = s[i] === undefined || /^[,.;)]$/.test(s[i]!.text);
  if (roleEnd < 0 || !closes) return null;
  return tokensSpan(sentence, c.to + 1, i);
}
