/**
 * A long story's names outside the sentences an edit touched, read from those sentences' kept
 * work only when the edit changes what the story's evidence says of a key or a word: the strongest
 * naming of a key dropped while other names keep it, or a word no longer used alone. Then the
 * names elsewhere that read it are found and typed again, instead of every name of the story
 * (`withNames` in `evidence.ts`).
 */
import type { SentenceRecord } from '../sentenceWork';
import { normalizedWords } from './cluster';
import { StoryEvidence, type KnownWords, type NamesElsewhere } from './evidence';
import { shown, type NamesRead } from './namesMoved';
import type { Typing } from './typing';

export class KeptNamesElsewhere implements NamesElsewhere {
  /** The words of the dateline's city and region, whose names the evidence reads last: found
   *  once asked for, as most edits ask nothing. */
  private datelineWordsFound: Set<string> | null = null;

  /**
   * `sources`: the story's sentences' kept work in the last analysis, of which the first `head`
   * and the last `tail` stand as they did; `edited`: the names of the sentences between, as they
   * are now.
   */
  constructor(
    private readonly sources: readonly SentenceRecord[],
    private readonly head: number,
    private readonly tail: number,
    private readonly edited: NamesRead,
    private readonly dateline: readonly string[],
    private readonly sports: boolean,
    private readonly earlierPeople: KnownWords,
  ) {}

  private get datelineWords(): Set<string> {
    return (this.datelineWordsFound ??= new Set(this.dateline.flatMap((part) => normalizedWords(part))));
  }

  weighingTypings(key: string): readonly Typing[] | null {
    if (normalizedWords(key).some((w) => this.datelineWords.has(w))) return null;
    const typings: Typing[] = [];
    const take = (record: SentenceRecord): boolean => {
      const found = record.candidates;
      if (!found || found.sports !== this.sports) return false;
      for (const c of found.list) if (c.key === key && StoryEvidence.weighs(c.typing)) typings.push(c.typing);
      return true;
    };
    const { sources, head, tail } = this;
    for (let i = 0; i < head; i++) if (!take(sources[i]!)) return null;
    for (const f of this.edited.forms) if (f.key === key && StoryEvidence.weighs(f.typing)) typings.push(f.typing);
    for (let i = sources.length - tail; i < sources.length; i++) if (!take(sources[i]!)) return null;
    return typings;
  }

  typedAlike(keys: ReadonlySet<string>, lone: ReadonlySet<string>, before: StoryEvidence, after: StoryEvidence): boolean {
    // The dateline's names are typed by the evidence too: one that may read a key or word is not weighed.
    for (const key of [...keys, ...lone]) if (normalizedWords(key).some((w) => this.datelineWords.has(w))) return false;
    const alike = (record: SentenceRecord): boolean => {
      const found = record.candidates;
      if (!found || found.sports !== this.sports) return false;
      for (const c of found.list) {
        const words = c.to - c.from;
        const last = record.tokens[c.to - 1]!.lower;
        if (!keys.has(c.key) && !(words > 1 && lone.has(last))) continue;
        const was = before.typingOfForm(c.key, words, last, c.titled, c.typing, this.earlierPeople);
        const is = after.typingOfForm(c.key, words, last, c.titled, c.typing, this.earlierPeople);
        if (was.type !== is.type || shown(was) !== shown(is)) return false;
      }
      return true;
    };
    const { sources, head, tail } = this;
    for (let i = 0; i < head; i++) if (!alike(sources[i]!)) return false;
    for (let i = sources.length - tail; i < sources.length; i++) if (!alike(sources[i]!)) return false;
    return true;
  }
}
