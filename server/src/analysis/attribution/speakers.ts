import type { Span } from '../article/model';
import type { Entity } from '../entities/model';
import { mentionsInOrder, type MentionsInOrder } from '../entities/inOrder';
import type { Mention } from '../entities/model';
import { firstAtLeast } from '../spans';

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
/** The longest of them: a longer source is asked no further (most sources are names). */
const LONGEST_PRONOUN = 3;
/** `he`, `she`: a source that means the person who spoke or was named last. */
export function isPersonalPronoun(text: string): boolean {
  return text.length <= LONGEST_PRONOUN && PERSONAL_PRONOUNS.has(text.toLowerCase());
}

/** `a counter on X`: a name after a preposition is not the source's head. */
const PREPOSITION_BEFORE = /\b(on|of|at|from|in|for|with|by|to|near|about)\s+(the\s+)?$/i;

/** Who a source names: an entity mentioned inside it, or for `he`/`she` the last person named before. */
export class SpeakerFinder {
  private readonly mentions: readonly Mention[];
  private readonly entities: readonly Entity[];
  /** For each mention, the person of the last mention of a person up to it: `he` after many
   *  places and organizations need not walk back over them. */
  private readonly personUpTo: (Entity | null)[];
  /** Where each mention starts: searched by halves for every source of a long story on every
   *  edit, a list of numbers side by side, not a mention object read at each step. */
  private readonly starts: number[];

  /** `inOrder`: the entities' mentions in text order (`mentionsInOrder`), when already known. */
  constructor(entities: readonly Entity[], inOrder?: MentionsInOrder) {
    const ordered = inOrder ?? mentionsInOrder(entities);
    this.mentions = ordered.mentions;
    const of = (this.entities = ordered.entities);
    let person: Entity | null = null;
    // An index loop into a list made at its length: a long story has thousands of mentions,
    // walked on every edit.
    this.personUpTo = new Array<Entity | null>(of.length);
    this.starts = new Array<number>(of.length);
    for (let i = 0; i < of.length; i++) {
      if (of[i]!.type === 'person') person = of[i]!;
      this.personUpTo[i] = person;
      this.starts[i] = this.mentions[i]!.start;
    }
  }

  /**
   * The entity a source span stands for: a name that heads it (`… spokesperson John Kirby`,
   * `Musk, one of the richest people`), not one inside a phrase (`a counter on X`,
   * `Gallant’s ministry`); for `he`/`she`, the person who spoke last, or else was named last.
   */
  find(source: Span, sourceText: string, lastSpeaker: Entity | null): Entity | null {
    // The first mention inside the source that heads it. A plain loop: this runs for every
    // attribution of a long story on every edit.
    for (let i = this.firstAtOrAfter(source.start); i < this.starts.length && this.starts[i]! < source.end; i++) {
      const m = this.mentions[i]!;
      if (m.end > source.end) continue;
      const endsSource = m.end === source.end || sourceText[m.end - source.start] === ',';
      if (endsSource && !PREPOSITION_BEFORE.test(sourceText.slice(0, m.start - source.start))) return this.entities[i]!;
    }
    if (isPersonalPronoun(sourceText)) return lastSpeaker?.type === 'person' ? lastSpeaker : this.lastPersonBefore(source.start);
    return null;
  }

  /** The person named last before `offset`, if any. */
  lastPersonBefore(offset: number): Entity | null {
    return this.personUpTo[this.firstAtOrAfter(offset) - 1] ?? null;
  }

  private firstAtOrAfter(offset: number): number {
    return firstAtLeast(this.starts, offset);
  }
}
