import type { Quote, Span } from '../article/model';
import type { Frame } from './frames';
import type { SentenceInfo } from './model';
import { firstEndAfter } from '../spans';
import { firstTokenAt, tokenEnd } from '../entities/tokens';

/** A quotation's speaker as found: the frame that names it, or the quotation it continues. */
export type QuoteSpeaker = { frame: Frame; sentence: SentenceInfo } | { continues: Quote } | null;

/** How far (in tokens) a cue may stand from the quotation it attributes. */
const NEAR_AFTER = 6;
const NEAR_BEFORE = 4;

/**
 * Finds who speaks a quotation, in the order a reader would: a cue right after it (`“…,”
 * Ruiz said`) or right before it (`Musk had written, “…”`), any attribution in its sentence
 * (a partial quotation inside reported speech), the speaker of the sentence before (`…
 * Trump posted. “Yours does not.”`), or the quotation it follows on from. `ends`: where each
 * of the sentences ends (`endsOf`).
 */
export function findQuoteSpeaker(quote: Quote, sentences: readonly SentenceInfo[], ends: readonly number[], previous: { quote: Quote; spoken: boolean } | null): QuoteSpeaker {
  const at = firstEndAfter(ends, quote.start);
  const own = sentences[at];
  if (!own || own.start > quote.start + 1) return null;
  const endAt = firstEndAfter(ends, quote.end - 1);
  const endSentence = sentences[endAt] && sentences[endAt]!.start < quote.end ? sentences[endAt]! : own;
  const near = nearFrame(endSentence, quote, 'after') ?? nearFrame(own, quote, 'before');
  if (near) return near;
  const inside = own.frames.find((f) => !isInside(f.cue, quote));
  if (inside) return { frame: inside, sentence: own };
  const before = sentences[at - 1];
  const startsSentence = startsWithQuote(own, quote);
  if (before && startsSentence && before.paragraph >= own.paragraph - 1) {
    const last = before.frames[before.frames.length - 1];
    if (last && lastWordsAreCue(before, last)) return { frame: last, sentence: before };
    if (previous?.spoken && previous.quote.end >= before.start && previous.quote.end <= own.start) return { continues: previous.quote };
    if (before.attributed && !before.frames.every((f) => f.content === null)) return { frame: before.frames[before.frames.length - 1]!, sentence: before };
  }
  return null;
}

function nearFrame(s: SentenceInfo, quote: Quote, side: 'after' | 'before'): { frame: Frame; sentence: SentenceInfo } | null {
  const tokens = s.tokens;
  if (side === 'after') {
    const first = firstTokenAt(s, quote.end);
    if (first === tokens.length) return null;
    // Loops, not `find`: asked for every quotation of a long story on every edit, a test
    // closure per question adds up.
    for (let i = 0; i < s.frames.length; i++) {
      const f = s.frames[i]!;
      if (f.cueAt >= first && f.cueAt - first <= NEAR_AFTER && (f.sourceFrom >= first || f.sourceTo <= first)) return { frame: f, sentence: s };
    }
    return null;
  }
  const open = firstTokenAt(s, quote.start);
  if (open === tokens.length) return null;
  for (let i = 0; i < s.frames.length; i++) {
    const f = s.frames[i]!;
    if (f.cueAt < open && open - f.cueAt <= NEAR_BEFORE) return { frame: f, sentence: s };
  }
  return null;
}

/** The sentence begins with the quotation (after any opening marks). */
function startsWithQuote(s: SentenceInfo, quote: Quote): boolean {
  return quote.start <= s.start + 1;
}

/** `… Trump posted.`: the sentence ends with its cue (and the source around it). */
function lastWordsAreCue(s: SentenceInfo, f: Frame): boolean {
  let i = s.tokens.length - 1;
  while (i >= 0 && !s.tokens[i]!.word) i--;
  if (i < 0) return false;
  const end = tokenEnd(s, i);
  return (end <= f.cue.end || end <= f.source.end) && !s.quoted[s.tokens.length - 1];
}

function isInside(span: Span, quote: Quote): boolean {
  return span.start >= quote.content.start && span.end <= quote.content.end;
}
