/**
 * A long story's entities updated for an edit that dropped or added a few names (a typo inside a
 * name, most often), without clustering the story's thousands of names again: the entities those
 * names belong to are made again from their mentions, the rest are moved. It holds only where
 * clustering would put each of those names in a group of its own key, whatever the others do
 * (`GroupsOf`); otherwise the story is clustered afresh.
 */
import type { Span } from '../article/model';
import { idOf, initialsOf, mentionText, namedBy, normalizedWords } from './cluster';
import { movedEntity, movedMention } from './moved';
import { NEXT_ROLE, ROLE_GIVER, type Entity, type EntityType, type Mention } from './model';
import type { Recognized } from './recognize';
import { roleAt } from './roles';
import { movedBy, shiftOf, type StoryEdit } from '../storyEdit';

/** A name the edit dropped, where the story's last analysis placed it. */
export interface GoneName {
  start: number;
  end: number;
  type: EntityType;
  words: readonly string[];
}

/**
 * The entities of the story's last analysis (`last`) with the names `gone` dropped and `added`
 * (typed by the story, placed in `copy`) added, moved by `edit`: equal to clustering the story's
 * names afresh. Null when that cannot be told without clustering them.
 */
export function updatedEntities(last: readonly Entity[], gone: readonly GoneName[], added: readonly Recognized[], edit: StoryEdit, copy: string): Entity[] | null {
  const groups = new GroupsOf(last);
  const changes = new Map<string, { type: EntityType; gone: number[]; added: Recognized[] }>();
  const changeOf = (id: string | null, type: EntityType) => {
    if (id === null) return null;
    let change = changes.get(id);
    if (!change) changes.set(id, (change = { type, gone: [], added: [] }));
    return change;
  };
  const addedWords = added.map((r) => normalizedWords(copy.slice(r.start, r.end)));
  const forms: Form[] = [
    ...gone.map((g) => ({ type: g.type, words: g.words, at: movedStart(g, edit), was: g.start })),
    ...added.map((r, i) => ({ type: r.typing.type, words: addedWords[i]!, at: r.start, was: -1 })),
  ];
  for (let i = 0; i < gone.length; i++) {
    const change = changeOf(groups.idOf(forms[i]!, forms), gone[i]!.type);
    if (!change) return null;
    change.gone.push(gone[i]!.start);
  }
  for (let i = 0; i < added.length; i++) {
    const change = changeOf(groups.idOf(forms[gone.length + i]!, forms), added[i]!.typing.type);
    if (!change) return null;
    change.added.push(added[i]!);
  }
  // The entities no dropped or added name belongs to, moved, in their order; then the others.
  const entities: Entity[] = [];
  const before = new Map<string, Entity>();
  for (let i = 0; i < last.length; i++) {
    const e = last[i]!;
    if (changes.has(e.id)) {
      before.set(e.id, e);
      continue;
    }
    const moved = movedEntity(e, edit);
    if (!moved) return null;
    entities.push(moved);
  }
  for (const [id, change] of changes) {
    const entity = remade(id, before.get(id), change.type, change.gone, change.added, edit, copy, groups.lonePersonOf(id));
    if (entity === undefined) return null;
    if (entity && entity.id !== id && entities.some((e) => e.id === entity.id)) return null;
    if (entity && !inPlace(entities, entity)) return null;
  }
  return entities;
}

/** Where a dropped name's place stands now; -1 when the edit is inside it. */
function movedStart(g: GoneName, edit: StoryEdit): number {
  const shift = shiftOf(edit, g.start, g.end);
  return shift === null ? -1 : g.start + shift;
}

/** A name's type and normalized words. */
interface Form {
  type: EntityType;
  words: readonly string[];
  /** Where it stands now (a dropped name: where the edit moved it; -1 inside the edit). */
  at: number;
  /** Where a dropped name stood in the last text; -1 for an added one. */
  was: number;
}

/**
 * Which group clustering puts a name in, when that does not depend on the other names the edit
 * dropped or added (`clusterStory`): a full name, place or organization in its own key's; a lone
 * word of a person in that of the one person named in full with it, who shares no word with
 * anyone else (or its own, if no one is named with it); a one-word organization in that of the
 * one organization it abbreviates (or its own). Worked out
 * from the last analysis's entities, the words of each kind read once asked for.
 */
class GroupsOf {
  /** Person words: how many people named in full hold each (and the last of them). */
  private fullPeople: Map<string, FullNamings> | null = null;
  /** Words people are named by alone. */
  private lonePeople: Set<string> | null = null;
  /** Initials of organizations of several words: how many (and the last of them). */
  private initials: Map<string, FullNamings> | null = null;
  /** Organizations named by one word. */
  private oneWordOrganizations: Set<string> | null = null;
  /** People whose only full naming was dropped, leaving them named by one word alone: the id of
   *  the group of that word, which their lone mentions make (`orphaned`). */
  private readonly orphans = new Map<string, string>();

  constructor(private readonly last: readonly Entity[]) {}

  /** The id of the group `name` goes in, or null when that depends on the others in `forms`. */
  idOf(name: Form, forms: readonly Form[]): string | null {
    const { type, words } = name;
    if (type === 'person' && words.length === 1) {
      const word = words[0]!;
      if (forms.some((f) => f.type === 'person' && f.words.length > 1 && f.words.includes(word))) return null;
      const people = this.people();
      const full = people.get(word);
      if (!full) return idOf(type, words);
      // A lone word that joins a person counts as a naming of each of their words (`Namings`):
      // it changes whom no other lone word means only if no one else holds any of them that a
      // lone word is.
      const lone = this.lone();
      return full.count === 1 && full.words.every((w) => people.get(w)!.count === 1 || !lone.has(w)) ? full.id : null;
    }
    if (type === 'person') {
      // Dropped and written again where it was (a word of its role edited), it names as it did.
      if (forms.some((f) => f !== name && f.type === 'person' && f.at === name.at && name.at >= 0 && sameWords(f.words, words))) return idOf(type, words);
      if (words.some((w) => forms.some((f) => f.type === 'person' && f.words.length === 1 && f.words[0] === w))) return null;
      const lone = this.lone();
      if (!words.some((w) => lone.has(w))) return idOf(type, words);
      // Its words name people alone too: weighed only when it was dropped, and no other name the
      // edit dropped or added shares a word with it.
      if (name.was < 0 || words.some((w) => forms.some((f) => f !== name && f.type === 'person' && f.words.includes(w)))) return null;
      return this.droppedFromLoneWords(name, forms);
    }
    if (type === 'organization' && words.length === 1) {
      const word = words[0]!;
      if (forms.some((f) => f.type === 'organization' && f.words.length > 1 && initialsOf(f.words) === word)) return null;
      const full = this.abbreviated().get(word);
      if (!full) return idOf(type, words);
      return full.count === 1 ? full.id : null;
    }
    if (type === 'organization') {
      const initials = initialsOf(words);
      if (this.oneWord().has(initials) || forms.some((f) => f.type === 'organization' && f.words.length === 1 && f.words[0] === initials)) return null;
    }
    return idOf(type, words);
  }

  /**
   * A dropped full name of a person whose words people are also named by alone: its entity's id,
   * when that entity alone is named in full by any of its words. If another full naming of it
   * stays, the lone words still mean it; if none does, they make the group of their one word
   * (`lonePersonOf`), unless they are of several words. Null otherwise.
   */
  private droppedFromLoneWords(name: Form, forms: readonly Form[]): string | null {
    const id = idOf('person', name.words);
    const people = this.people();
    if (!name.words.every((w) => people.get(w)?.count === 1 && people.get(w)!.id === id)) return null;
    const entity = this.last.find((e) => e.id === id);
    if (!entity) return null;
    const dropped = new Set(forms.filter((f) => f.was >= 0 && f.type === 'person').map((f) => f.was));
    const kept = entity.mentions.filter((m) => !dropped.has(m.start)).map((m) => normalizedWords(m.text));
    if (kept.some((words) => words.length > 1)) return id;
    if (kept.some((words) => words[0] !== kept[0]![0])) return null;
    if (kept.length > 0) this.orphans.set(id, idOf('person', kept[0]!));
    return id;
  }

  /** The id a person's entity takes once dropped names leave it named by one word alone. */
  lonePersonOf(id: string): string | undefined {
    return this.orphans.get(id);
  }

  private people(): Map<string, FullNamings> {
    return (this.fullPeople ??= fullNamingsBy(this.last, 'person', (words) => new Set(words)));
  }

  private lone(): Set<string> {
    return (this.lonePeople ??= oneWordForms(this.last, 'person'));
  }

  private abbreviated(): Map<string, FullNamings> {
    return (this.initials ??= fullNamingsBy(this.last, 'organization', (words) => [initialsOf(words)]));
  }

  private oneWord(): Set<string> {
    return (this.oneWordOrganizations ??= oneWordForms(this.last, 'organization'));
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** How many entities named in full (by several words) a key stands for, and the id and words of
 *  the last of them. */
interface FullNamings {
  count: number;
  id: string;
  words: readonly string[];
}

/** The entities of a type named in full, counted by each key `keysOf` gives their name's words. */
function fullNamingsBy(entities: readonly Entity[], type: EntityType, keysOf: (words: readonly string[]) => Iterable<string>): Map<string, FullNamings> {
  const by = new Map<string, FullNamings>();
  for (const e of entities) {
    if (e.type !== type) continue;
    const words = normalizedWords(e.name);
    if (words.length < 2) continue;
    for (const key of keysOf(words)) by.set(key, { count: (by.get(key)?.count ?? 0) + 1, id: e.id, words });
  }
  return by;
}

/** The words that entities of a type are named by alone (their names and aliases of one word). */
function oneWordForms(entities: readonly Entity[], type: EntityType): Set<string> {
  const words = new Set<string>();
  for (const e of entities) {
    if (e.type !== type) continue;
    for (const form of [e.name, ...e.aliases]) {
      const formWords = normalizedWords(form);
      if (formWords.length === 1) words.add(formWords[0]!);
    }
  }
  return words;
}

/**
 * The entity `id` made again: `before`'s mentions (if it was one) without those starting at
 * `gone`, moved by the edit, and `added`'s, named as clustering names it. Null when no mention is
 * left; undefined when it cannot be told without clustering (a dropped mention is not there, or
 * the one that gave the role was dropped and which later one gives it is not known).
 */
function remade(id: string, before: Entity | undefined, type: EntityType, gone: readonly number[], added: readonly Recognized[], edit: StoryEdit, copy: string, becomes?: string): Entity | null | undefined {
  const mentions: Mention[] = [];
  // The first mention before the edit left after the one that gave the role, if that was dropped.
  let afterGiver: Mention | null = null;
  const giverIndex = before ? before[ROLE_GIVER] : -1;
  if (giverIndex === undefined) return undefined;
  // Where the mention that gave the role stood in the last text.
  const giver = giverIndex < 0 ? -1 : before!.mentions[giverIndex]!.start;
  let dropped = 0;
  let giverDropped = false;
  for (const m of before?.mentions ?? []) {
    if (gone.includes(m.start)) {
      dropped++;
      if (m.start === giver) giverDropped = true;
      continue;
    }
    const moved = movedMention(m, edit);
    if (!moved) return undefined;
    if (giverDropped && !afterGiver) afterGiver = moved;
    mentions.push(moved);
  }
  if (dropped !== gone.length) return undefined;
  let firstAdded: { role: Span; at: number } | null = null;
  for (const r of added) {
    mentions.push({ start: r.start, end: r.end, text: mentionText(r, copy), type, story: before?.story ?? 0, title: r.title });
    const role = roleAt(r);
    if (role && (!firstAdded || r.start < firstAdded.at)) firstAdded = { role, at: r.start };
  }
  if (mentions.length === 0) return null;
  mentions.sort((a, b) => a.start - b.start);
  const { name, words, aliases } = namedBy(mentions, (i) => normalizedWords(mentions[i]!.text));
  const nowId = idOf(type, words);
  if (nowId !== id && nowId !== becomes) return undefined;
  // The role is the first mention's that gives one. Those before the last giver gave none; when
  // it was dropped, the one after it that gives one is known, unless the entity was made again.
  const kept = giverDropped ? nextKept(before!, gone, edit, copy) : before && giver >= 0 ? { at: giver < edit.from ? giver : giver + edit.delta, role: before.role } : null;
  if (kept === undefined && afterGiver) return undefined;
  let role: string | null = null;
  let at = -1;
  if (firstAdded && (!kept || firstAdded.at < kept.at)) {
    role = copy.slice(firstAdded.role.start, firstAdded.role.end);
    at = firstAdded.at;
  } else if (kept) {
    role = kept.role;
    at = kept.at;
  }
  return { id: nowId, type, name, aliases, role, story: before?.story ?? 0, mentions, [ROLE_GIVER]: at < 0 ? -1 : mentions.findIndex((m) => m.start === at) };
}

/**
 * Where the mention after the dropped role giver that gives the role next stands now, and the
 * role: null when none does; undefined when that is not known (the entity was made again by an
 * earlier edit, or the edit dropped that mention too or falls in its role).
 */
function nextKept(before: Entity, gone: readonly number[], edit: StoryEdit, copy: string): { at: number; role: string | null } | null | undefined {
  const next = before[NEXT_ROLE];
  if (!next) return next;
  const m = before.mentions[next.index]!;
  const shift = shiftOf(edit, m.start, m.end);
  const role = movedBy(edit, next.role);
  if (gone.includes(m.start) || shift === null || !role) return undefined;
  return { at: m.start + shift, role: copy.slice(role.start, role.end) };
}

/**
 * Puts an entity made again where clustering orders it among `entities` (in that order already):
 * the groups of full names, places and organizations by where the first of their own key's names
 * is, then those of people named only by one word by where the first is. False on a tie.
 */
function inPlace(entities: Entity[], entity: Entity): boolean {
  const key = orderOf(entity);
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = orderOf(entities[mid]!);
    if (other === key) return false;
    if (other < key) lo = mid + 1;
    else hi = mid;
  }
  entities.splice(lo, 0, entity);
  return true;
}

/** Past every offset: the groups of people named only by one word come after the rest. */
const LONE_PEOPLE = 2 ** 40;

/** Where clustering first made an entity's group, as one number to order by. */
function orderOf(e: Entity): number {
  const words = normalizedWords(e.name).length;
  if (e.type === 'person' && words === 1) return LONE_PEOPLE + e.mentions[0]!.start;
  for (const m of e.mentions) if (normalizedWords(m.text).length === words) return m.start;
  return e.mentions[0]!.start;
}
