import type { Span } from './model';
import { trimEndOf } from './chars';
import { trimSpan } from './lines';
import { matchesStartingIn } from './scan';

/** Abbreviations that are not the end of a sentence even before a capital letter
 *  (titles before names, months before days). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'reps', 'sens', 'lt', 'gen', 'col', 'capt', 'cmdr', 'sgt', 'maj',
  'adm', 'cpl', 'pvt', 'rev', 'prof', 'supt', 'det', 'atty', 'hon', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'gov.-elect', 'pres', 'sec', 'secy',
]);

/** Abbreviations that end a sentence only when a typical sentence opener follows
 *  (`in the U.S. The …` ends; `the U.S. Capitol` does not). */
const SOMETIMES_FINAL = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'a.m', 'p.m', 'etc', 'approx',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla',
  'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo', 'd.c',
]);

/** Words that commonly open a sentence, used to decide after an ambiguous abbreviation. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'our', 'there', 'when', 'while', 'after', 'before', 'however',
  'meanwhile', 'still', 'so', 'yet', 'as', 'if', 'some', 'many', 'most', 'all', 'one', 'officials', 'for', 'with',
  'what', 'why', 'how', 'who', 'no', 'not', 'both', 'since', 'until', 'under', 'by', 'also', 'then', 'now',
]);

/** `“Is it real?” Trump asked.`: a quotation ending in ? or ! followed by its speaker. */
const SPEECH_AFTER = /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,3}(?:said|says|asked|asks|posted|wrote|writes|told|added|replied|shouted|tweeted|exclaimed)\b/u;

const LETTER = /\p{L}/u;

/** A run of sentence-ending punctuation and any closing quotes or brackets after it. */
const TERMINAL = /(?<![.!?…])[.!?…]+["”’')\]]*(?=\s)/g;

/** Splits the span [start, end) of `text` into sentences, as trimmed spans. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const sentences: Span[] = [];
  let from = start;
  // One character of context each side: the pattern looks one back and one ahead.
  for (const m of matchesStartingIn(TERMINAL, text, start, end, 1)) {
    const stop = m.index + m[0].length;
    if (stop >= end) break;
    if (!endsSentence(text, m.index, m[0], stop, end)) continue;
    pushTrimmed(text, from, stop, sentences);
    from = stop;
  }
  pushTrimmed(text, from, end, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}

/** Whether the punctuation run at `at` (ending at `stop`) ends a sentence. */
function endsSentence(text: string, at: number, run: string, stop: number, end: number): boolean {
  const next = nextWord(text, stop, end);
  if (!next || !/^["“‘'(\[]?[\p{Lu}\p{N}]/u.test(next)) return false;
  if (/[”"’']$/.test(run) && SPEECH_AFTER.test(text.slice(stop, Math.min(end, stop + 60)))) return false;
  if (run[0] !== '.' || run.startsWith('..')) return true;
  const word = wordBefore(text, at);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: J. K. Rowling
  if (NEVER_FINAL.has(word.toLowerCase())) return false;
  if (SOMETIMES_FINAL.has(word.toLowerCase())) {
    return SENTENCE_OPENERS.has(trimEndOf(next.replace(/^["“‘'(\[]/, ''), (c) => !LETTER.test(c)).toLowerCase());
  }
  return true;
}

/** The word right before offset `at`, periods inside it kept (`U.S`, `a.m`). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.\-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

/** The next whitespace-delimited word after `from`, or '' at the end. */
function nextWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && /\s/.test(text[i]!)) i++;
  let j = i;
  while (j < end && !/\s/.test(text[j]!) && j - i < 40) j++;
  return text.slice(i, j);
}
