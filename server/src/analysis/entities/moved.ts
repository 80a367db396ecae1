import type { StoryEdit } from '../storyEdit';
import { movedSpan } from '../spans';
import type { Entity, Mention } from './model';

/**
 * A story's entities from its last analysis, moved by an edit that left every name as it was
 * (`namesKept`): an entity named only before the edit is the same object, as are its mentions
 * before the edit; those after it are moved. Null if a mention lies in the edit after all.
 */
export function movedEntities(entities: readonly Entity[], edit: StoryEdit): Entity[] | null {
  const moved = new Array<Entity>(entities.length);
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const mentions = movedMentions(e.mentions, edit);
    if (mentions === null) return null;
    // Fields in the order clustering writes them: results are compared as JSON.
    moved[i] = mentions === e.mentions ? e : { id: e.id, type: e.type, name: e.name, aliases: e.aliases, role: e.role, story: e.story, mentions };
  }
  return moved;
}

/** Mentions in text order moved by the edit: the same list when all are before it. */
function movedMentions(mentions: readonly Mention[], edit: StoryEdit): Mention[] | null {
  let first = 0;
  while (first < mentions.length && mentions[first]!.end <= edit.from) first++;
  if (first === mentions.length) return mentions as Mention[];
  const by = edit.delta;
  const moved = mentions.slice(0, first);
  for (let i = first; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < edit.to || (m.title && m.title.start < edit.to)) return null;
    moved.push({ start: m.start + by, end: m.end + by, text: m.text, type: m.type, story: m.story, title: m.title && movedSpan(m.title, by) });
  }
  return moved;
}
