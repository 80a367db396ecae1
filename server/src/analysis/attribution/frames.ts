import type { Span } from '../article/model';
import { tokensSpan, type PlacedTokens, type Token } from '../entities/tokens';
import { CALENDAR_WORDS, isCommonWord, isVerb } from '../entities/lexicon';
import { isRoleWord } from '../entities/cues';
import { AMBIGUOUS_CUES, AUXILIARIES, CUE_VERBS, LEAD_IN_VERBS, PHRASAL_PARTICLES, STANCE_VERBS } from './cueWords';

/** A source, a cue and what they attribute, found in one sentence. */
export interface Frame {
  cue: Span;
  source: Span;
  /** The attributed words: the clause after the cue, or the sentence before it. */
  content: Span | null;
  /** Token indices of the cue and the source in the sentence. */
  cueAt: number;
  sourceFrom: number;
  sourceTo: number;
  /** A transcript's speaker label: the rest of the paragraph is that speaker's too. */
  label?: boolean;
}

/** Words that end a noun phrase when walking away from the cue. */
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'but', 'as', 'if', 'after', 'before', 'since',
  'although', 'though', 'where', 'whether', 'so', 'than', 'until', 'unless', 'to', 'by', 'not', 'never', 'no',
  'with', 'about', 'like', 'without', 'during', 'despite', 'through', 'including', 'against', 'into', 'over', 'under',
]);
/** Objects after which a cue word is not speech: `claimed responsibility`, `admitted to hospital`. */
const NON_SPEECH_OBJECTS = /^(responsibility|credit|victory|lives|ownership|defeat|seats?|title|damages|guilt)$/;

/** Cues that can come before their source: `“…,” said Ruiz.`, `…, added the mayor`. */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'noted', 'continued', 'recalled', 'insisted', 'argued', 'warned', 'replied', 'responded', 'told', 'according']);

/** The inverted source ends the sentence or a part of it: `said Melissa Grant, a parent`. */
function closesSentencePart(s: readonly Token[], to: number): boolean {
  const next = s[to];
  return next === undefined || /^[,.;:!?)”"]$/.test(next.text);
}

/** Words right before a verb form that make it a noun: `his claim`, `the report`. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'both', 'all', 'most']);
/** Objects and adverbs right after a cue: `told reporters`, `said Monday`, `said again`. */
const AFTER_CUE = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'also', 'again', 'recently', 'later', 'then', 'repeatedly']);
/** Prepositions that open an adverbial between a cue and its clause: `said in a statement that`. */
const ADVERBIAL_OPENERS = new Set(['on', 'in', 'at', 'during', 'late', 'by', 'to', 'via', 'over', 'after', 'before', 'last', 'this']);
/** Words an adverbial after a cue ends with: `on Monday`, `in a statement`, `to the AP`. */
const ADVERBIAL_HEADS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|statement|interview|post|posts|tweet|conference|briefing|email|e-mail|call|letter|speech|hearing|release|video|broadcast|show|program|programme|x|twitter|facebook|instagram|media|agencies|agency|reporters|journalists|\p{Lu}.*)$/u;
const MAX_SOURCE_WORDS = 12;

/**
 * Every source–cue pair in a sentence: `Kirby told reporters that …`, `…, Kirby said on
 * Monday.`, `…,” said Ruiz.`, `according to a counter on X`, `was quoted as saying`. Words
 * inside quotation marks (`quoted[i]`) are the speaker's, never cues.
 */
export function findFrames(placed: PlacedTokens, quoted: readonly boolean[], headline = false): Frame[] {
  const frames: Frame[] = [];
  const sentence = placed.tokens;
  const label = speakerLabel(placed);
  if (label) frames.push(label);
  for (let i = 0; i < sentence.length; i++) {
    if (quoted[i]) continue;
    const t = sentence[i]!;
    let frame: Frame | null = null;
    if (t.lower === 'according' && sentence[i + 1]?.lower === 'to') frame = accordingTo(placed, i);
    else if (CUE_VERBS.has(t.lower) || STANCE_VERBS.has(t.lower)) frame = verbFrame(placed, i, headline) ?? coordinated(placed, i, frames);
    if (frame) frames.push(frame);
  }
  return frames;
}

/**
 * `Merrill says Machado promised … and said she would`, `an architect who said`: a cue
 * after `and` takes the sentence's subject (or its last source); after `who`, the noun
 * phrase before it.
 */
function coordinated(p: PlacedTokens, i: number, earlier: readonly Frame[]): Frame | null {
  const s = p.tokens;
  const prev = s[i - 1]?.lower;
  const cueTo = cueEnd(s, i);
  const content = clauseAfter(p, cueTo);
  if (!content || (AMBIGUOUS_CUES.has(s[i]!.lower) && !opensClause(s, cueTo))) return null;
  if (prev === 'and' || prev === 'but') {
    const last = earlier[earlier.length - 1];
    if (last) return { ...frame(p, i, cueTo, last.sourceFrom, last.sourceTo, content) };
    let to = 0;
    while (to < s.length && to < MAX_SOURCE_WORDS && s[to]!.word && s[to]!.case !== 'lower') to++;
    return to > 0 ? frame(p, i, cueTo, 0, to, content) : null;
  }
  if (prev === 'who' || prev === 'which') {
    const left = sourceBefore(s, i - 1);
    return left ? frame(p, i, cueTo, left.from, left.to, content) : null;
  }
  return null;
}

/** `PENCE: Well, look, …`: a transcript's speaker label (a name in capitals and a colon). */
function speakerLabel(p: PlacedTokens): Frame | null {
  const s = p.tokens;
  let i = 0;
  while (i < s.length && i < 3 && s[i]!.word && s[i]!.case === 'upper') i++;
  if (i === 0 || s[i]?.text !== ':') return null;
  const content = trimmed(p, i + 1, s.length);
  return content && { cue: tokensSpan(p, i, i + 1), source: tokensSpan(p, 0, i), content, cueAt: i, sourceFrom: 0, sourceTo: i, label: true };
}

/** `according to a counter on X`: the source follows the cue. */
function accordingTo(p: PlacedTokens, i: number): Frame | null {
  const s = p.tokens;
  const from = i + 2;
  let to = from;
  while (to < s.length && s[to]!.word && to - from < MAX_SOURCE_WORDS) to++;
  if (to === from) return null;
  const cue = tokensSpan(p, i, i + 2);
  const source = tokensSpan(p, from, to);
  // The rest of the sentence is the content: before the phrase, or after it when it opens the sentence.
  const before = trimmed(p, 0, i);
  const content = before ?? trimmed(p, to, s.length);
  return { cue, source, content, cueAt: i, sourceFrom: from, sourceTo: to };
}

function verbFrame(p: PlacedTokens, i: number, headline: boolean): Frame | null {
  const s = p.tokens;
  const t = s[i]!;
  const prev = s[i - 1];
  if (t.case !== 'lower' && i > 0 && !headline) return null;
  if (prev && (DETERMINERS.has(prev.lower) || prev.text === '’s' || prev.text === "'s")) return null;
  if (isNegated(s, i)) return null; // `did not immediately respond`
  if (isPassive(s, i) && t.lower !== 'quoted') return null; // `is expected to`, `was widely believed`
  const cueTo = cueEnd(s, i);
  if (NON_SPEECH_OBJECTS.test(s[cueTo]?.lower ?? '')) return null; // `claimed responsibility`
  const ambiguous = AMBIGUOUS_CUES.has(t.lower) && cueTo - i === 1; // `quoted as saying`, `called for` are not
  if (ambiguous && !opensClause(s, cueTo) && !followsQuote(s, i)) return null;
  // `plans to`, `hopes that`: present-tense stance verbs are nouns too (`personal attacks`).
  if (STANCE_VERBS.has(t.lower) && !/ed$|knew|understood/.test(t.lower) && !/^(to|that)$/.test(s[i + 1]?.lower ?? '')) return null;
  const left = sourceBefore(s, i);
  if (left) {
    const after = clauseAfter(p, cueTo);
    const content = after ?? trimmed(p, 0, left.from);
    return frame(p, i, cueTo, left.from, left.to, content);
  }
  const right = INVERTIBLE.has(t.lower) ? sourceAfter(s, cueTo) : null;
  if (right && (prev?.text === ',' || isQuoteEnd(prev)) && closesSentencePart(s, right.to)) {
    return frame(p, i, cueTo, right.from, right.to, trimmed(p, 0, i - 1));
  }
  return null;
}

function frame(p: PlacedTokens, cueAt: number, cueTo: number, from: number, to: number, content: Span | null): Frame {
  return { cue: tokensSpan(p, cueAt, cueTo), source: tokensSpan(p, from, to), content, cueAt, sourceFrom: from, sourceTo: to };
}

/** After an ambiguous cue, past its object and adverbials: `that`, a colon or a quotation. */
function opensClause(s: readonly Token[], from: number): boolean {
  let i = afterAdverbials(s, from);
  while (i < s.length && i - from < 4 && HEDGES.has(s[i]!.lower)) i++;
  if (s[i]?.text === ',') i++;
  const t = s[i];
  return t !== undefined && (t.lower === 'that' || t.text === ':' || t.text === '“' || t.text === '"');
}

/** Words between a cue and its clause that hedge it: `claimed without evidence that`. */
const HEDGES = new Set(['without', 'evidence', 'falsely', 'repeatedly', 'publicly', 'privately', 'again', 'also', 'once', 'wrongly']);

/** `“…,” Trump posted.`: a cue within a few words after a closing quotation mark. */
function followsQuote(s: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (isQuoteEnd(s[k])) return true;
  return false;
}

/** `quoted as saying` is one cue; `pointed out`, `called for` take their particle. */
function cueEnd(s: readonly Token[], i: number): number {
  if (s[i]!.lower === 'quoted' && s[i + 1]?.lower === 'as' && CUE_VERBS.has(s[i + 2]?.lower ?? '')) return i + 3;
  const stem = /^(call|point)/.exec(s[i]!.lower)?.[1];
  if (stem && PHRASAL_PARTICLES[stem]!.has(s[i + 1]?.lower ?? '')) return i + 2;
  return i + 1;
}

function isNegated(s: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (/^(not|n't|never|no)$/.test(s[k]!.lower)) return true;
  return false;
}

/** A form of `be` (past any adverb) right before the verb: a passive, not a speaker's cue. */
function isPassive(s: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(widely|generally|also|still|now|long|often|already|not|being)$/.test(s[k]!.lower)) k--;
  return k >= 0 && /^(is|are|was|were|be|been|being|'s|’s|'re|’re)$/.test(s[k]!.lower);
}

/** The noun phrase before a cue: walk left past auxiliaries (`had already`), then gather the phrase. */
function sourceBefore(s: readonly Token[], cueAt: number): { from: number; to: number } | null {
  let to = cueAt;
  if (s[cueAt]!.lower === 'quoted') while (to > 0 && /^(was|were|is|are|been|being)$/.test(s[to - 1]!.lower)) to--;
  if (s[to - 1]?.lower === 'to' && LEAD_IN_VERBS.has(s[to - 2]?.lower ?? '')) to -= 2;
  while (to > 0 && AUXILIARIES.has(s[to - 1]!.lower) && s[to - 1]!.case === 'lower') to--;
  to = skipParenthetical(s, to);
  if (s[to - 1]?.text === ',') return aroundAppositive(s, to - 1);
  let from = to;
  while (from > 0 && to - from < MAX_SOURCE_WORDS && inPhrase(s, from - 1)) from--;
  while (from < to && !s[from]!.word) from++;
  if (from >= to || !hasNoun(s, from, to)) return null;
  return { from, to };
}

/** `Rep. Gwen Moore (D-Wis.) said`: a parenthetical between the name and its cue. */
function skipParenthetical(s: readonly Token[], to: number): number {
  if (s[to - 1]?.text !== ')') return to;
  for (let k = to - 2; k >= Math.max(0, to - 8); k--) if (s[k]!.text === '(') return k;
  return to;
}

/** Words that open an appositive: `, the council president,`, `, who voted against it,`. */
const APPOSITIVE_STARTERS = new Set(['the', 'a', 'an', 'one', 'another', 'who', 'whose', 'which', 'himself', 'herself']);

/**
 * The source when a comma stands right before the cue: a noun phrase with an appositive
 * (`Musk, one of the richest people in the world, announced`; `The library’s director, Paul
 * Lindqvist, said`; `Okafor, who voted against the plan, called`). `close` is that comma.
 * Null for `…, said Ruiz` (an inverted cue).
 */
function aroundAppositive(s: readonly Token[], close: number): { from: number; to: number } | null {
  let open = -1;
  for (let k = close - 1; k >= Math.max(0, close - 16); k--) {
    if (s[k]!.text === ',') {
      open = k;
      break;
    }
  }
  if (open < 0 || open + 1 >= close) return null;
  const isName = isNameRun(s, open + 1, close);
  if (!isName && !APPOSITIVE_STARTERS.has(s[open + 1]!.lower) && !isRoleWord(s[open + 1]!.lower)) return null;
  let from = open;
  while (from > 0 && open - from < MAX_SOURCE_WORDS && inPhrase(s, from - 1)) from--;
  if (from === open || !hasNoun(s, from, open)) return null;
  return { from, to: close };
}

function isNameRun(s: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) if (!isNameWord(s[i]!)) return false;
  return true;
}

function isNameWord(t: Token): boolean {
  return t.word && (t.case === 'title' || t.case === 'upper') && !CALENDAR_WORDS.has(t.lower) && !isCommonWord(t.lower);
}

/** The noun phrase after an inverted cue: `said Melissa Grant,`. */
function sourceAfter(s: readonly Token[], from: number): { from: number; to: number } | null {
  if (s[from]?.case === 'lower' && (CLAUSE_WORDS.has(s[from]!.lower) || /^(in|on|at|for|of|from|to)$/.test(s[from]!.lower))) return null; // `said in a statement`
  let to = from;
  while (to < s.length && inPhrase(s, to) && to - from < MAX_SOURCE_WORDS) to++;
  return to > from && hasNoun(s, from, to) ? { from, to } : null;
}

/** Whether s[i] can be part of a source's noun phrase. */
function inPhrase(s: readonly Token[], i: number): boolean {
  const t = s[i]!;
  if (t.text === '’s' || t.text === "'s" || t.text === '-' || t.text === '&') return true;
  if (!t.word) return false;
  if (t.case !== 'lower') return true;
  // `and` joins names (`Trump and Musk said`), not clauses (`… and he urged`).
  if (t.lower === 'and' || t.lower === 'or') return s[i - 1]?.case === 'title' && s[i + 1]?.case === 'title';
  if (CUE_VERBS.has(t.lower) || isVerb(t.lower)) return DETERMINERS.has(s[i - 1]?.lower ?? '') && !AUXILIARIES.has(t.lower); // `the report`, `the call`
  return !CLAUSE_WORDS.has(t.lower);
}

/** `Some said …`, `Others suggested …`: quantifiers that stand alone as the source. */
const STANDALONE = new Set(['some', 'many', 'others', 'several', 'both', 'all', 'most', 'few', 'one', 'another']);

function hasNoun(s: readonly Token[], from: number, to: number): boolean {
  if (to - from === 1 && STANDALONE.has(s[from]!.lower)) return true;
  for (let i = from; i < to; i++) if (s[i]!.word && !DETERMINERS.has(s[i]!.lower) && !AUXILIARIES.has(s[i]!.lower)) return true;
  return false;
}

/** The clause after a cue (past its object and adverbials, and `that`), if words follow. */
function clauseAfter(p: PlacedTokens, cueTo: number): Span | null {
  const s = p.tokens;
  const i = afterAdverbials(s, cueTo);
  let from = i;
  if (s[from]?.lower === 'that') from++;
  else if (s[from]?.text === ':' || s[from]?.text === ',') from++;
  return trimmed(p, from, s.length);
}

/** Past `reporters`, `on Monday`, `in a statement`, `by local news agencies` after a cue. */
function afterAdverbials(s: readonly Token[], from: number): number {
  let i = from;
  for (let guard = 0; guard < 4 && i < s.length; guard++) {
    if (AFTER_CUE.has(s[i]!.lower)) {
      i++;
      continue;
    }
    if (!ADVERBIAL_OPENERS.has(s[i]!.lower)) break;
    let k = i + 1;
    while (k < s.length && k - i <= 4 && s[k]!.word && !ADVERBIAL_HEADS.test(s[k]!.text.toLowerCase())) k++;
    if (k >= s.length || k - i > 4 || !s[k]!.word) break;
    while (k + 1 < s.length && s[k + 1]!.word && s[k + 1]!.case !== 'lower') k++; // `to the Associated Press`
    i = k + 1;
  }
  return i;
}

/** The span of tokens [from, to) without edge punctuation, if it holds two words or more. */
function trimmed(p: PlacedTokens, from: number, to: number): Span | null {
  const s = p.tokens;
  while (from < to && !s[from]!.word) from++;
  while (to > from && !s[to - 1]!.word) to--;
  let words = 0;
  for (let i = from; i < to && words < 2; i++) if (s[i]!.word) words++;
  return words >= 2 ? tokensSpan(p, from, to) : null;
}

function isQuoteEnd(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '”' || t.text === '"' || t.text === '’' || t.text === "'");
}
