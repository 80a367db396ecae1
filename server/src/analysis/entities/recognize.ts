import type { Span, Story } from '../article/model';
import type { SentenceRecord } from '../sentenceWork';
import { factOf, namesAnyone, sameNamesMoved } from './namesMoved';
import { movedTo, shiftOf, type StoryEdit } from '../storyEdit';
import type { TokenizedSentence } from '../storyText';
import { hasLetter, tokenize, type PlacedTokens, type Token } from './tokens';
import { isReported, knownNames, sentenceCandidates, typed, type Candidate, type InitialWord } from './candidates';
import { SPORTS_STORY, sportWords, stronger, type StoryContext, type Typing } from './typing';
import { NAME_PARTICLES } from './cues';
import { AcceptedNames } from './accepted';
import { LastNearSpellings, MIN_VARIANT_LENGTH, type NearSpellings } from './spelling';
import { memoSlot } from '../sentenceMemo';

/** Evidence below this is a guess, not a name worth showing. */
const MIN_STRENGTH = 1;
/** Where a sentence's facts for recognition are remembered. */
const SHOUTED = memoSlot(isShouted);
const SPORT_WORDS = memoSlot(sportWords);

/** A typed name in a story, ready to be clustered. */
export type Recognized = Candidate & { typing: { type: 'person' | 'place' | 'organization' } };

/**
 * Finds the people, places and organizations named in a story. Each sentence yields
 * candidates typed by their own form and context; then the story as a whole decides what
 * one sentence cannot: a name typed in one place keeps its type elsewhere, a lone surname
 * after a full name is that person, and a line in capitals is read with the names the rest
 * of the story taught.
 */
export function recognizeStory(
  copy: string,
  story: Story,
  tokenized: readonly TokenizedSentence[],
  earlierPeople: KnownWords = EMPTY,
  accepted: AcceptedNames = NO_NAMES,
  context: StoryContext = { sports: isSportsStory(tokenized) },
): Recognized[] {
  const initials: InitialWord[] = [];
  const shouted: TokenizedSentence[] = [];
  const candidates: Candidate[] = [];
  // Index loops here and below: each walks every sentence or name of a long story on every
  // edit, and a `for…of` the optimizer does not inline makes an iterator result per step.
  for (let i = 0; i < tokenized.length; i++) {
    const placed = tokenized[i]!;
    const { tokens: sentence, work } = placed;
    if (work ? work.fact(SHOUTED, isShouted, sentence) : isShouted(sentence)) {
      shouted.push(placed);
      continue;
    }
    // By index, not destructured: taking a pair apart goes through its iterator.
    const found = work ? work.candidates(context, findCandidates) : findCandidates(placed, context);
    const names = found[0];
    const capitalized = found[1];
    // Loops, not `push(...names)`: one long sentence (a pasted table) can hold more names
    // than a call takes arguments.
    for (let j = 0; j < names.length; j++) candidates.push(names[j]!);
    for (let j = 0; j < capitalized.length; j++) initials.push(capitalized[j]!);
  }
  if (story.dateline) for (const c of datelineNames(copy, story, context)) candidates.push(c);

  const evidence = new StoryEvidence(candidates, earlierPeople, accepted);
  for (let i = 0; i < candidates.length; i++) candidates[i]!.typing = evidence.typingOf(candidates[i]!);
  for (let i = 0; i < initials.length; i++) {
    const w = initials[i]!;
    const typing = evidence.knownTyping(w.token.lower);
    if (typing) candidates.push({ ...typed(w, w.index, w.index + 1, context), typing });
  }
  for (const sentence of shouted) {
    for (const c of knownNames(sentence, { from: 0, to: sentence.tokens.length }, (key) => evidence.shoutedTyping(key))) candidates.push(c);
  }
  return candidates
    .filter((c): c is Recognized => isReported(c.typing.type) && c.typing.strength >= MIN_STRENGTH)
    .sort((a, b) => a.start - b.start);
}

/** A sentence's name candidates, and its capitalized ordinary words (`Trailing`). */
function findCandidates(sentence: PlacedTokens, context: StoryContext): [Candidate[], InitialWord[]] {
  const initials: InitialWord[] = [];
  return [sentenceCandidates(sentence, initials, context), initials];
}

/** A story is a sports report when several words of sport appear in it. */
export function isSportsStory(tokenized: readonly TokenizedSentence[]): boolean {
  let n = 0;
  for (let i = 0; i < tokenized.length; i++) {
    const { tokens, work } = tokenized[i]!;
    n += work ? work.fact(SPORT_WORDS, sportWords, tokens) : sportWords(tokens);
    if (n >= SPORTS_STORY) return true;
  }
  return false;
}

/** The dateline's city and state or country are places. */
function datelineNames(copy: string, story: Story, context: StoryContext): Candidate[] {
  return datelineSpans(story).map((s) => {
    const tokens = tokenize(copy, s.start, s.end);
    return { ...typed(tokens, 0, tokens.tokens.length, context), typing: { type: 'place', strength: 3 } };
  });
}

/** Where the dateline names its city and its state or country, if the story has one. */
function datelineSpans(story: Story): Span[] {
  const d = story.dateline;
  if (!d) return [];
  return d.regionSpan ? [d.citySpan, d.regionSpan] : [d.citySpan];
}

/**
 * What a long story's names were read from in an analysis: enough for the next edit to tell
 * whether it changed any (`namesKept`). Undefined for a story whose sentences' work is not kept.
 */
export interface NamesTrail {
  /** Each sentence's kept work in order, and where it stood (story offsets). */
  sources: readonly SentenceRecord[];
  starts: readonly number[];
  sports: boolean;
  /** The dateline's city and region: names read outside any sentence. */
  dateline: readonly Span[];
}

export function namesTrail(tokenized: readonly TokenizedSentence[], sports: boolean, story: Story): NamesTrail | undefined {
  const sources = new Array<SentenceRecord>(tokenized.length);
  const starts = new Array<number>(tokenized.length);
  for (let i = 0; i < tokenized.length; i++) {
    const work = tokenized[i]!.work;
    if (!work) return undefined;
    sources[i] = work.source;
    starts[i] = work.at;
  }
  return { sources, starts, sports, dateline: datelineSpans(story) };
}

/**
 * Whether the story names what it named in the analysis `trail` was taken from, each name moved
 * by `edit` (an edit within a word, most keystrokes): the sentences the edit did not touch stand
 * where it moved them, and those it touched name the same names, with the same words around them
 * (`sameNamesMoved`), and as many words of sport. The story's entities are then the last
 * analysis's, moved (`movedEntities`), with no recognition or clustering run again.
 */
export function namesKept(trail: NamesTrail, edit: StoryEdit, tokenized: readonly TokenizedSentence[], story: Story): boolean {
  const { sources, starts } = trail;
  const count = tokenized.length;
  // Whether the last text's sentence `i` is sentence `j` now, where the edit moved it.
  const standsMoved = (i: number, j: number): boolean => {
    const work = tokenized[j]!.work;
    if (!work || work.source !== sources[i]) return false;
    // Read by its shift, not by `movedTo`: a span object per sentence of a long story, every edit.
    const shift = shiftOf(edit, starts[i]!, starts[i]! + sources[i]!.text.length);
    return shift !== null && starts[i]! + shift === work.at;
  };
  let head = 0;
  while (head < count && head < sources.length && standsMoved(head, head)) head++;
  let tail = 0;
  while (tail < count - head && tail < sources.length - head && standsMoved(sources.length - 1 - tail, count - 1 - tail)) tail++;
  // The sentences between, before and after the edit: those that name anyone paired in order.
  const context: StoryContext = { sports: trail.sports };
  const before: number[] = [];
  const after: number[] = [];
  let sport = 0;
  for (let i = head; i < sources.length - tail; i++) {
    const source = sources[i]!;
    if (factOf(source, SHOUTED, isShouted)) return false;
    sport += factOf(source, SPORT_WORDS, sportWords);
    const names = namesAnyone(source, trail.sports);
    if (names === undefined) return false;
    if (names) before.push(i);
  }
  for (let j = head; j < count - tail; j++) {
    const work = tokenized[j]!.work;
    if (!work || work.fact(SHOUTED, isShouted, work.tokens)) return false;
    sport -= work.fact(SPORT_WORDS, sportWords, work.tokens);
    const found = work.candidates(context, findCandidates);
    if (found[0].length > 0 || found[1].length > 0) after.push(j);
  }
  if (sport !== 0 || before.length !== after.length) return false;
  for (let k = 0; k < before.length; k++) {
    const i = before[k]!;
    if (!sameNamesMoved(sources[i]!, starts[i]!, tokenized[after[k]!]!.work!, context, findCandidates, edit)) return false;
  }
  return spansMoved(trail.dateline, datelineSpans(story), edit);
}

/** Whether spans of the last text are `now`, each moved by the edit and none touched by it. */
function spansMoved(before: readonly Span[], now: readonly Span[], edit: StoryEdit): boolean {
  return before.length === now.length && before.every((s, i) => movedTo(edit, s.start, s.end, now[i]!));
}

/** A line in capitals (a wire headline): capitals tell nothing there. */
function isShouted(sentence: readonly Token[]): boolean {
  let words = 0;
  for (const t of sentence) {
    if (!t.word || t.text.length < 2) continue;
    if (t.case === 'upper') words++;
    // Lower and title case have letters; `none` may too (`1st`, a script without capitals).
    else if (t.case !== 'none' || hasLetter(t.text)) return false;
  }
  return words >= 2;
}

/** What the whole story says about each name. */
class StoryEvidence {
  private readonly byKey = new Map<string, Typing>();
  /** Words of full personal names (`donald`, `trump`), so a lone `Trump` is the person. */
  private readonly personWords = new Set<string>();
  /** Words the story uses as a name on their own. */
  private readonly loneWords = new Set<string>();
  /** The person words near a word in spelling, found on first need. */
  private nearPeople: NearSpellings | null = null;

  /** `earlierPeople`: surnames of people earlier stories of the file named in full. */
  constructor(
    candidates: readonly Candidate[],
    private readonly earlierPeople: KnownWords,
    accepted: AcceptedNames,
  ) {
    // The newsroom's names file is the strongest evidence there is.
    for (const { key, type, words } of accepted.forms()) {
      this.byKey.set(key, { type, strength: 4 });
      if (type === 'person' && words.length > 1) for (const w of words) this.personWords.add(w);
    }
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.tokens.length === 1) this.loneWords.add(c.key);
      if (c.typing.strength >= 1.5) this.byKey.set(c.key, stronger(this.byKey.get(c.key) ?? NONE, c.typing));
      if (c.typing.type === 'person' && c.typing.strength >= 2 && c.tokens.length >= 2) {
        for (let j = 0; j < c.tokens.length; j++) if (!NAME_PARTICLES.has(c.tokens[j]!.lower)) this.personWords.add(c.tokens[j]!.lower);
      }
    }
  }

  typingOf(c: Candidate): Typing {
    if (c.tokens.length === 1 && this.personWords.has(c.key) && !c.titled) return PART_OF_PERSON;
    let typing = stronger(c.typing, this.byKey.get(c.key) ?? NONE);
    if (c.tokens.length === 1 && this.earlierPeople.has(c.key)) typing = stronger(typing, EARLIER_PERSON);
    // `Ray Sampson … Sampson said`: a full name whose last word the story later uses alone.
    if (typing.type === 'person' && typing.strength < 2 && c.tokens.length > 1 && this.loneWords.has(c.tokens[c.tokens.length - 1]!.lower)) {
      return { type: 'person', strength: 2 };
    }
    // `Terrence Okafor … Okafur returned`: a word one letter off a person's name is that name
    // misspelled, and the name checks need to see it.
    if (c.tokens.length === 1 && typing.strength < 2 && c.key.length >= MIN_VARIANT_LENGTH && this.nearPersonWord(c.key)) return MISSPELLED_PERSON;
    return typing;
  }

  private nearPersonWord(word: string): boolean {
    this.nearPeople ??= personSpellings.for(this.personWords);
    return this.nearPeople.of(word).length > 0;
  }

  /** The typing of a word the story names elsewhere, if it does. */
  knownTyping(lower: string): Typing | undefined {
    if (this.personWords.has(lower)) return PART_OF_PERSON;
    return this.byKey.get(lower);
  }

  shoutedTyping(key: string): Typing | undefined {
    const known = this.knownTyping(key);
    return known && { type: known.type, strength: Math.max(known.strength, 2.5) };
  }
}

/** The person words of the story last asked about, kept across its edits. */
const personSpellings = new LastNearSpellings();

const NONE: Typing = { type: null, strength: 0 };
const PART_OF_PERSON: Typing = { type: 'person', strength: 3.2 };
/** A surname an earlier story of the file gave in full: above a town of the same name, below a country. */
const EARLIER_PERSON: Typing = { type: 'person', strength: 2.5 };
const MISSPELLED_PERSON: Typing = { type: 'person', strength: 2 };
const EMPTY: KnownWords = new Set();
const NO_NAMES = new AcceptedNames();

/** Anything that can say whether it knows a word (a Set, or a Map by its keys). */
export interface KnownWords {
  has(word: string): boolean;
}
