/**
 * Attribution: for every quotation and reported statement, the source, the cue and the words
 * attributed, and which sentences of the copy carry no source at all.
 */
import type { ArticleFile, Quote, Span } from '../article/model';
import type { Entity } from '../entities/model';
import type { MentionsInOrder } from '../entities/inOrder';
import { findQuoteSpeaker } from './direct';
import type { Frame } from './frames';
import type { Attribution, AttributionResult, SentenceInfo } from './model';
import { speechQuotes, storySentences } from './sentences';
import { SpeakerFinder } from './speakers';
import { tokenizeStory, type TokenizedSentence } from '../storyText';
import { endsOf, firstEndAfter, movedSpan } from '../spans';

export type { Attribution, AttributionKind, AttributionResult, SentenceInfo } from './model';

/** `inOrder`: the entities' mentions in text order (`mentionsInOrder`), when already known;
 *  `read`: a file of one story's sentences as `storySentences` read them, when read already. */
export function findAttributions(
  file: ArticleFile,
  copy: string,
  entities: readonly Entity[],
  tokenized?: readonly (readonly TokenizedSentence[])[],
  inOrder?: MentionsInOrder,
  read?: SentenceInfo[],
): AttributionResult {
  const result: AttributionResult = { attributions: [], sentences: [], unattributedQuotes: [] };
  const speakers = new SpeakerFinder(entities, inOrder);
  file.stories.forEach((story, storyIndex) => {
    const sentences = (file.stories.length === 1 ? read : undefined) ?? storySentences(copy, story, storyIndex, tokenized?.[storyIndex] ?? tokenizeStory(copy, story));
    const bodySentences = sentences.filter((s) => s.paragraph >= 0);
    const bodyEnds = endsOf(bodySentences);
    const used = new Set<Frame>();
    // Who spoke last, and the name given them: two variables, not an object per attribution.
    let spoken = false;
    let lastSpeaker: Entity | null = null;
    let lastName = '';
    const make = (frame: Frame, content: Span, kind: Attribution['kind']): Attribution => {
      used.add(frame);
      const sourceText = copy.slice(frame.source.start, frame.source.end);
      const speaker = speakers.find(frame.source, sourceText, lastSpeaker);
      // `It said …`: the organization (or body) that spoke last.
      const name = speaker?.name ?? (/^(it|they)$/i.test(sourceText) && spoken && lastSpeaker?.type !== 'person' ? lastName : sourceText);
      spoken = true;
      lastSpeaker = speaker;
      lastName = name;
      // Spans of its own: a kept sentence's frames move with it when a later edit moves it.
      return { kind, cue: movedSpan(frame.cue, 0), source: movedSpan(frame.source, 0), content: movedSpan(content, 0), speaker: speaker?.id ?? null, speakerName: name, story: storyIndex };
    };
    // Index loops here and below: each walks every sentence of a long story on every edit.
    for (let i = 0; i < sentences.length; i++) sentences[i]!.attributed = sentences[i]!.frames.length > 0;
    carryLabels(sentences);

    let previous: { quote: Quote; spoken: boolean } | null = null;
    // The attribution of the quotation before, which is the only one a quotation can continue.
    let previousAttribution: Attribution | null = null;
    const quotes = speechQuotes(story);
    for (let i = 0; i < quotes.length; i++) {
      const quote = quotes[i]!;
      const found = findQuoteSpeaker(quote, bodySentences, bodyEnds, previous);
      let attribution: Attribution | null = null;
      if (found && 'frame' in found) attribution = make(found.frame, quote.content, 'direct');
      else if (found) {
        // `found.continues` is the quotation before, and it had a speaker (`findQuoteSpeaker`).
        attribution = { ...previousAttribution!, kind: 'continued', cue: null, source: null, content: quote.content };
      }
      if (attribution) {
        result.attributions.push(attribution);
        markQuoted(bodySentences, bodyEnds, quote);
      } else {
        result.unattributedQuotes.push(quote);
      }
      previous = { quote, spoken: attribution !== null };
      previousAttribution = attribution;
    }
    for (let i = 0; i < sentences.length; i++) {
      const frames = sentences[i]!.frames;
      for (let j = 0; j < frames.length; j++) {
        const f = frames[j]!;
        if (f.content && !used.has(f)) result.attributions.push(make(f, f.content, 'indirect'));
      }
    }
    // One story's list is the result as it is; a loop, not `push(...sentences)`, joins more:
    // a long story has more sentences than a call takes arguments.
    if (file.stories.length === 1) result.sentences = sentences;
    else for (let i = 0; i < sentences.length; i++) result.sentences.push(sentences[i]!);
  });
  result.attributions.sort((a, b) => a.content.start - b.content.start);
  return result;
}

/** After a transcript label (`PENCE:`), the rest of the paragraph is the same speaker's. */
function carryLabels(sentences: SentenceInfo[]): void {
  let speaking = -2;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.frames[0]?.label) speaking = s.paragraph;
    else if (s.paragraph === speaking) s.attributed = true;
    else speaking = -2;
  }
}

/** Sentences inside a quotation with a speaker are sourced (sentences sorted by position). */
function markQuoted(sentences: SentenceInfo[], ends: readonly number[], quote: Quote): void {
  for (let i = firstEndAfter(ends, quote.start); i < sentences.length && sentences[i]!.start < quote.end; i++) sentences[i]!.attributed = true;
}
