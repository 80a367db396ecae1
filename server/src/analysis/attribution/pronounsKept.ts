/**
 * Whether `he` and `she` still mean whom they meant after an edit that changed people's names
 * elsewhere (`speakersKept` in `storyAnalysis.ts`): a personal pronoun that heads a source means
 * the person who spoke last or else the person named last before it (`SpeakerFinder`), so its
 * meaning stands while the person named last before each such source is the same entity.
 */
import type { Entity } from '../entities/model';
import type { MentionsInOrder } from '../entities/inOrder';
import { shiftOf, type StoryEdit } from '../storyEdit';
import { isPersonalPronoun, SpeakerFinder } from './speakers';
import type { Attribution } from './model';

export function pronounsKept(attributions: readonly Attribution[], lastEntities: readonly Entity[], last: MentionsInOrder, entities: readonly Entity[], now: MentionsInOrder, edit: StoryEdit, copy: string): boolean {
  let before: SpeakerFinder | undefined;
  let after: SpeakerFinder | undefined;
  for (const a of attributions) {
    if (!a.source) continue;
    const shift = shiftOf(edit, a.source.start, a.source.end);
    if (shift === null) return false;
    if (!isPersonalPronoun(copy.slice(a.source.start + shift, a.source.end + shift))) continue;
    before ??= new SpeakerFinder(lastEntities, last);
    after ??= new SpeakerFinder(entities, now);
    if (before.lastPersonBefore(a.source.start)?.id !== after.lastPersonBefore(a.source.start + shift)?.id) return false;
  }
  return true;
}
