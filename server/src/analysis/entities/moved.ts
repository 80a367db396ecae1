import { movedBy, shiftOf, type StoryEdit } from '../storyEdit';
import { movedSpan } from '../spans';
import { findingReach, shiftFinding } from '../shift';
import type { Finding } from '../rules/types';
import type { MentionsInOrder } from './inOrder';
import { NEXT_ROLE, ROLE_GIVER, type Entity, type Mention, type NextRole } from './model';

/**
 * A story's entities from its last analysis, moved by an edit that left every name as it was
 * (`namesChanged`): an entity named only before the edit is the same object, as are its mentions
 * before the edit; those after it are moved. Null if a mention lies in the edit after all.
 */
export function movedEntities(entities: readonly Entity[], edit: StoryEdit): Entity[] | null {
  const moved = new Array<Entity>(entities.length);
  for (let i = 0; i < entities.length; i++) {
    const e = movedEntity(entities[i]!, edit);
    if (e === null) return null;
    moved[i] = e;
  }
  return moved;
}

/** One entity moved by an edit that left its names as they were (the same object if all its
 *  mentions are before the edit); null if a mention lies in the edit after all. */
export function movedEntity(e: Entity, edit: StoryEdit): Entity | null {
  const mentions = movedMentions(e.mentions, edit);
  if (mentions === null) return null;
  if (mentions === e.mentions) return e;
  // Fields in the order clustering writes them: results are compared as JSON.
  return { id: e.id, type: e.type, name: e.name, aliases: e.aliases, role: e.role, story: e.story, mentions, [ROLE_GIVER]: e[ROLE_GIVER], [NEXT_ROLE]: movedNextRole(e[NEXT_ROLE], edit) };
}

/** The next role of an entity moved by the edit; unknown when the edit falls in its words. */
export function movedNextRole(next: NextRole | null | undefined, edit: StoryEdit): NextRole | null | undefined {
  if (!next) return next;
  const role = movedBy(edit, next.role);
  return role ? { index: next.index, role } : undefined;
}

/** Mentions in text order moved by the edit: the same list when all are before it. */
function movedMentions(mentions: readonly Mention[], edit: StoryEdit): Mention[] | null {
  let first = 0;
  while (first < mentions.length && mentions[first]!.end <= edit.from) first++;
  if (first === mentions.length) return mentions as Mention[];
  const moved = mentions.slice(0, first);
  for (let i = first; i < mentions.length; i++) {
    const m = movedMention(mentions[i]!, edit);
    if (m === null) return null;
    moved.push(m);
  }
  return moved;
}

/** A mention moved by the edit (the same one before it); null if it or its title lies in it. */
export function movedMention(m: Mention, edit: StoryEdit): Mention | null {
  if (m.end <= edit.from) return m;
  if (m.start < edit.to || (m.title && m.title.start < edit.to)) return null;
  const by = edit.delta;
  return { start: m.start + by, end: m.end + by, text: m.text, type: m.type, story: m.story, title: m.title && movedSpan(m.title, by) };
}

/**
 * The mentions in text order of entities moved by `movedEntities` (`entities`, at the same
 * places as `last`'s `lastEntities`): the same order, each mention and entity its moved one.
 * An entity's mentions come in its own order, so each moved entity's next one is a cursor on.
 */
export function movedInOrder(last: MentionsInOrder, lastEntities: readonly Entity[], entities: readonly Entity[]): MentionsInOrder {
  const movedTo = new Map<Entity, { entity: Entity; next: number }>();
  for (let i = 0; i < entities.length; i++) {
    if (entities[i] !== lastEntities[i]) movedTo.set(lastEntities[i]!, { entity: entities[i]!, next: 0 });
  }
  const count = last.mentions.length;
  const mentions = new Array<Mention>(count);
  const of = new Array<Entity>(count);
  for (let i = 0; i < count; i++) {
    const moved = movedTo.get(last.entities[i]!);
    if (moved === undefined) {
      mentions[i] = last.mentions[i]!;
      of[i] = last.entities[i]!;
    } else {
      mentions[i] = moved.entity.mentions[moved.next++]!;
      of[i] = moved.entity;
    }
  }
  return { mentions, entities: of };
}

/** A rule's findings from the story's last analysis (`last`, that rule's alone), moved by an
 *  edit that left them alone (each wholly before or after it); null if one lies in the edit. */
export function movedFindings(last: readonly Finding[], edit: StoryEdit): Finding[] | null {
  const moved: Finding[] = [];
  for (let i = 0; i < last.length; i++) {
    const f = last[i]!;
    const reach = findingReach(f);
    const by = shiftOf(edit, reach.start, reach.end);
    if (by === null) return null;
    moved.push(by === 0 ? f : shiftFinding(f, by));
  }
  return moved;
}
