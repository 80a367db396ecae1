import type { Candidate, InitialWord } from './candidates';
import { NAME_PARTICLES } from './cues';
import type { AcceptedNames } from './accepted';
import { LastNearSpellings, MIN_VARIANT_LENGTH, NearSpellings } from './spelling';
import { stronger, type Typing } from './typing';
import { WordCounts } from './wordCounts';

/** Anything that can say whether it knows a word (a Set, or a Map by its keys). */
export interface KnownWords {
  has(word: string): boolean;
}

/** A name as the story's evidence weighs it: its key, how many words, its last word (lowercase),
 *  whether a title came before it, its typing from its own sentence, and (for a person named in
 *  full by it) the words it gives as a person's. */
export interface NameForm {
  key: string;
  words: number;
  last: string;
  titled: boolean;
  typing: Typing;
  personWords: readonly string[];
}

/**
 * The names of the story outside the sentences an edit touched, asked only when the edit changes
 * what the evidence says of a key or a word (`withNames`): enough to weigh that change without
 * reading the story's thousands of names again.
 */
export interface NamesElsewhere {
  /** The own typings (from their sentences) of every name that has `key` now, the edited
   *  sentences' included, in the order the story's evidence reads them; null when that cannot be
   *  told. */
  weighingTypings(key: string): readonly Typing[] | null;
  /** Whether each name outside the edited sentences that has one of `keys`, or is a full name
   *  ending in one of the words `lone`, is typed alike by `before` and `after`: of the same type,
   *  and shown or not alike. */
  typedAlike(keys: ReadonlySet<string>, lone: ReadonlySet<string>, before: StoryEvidence, after: StoryEvidence): boolean;
}

/** What the story's evidence counts: each a count by word or key. */
interface Counts {
  /** Names of one word, by word: a full name whose last word the story uses alone is a person's. */
  lone: WordCounts;
  /** Names of several words, by their last word: those a change to `lone` would retype. */
  lastOfMany: WordCounts;
  /** Names of several words by key (those of one word are `lone`): those a change to their key's
   *  typing would retype. */
  named: WordCounts;
  /** Capitalized ordinary words starting a sentence, by word: each a name if the story knows it. */
  initials: WordCounts;
  /** Full names of people giving each word: `personWords` holds those with any. */
  personNamings: WordCounts;
  /** How many names gave each key its typing at full strength, all of that type; -1 when names of
   *  another type reached that strength too (which of them came first decides). */
  atStrongest: WordCounts;
}

/** Each of the counts, made by `make`. */
function eachCount(make: (name: keyof Counts) => WordCounts): Counts {
  return { lone: make('lone'), lastOfMany: make('lastOfMany'), named: make('named'), initials: make('initials'), personNamings: make('personNamings'), atStrongest: make('atStrongest') };
}

/**
 * What the whole story says about each name: the strongest typing any sentence gave a key, the
 * words of people named in full, and the words used as a name on their own. Kept with a long
 * story's names (`NamesTrail`), so an edit that adds or drops a few names can carry it on
 * (`withNames`) instead of weighing every name of the story again.
 */
export class StoryEvidence {
  /** The person words near a word in spelling, found on first need. */
  private nearPeople: NearSpellings | null = null;

  private constructor(
    // Written only while a new evidence is made (`withNames`).
    private byKey: Map<string, Typing>,
    /** Words of full personal names (`donald`, `trump`), so a lone `Trump` is the person. */
    private personWords: Set<string>,
    private readonly counts: Counts,
    /** Whether the story has a line in capitals, read by what it knows of every key. */
    private readonly shouted: boolean,
    /** Whether the newsroom's names file gave keys their typing. */
    private readonly accepted: boolean,
  ) {}

  /** The evidence of a story's candidates (each typed by its own sentence so far), its
   *  capitalized ordinary words and the number of its lines in capitals. */
  static of(candidates: readonly Candidate[], initials: readonly InitialWord[], shoutedLines: number, accepted: AcceptedNames): StoryEvidence {
    const counts = eachCount(() => WordCounts.empty());
    const evidence = new StoryEvidence(new Map(), new Set(), counts, shoutedLines > 0, !accepted.isEmpty);
    // The newsroom's names file is the strongest evidence there is.
    for (const { key, type, words } of accepted.forms()) {
      evidence.byKey.set(key, { type, strength: 4 });
      if (type === 'person' && words.length > 1) for (const w of words) evidence.personWords.add(w);
    }
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const words = c.tokens.length;
      evidence.countName(c.key, words, c.tokens[words - 1]!.lower, 1);
      if (c.typing.strength >= 1.5) evidence.byKey.set(c.key, stronger(evidence.byKey.get(c.key) ?? NONE, c.typing));
      if (givesPersonWords(c.typing, words)) {
        for (let j = 0; j < words; j++) {
          const w = c.tokens[j]!.lower;
          if (NAME_PARTICLES.has(w)) continue;
          evidence.personWords.add(w);
          counts.personNamings.add(w, 1);
        }
      }
    }
    for (let i = 0; i < candidates.length; i++) {
      const { key, typing } = candidates[i]!;
      if (typing.strength >= 1.5) countStrongest(counts.atStrongest, key, typing, evidence.byKey.get(key)!);
    }
    for (let i = 0; i < initials.length; i++) counts.initials.add(initials[i]!.token.lower, 1);
    return new StoryEvidence(evidence.byKey, evidence.personWords, eachCount((name) => counts[name].settled()), evidence.shouted, evidence.accepted);
  }

  private countName(key: string, words: number, last: string, by: number): void {
    const counts = this.counts;
    if (words === 1) counts.lone.add(key, by);
    else {
      counts.named.add(key, by);
      counts.lastOfMany.add(last, by);
    }
  }

  /** How many names have the key (a key of several words has a space in it). */
  private namesWithKey(key: string): number {
    return key.includes(' ') ? this.counts.named.get(key) : this.counts.lone.get(key);
  }

  /** `earlierPeople`: surnames of people earlier stories of the file named in full. */
  typingOf(c: Candidate, earlierPeople: KnownWords): Typing {
    return this.typingOfForm(c.key, c.tokens.length, c.tokens[c.tokens.length - 1]!.lower, c.titled, c.typing, earlierPeople);
  }

  typingOfForm(key: string, words: number, last: string, titled: boolean, own: Typing, earlierPeople: KnownWords): Typing {
    if (words === 1 && this.personWords.has(key) && !titled) return PART_OF_PERSON;
    let typing = stronger(own, this.byKey.get(key) ?? NONE);
    if (words === 1 && earlierPeople.has(key)) typing = stronger(typing, EARLIER_PERSON);
    // `Ray Sampson … Sampson said`: a full name whose last word the story later uses alone.
    if (typing.type === 'person' && typing.strength < 2 && words > 1 && this.counts.lone.get(last) > 0) {
      return { type: 'person', strength: 2 };
    }
    // `Terrence Okafor … Okafur returned`: a word one letter off a person's name is that name
    // misspelled, and the name checks need to see it.
    if (words === 1 && typing.strength < 2 && key.length >= MIN_VARIANT_LENGTH && this.nearPersonWord(key)) return MISSPELLED_PERSON;
    return typing;
  }

  /** Whether a name adds to the evidence beyond the counts of its words: a type for its key, and
   *  perhaps a person's words. */
  static weighs(own: Typing): boolean {
    return own.strength >= 1.5;
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

  /**
   * The evidence once the names `gone` are dropped and `added` are added (in text order), and the
   * capitalized ordinary words `goneInitials` and `addedInitials`: null if a name of the story
   * would be typed otherwise for it and that cannot be told from the names `elsewhere`
   * (`keysRetyped`, `personWordsChanged`). This evidence is left as it is: an earlier analysis may
   * still read it. `retyped`: whether a key's typing, a person's words or a word used alone
   * changed, so the names the edit touched must be typed again by the new evidence.
   */
  withNames(allGone: readonly NameForm[], allAdded: readonly NameForm[], allGoneInitials: readonly string[], allAddedInitials: readonly string[], elsewhere: NamesElsewhere): { evidence: StoryEvidence; retyped: boolean } | null {
    // A name dropped and the same name added (the sentence around it edited) change nothing.
    const [gone, added] = unmatched(allGone, allAdded, formKey);
    // Unless it is a naming at its key's strongest whose type another reaches as strongly: the
    // first of those in the text types the key, and the edit may have moved it past the others
    // (two paragraphs swapped).
    if (allGone.some((f) => !gone.includes(f) && this.tiedAtStrongest(f))) return null;
    const [goneInitials, addedInitials] = unmatched(allGoneInitials, allAddedInitials, (w) => w);
    if (gone.length === 0 && added.length === 0 && goneInitials.length === 0 && addedInitials.length === 0) return { evidence: this, retyped: false };
    const counts = this.counts;
    const next = new StoryEvidence(this.byKey, this.personWords, eachCount((name) => counts[name].next()), this.shouted, this.accepted);
    for (const f of gone) next.countName(f.key, f.words, f.last, -1);
    for (const f of added) next.countName(f.key, f.words, f.last, 1);
    for (const w of goneInitials) next.counts.initials.add(w, -1);
    for (const w of addedInitials) next.counts.initials.add(w, 1);
    const keys = next.keysRetyped(gone, added, elsewhere);
    const words = keys && next.personWordsChanged(gone, added);
    if (!keys || !words) return null;
    // Words the story no longer uses alone, or now does: a full name ending in one may be typed
    // otherwise (`typingOfForm`).
    const lone = new Set<string>();
    for (const f of [...gone, ...added]) {
      if (f.words === 1 && counts.lone.get(f.key) > 0 !== next.counts.lone.get(f.key) > 0 && next.counts.lastOfMany.get(f.key) > 0) lone.add(f.key);
    }
    // The names elsewhere that a retyped key or such a word types must come out as they were.
    const retyped = new Set([...keys, ...words]);
    if (retyped.size + lone.size > 0 && !elsewhere.typedAlike(retyped, lone, this, next)) return null;
    return { evidence: next, retyped: keys.length > 0 || words.length > 0 || lone.size > 0 };
  }

  /** Whether a name is at its key's strongest typing while names of another type are as strong. */
  private tiedAtStrongest(f: NameForm): boolean {
    return StoryEvidence.weighs(f.typing) && this.counts.atStrongest.get(f.key) < 0 && f.typing.strength === this.byKey.get(f.key)?.strength;
  }

  /**
   * Carries the typing of each key the names that weigh give over: unchanged while a name at its
   * strongest, of its type, stays; else made afresh from every name that has the key now, in the
   * order the story reads them (the added names alone when no other has it), unless a capitalized
   * ordinary word or a line in capitals would read it. The keys made afresh, or null when one
   * cannot be.
   */
  private keysRetyped(gone: readonly NameForm[], added: readonly NameForm[], elsewhere: NamesElsewhere): string[] | null {
    const weighing = [...gone, ...added].filter((f) => StoryEvidence.weighs(f.typing));
    if (weighing.length === 0) return [];
    if (this.accepted) return null;
    const strongest = this.counts.atStrongest;
    // Each key typed afresh, with the typings of the names that have it.
    const retyped = new Map<string, readonly Typing[]>();
    for (const key of new Set(weighing.map((f) => f.key))) {
      const was = this.byKey.get(key);
      const kept = was && keepsTyping(was, strongest, key, gone, added);
      if (kept) continue;
      if (this.counts.initials.get(key) > 0 || this.shouted) return null;
      const addedHere = added.filter((f) => f.key === key);
      const typings = this.namesWithKey(key) === addedHere.length ? addedHere.map((f) => f.typing) : elsewhere.weighingTypings(key);
      if (!typings) return null;
      strongest.set(key, 0);
      retyped.set(key, typings);
    }
    if (retyped.size > 0) {
      const byKey = new Map(this.byKey);
      retyped.forEach((typings, key) => {
        byKey.delete(key);
        const weighs = typings.filter((t) => StoryEvidence.weighs(t));
        for (const t of weighs) byKey.set(key, stronger(byKey.get(key) ?? NONE, t));
        for (const t of weighs) countStrongest(strongest, key, t, byKey.get(key)!);
      });
      this.byKey = byKey;
    }
    return [...retyped.keys()];
  }

  /**
   * Carries the words of people named in full over. A word no full name gives any more, or one a
   * new full name gives, is allowed only when no capitalized ordinary word and no line in
   * capitals reads it. The words whose names of one word are to be typed again (`withNames`):
   * those that changed, and those used alone one letter off one of them (`misspells`); or null.
   */
  private personWordsChanged(gone: readonly NameForm[], added: readonly NameForm[]): string[] | null {
    const namings = this.counts.personNamings;
    for (const f of gone) for (const w of f.personWords) namings.add(w, -1);
    for (const f of added) for (const w of f.personWords) namings.add(w, 1);
    const changed = [...new Set([...gone, ...added].flatMap((f) => f.personWords))].filter((w) => namings.get(w) > 0 !== this.personWords.has(w));
    if (changed.length === 0) return changed;
    if (this.accepted || this.shouted) return null;
    const near = new NearSpellings(new Set(changed));
    for (const w of changed) if (this.counts.initials.get(w) > 0) return null;
    // A word used alone one letter off a changed word may read as it misspelled, or no longer
    // (`typingOfForm`, which weighs words of `MIN_VARIANT_LENGTH` letters or more): its names
    // are typed again too.
    const misspelled: string[] = [];
    this.counts.lone.forEachCounted((_, word) => {
      if (word.length >= MIN_VARIANT_LENGTH && near.of(word).length > 0) misspelled.push(word);
    });
    const personWords = new Set(this.personWords);
    for (const w of changed) {
      if (personWords.has(w)) personWords.delete(w);
      else personWords.add(w);
    }
    this.personWords = personWords;
    return [...changed, ...misspelled];
  }
}

/** What the evidence reads of a name: two alike count alike. */
function formKey(f: NameForm): string {
  return `${f.key}|${f.words}|${f.titled}|${f.typing.type}|${f.typing.strength}`;
}

/** The items of `a` and of `b` left once each pair with the same key is taken out of both. */
function unmatched<T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => string): [T[], T[]] {
  if (a.length === 0 || b.length === 0) return [a as T[], b as T[]];
  const inA = new Map<string, number>();
  for (const item of a) inA.set(keyOf(item), (inA.get(keyOf(item)) ?? 0) + 1);
  const onlyB: T[] = [];
  for (const item of b) {
    const n = inA.get(keyOf(item)) ?? 0;
    if (n > 0) inA.set(keyOf(item), n - 1);
    else onlyB.push(item);
  }
  const onlyA: T[] = [];
  for (const item of a) {
    const n = inA.get(keyOf(item)) ?? 0;
    if (n > 0) {
      onlyA.push(item);
      inA.set(keyOf(item), n - 1);
    }
  }
  return [onlyA, onlyB];
}

/** Whether a name's typing gives the words of a person (`Donald Trump`: `donald`, `trump`). */
export function givesPersonWords(typing: Typing, words: number): boolean {
  return typing.type === 'person' && typing.strength >= 2 && words >= 2;
}

/**
 * Whether the key's typing `was` stays with the names that weigh added and dropped: each one
 * weaker than it, or as strong and of its type while another as strong stays (counted in
 * `strongest`, which this updates).
 */
function keepsTyping(was: Typing, strongest: WordCounts, key: string, gone: readonly NameForm[], added: readonly NameForm[]): boolean {
  let n = strongest.get(key);
  // Added first: a name dropped and written again (its role changed) leaves its key's count.
  for (const list of [added, gone]) {
    for (const f of list) {
      if (f.key !== key || !StoryEvidence.weighs(f.typing) || f.typing.strength < was.strength) continue;
      if (f.typing.strength > was.strength || f.typing.type !== was.type || n < 0) return false;
      n += list === added ? 1 : -1;
      if (n < 1) return false;
    }
  }
  strongest.set(key, n);
  return true;
}

/** Counts a typing at its key's strongest (`Counts.atStrongest`). */
function countStrongest(atStrongest: WordCounts, key: string, typing: Typing, strongest: Typing): void {
  if (typing.strength !== strongest.strength) return;
  const n = atStrongest.get(key);
  atStrongest.set(key, n < 0 || typing.type !== strongest.type ? -1 : n + 1);
}

/** The person words of the story last asked about, kept across its edits. */
const personSpellings = new LastNearSpellings();

const NONE: Typing = { type: null, strength: 0 };
const PART_OF_PERSON: Typing = { type: 'person', strength: 3.2 };
/** A surname an earlier story of the file gave in full: above a town of the same name, below a country. */
const EARLIER_PERSON: Typing = { type: 'person', strength: 2.5 };
const MISSPELLED_PERSON: Typing = { type: 'person', strength: 2 };
