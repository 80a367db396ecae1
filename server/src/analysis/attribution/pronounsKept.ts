/**
 * Whether `he` and `she` still mean whom they meant after an edit that changed people's names
 * elsewhere (`speakersKept` in `storyAnalysis.ts`): a personal pronoun that heads a source means
 * the person who spoke last or else the person named last before it (`SpeakerFinder`), so its
 * meaning stands while the last person named before each such source is the same mention, moved,
 * of the same entity.
 */
import type { Span } from '../article/model';
import type { MentionsInOrder } from '../entities/inOrder';
import { firstStartingAt } from '../spans';
import { shiftOf, type StoryEdit } from '../storyEdit';
import { isPersonalPronoun } from './speakers';
import type { Attribution } from './model';

/** Past this many mentions of places and organizations back, the answer is taken to be no. */
const MOST_STEPS_BACK = 64;

export function pronounsKept(attributions: readonly Attribution[], last: MentionsInOrder, now: MentionsInOrder, edit: StoryEdit, copy: string): boolean {
  for (const a of attributions) {
    if (!a.source) continue;
    const shift = shiftOf(edit, a.source.start, a.source.end);
    if (shift === null) return false;
    const start = a.source.start + shift;
    if (!isPersonalPronoun(copy.slice(start, a.source.end + shift))) continue;
    const was = lastPersonBefore(last, a.source.start);
    const is = lastPersonBefore(now, start);
    if (was === undefined || is === undefined) return false;
    if (was === null || is === null) {
      if (was !== is) return false;
      continue;
    }
    const wasShift = shiftOf(edit, was.mention.start, was.mention.end);
    if (wasShift === null || was.mention.start + wasShift !== is.mention.start || was.id !== is.id) return false;
  }
  return true;
}

/** The last mention of a person before `offset`, and their entity's id: null when there is
 *  none, undefined when it lies too far back to look for. */
function lastPersonBefore(inOrder: MentionsInOrder, offset: number): { mention: Span; id: string } | null | undefined {
  const { mentions, entities } = inOrder;
  for (let i = firstStartingAt(mentions, offset) - 1, steps = 0; i >= 0; i--, steps++) {
    if (steps > MOST_STEPS_BACK) return undefined;
    if (entities[i]!.type === 'person') return { mention: mentions[i]!, id: entities[i]!.id };
  }
  return null;
}
