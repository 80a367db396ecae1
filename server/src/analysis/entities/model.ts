import type { Span } from '../article/model';

export type EntityType = 'person' | 'place' | 'organization';

/** One place in the copy where an entity is named. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Index of the story the mention is in. */
  story: number;
  /** A title written right before the name (`Senator` in `Senator Ted Cruz`), or null. */
  title: Span | null;
}

/**
 * Which of an entity's mentions gave it its role (an index into `mentions`; -1: none did), for an
 * edit that adds or drops a mention to tell whether the role changes (`updatedEntities`). Under a
 * symbol: results are compared and written out as JSON, which leaves it out.
 */
export const ROLE_GIVER = Symbol('role giver');

/**
 * The mention after the one that gave the role that would give it next (an index into `mentions`)
 * and the role's span, or null when none would: an edit that drops the giver then knows the role
 * without the entity's names read again. Unknown when left out (an entity made again by an edit).
 */
export const NEXT_ROLE = Symbol('next role');

/** The next role of an entity (`NEXT_ROLE`). */
export interface NextRole {
  index: number;
  role: Span;
}

/** A person, place or organization of one story: every mention of it, and what the copy says it is. */
export interface Entity {
  /** The same for this entity in every story of the file (by its canonical name and type). */
  id: string;
  type: EntityType;
  /** The fullest form the story uses: `Donald Trump`. */
  name: string;
  /** The other forms the story uses: `Trump`. */
  aliases: string[];
  /** Title or role from the first reference or an appositive: `Florida Gov.`, `the council president`. */
  role: string | null;
  story: number;
  mentions: Mention[];
  /** Unknown when left out (an entity the names file renamed). */
  [ROLE_GIVER]?: number;
  [NEXT_ROLE]?: NextRole | null;
}
