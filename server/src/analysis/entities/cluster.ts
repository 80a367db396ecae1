import type { Span } from '../article/model';
import { NEXT_ROLE, ROLE_GIVER, type Entity, type EntityType, type Mention } from './model';
import type { Recognized } from './recognize';
import { roleAt } from './roles';
import { NAME_PARTICLES } from './cues';
import type { AcceptedNames } from './accepted';
import { BoundedMemo } from '../memo';
import { detached } from '../detached';
import { firstAtLeast } from '../spans';

interface Group {
  type: EntityType;
  members: Recognized[];
  /** Normalized words of the form that founded the group. */
  words: readonly string[];
}

/**
 * Groups a story's names into entities. Full names group by their normalized form (so
 * `Kim Jong-un` and `Kim Jong Un` are one person, spelled two ways); a lone word joins the
 * person whose name holds it (the most recently named one when several do), an acronym
 * joins the organization whose initials it spells.
 */
export function clusterStory(recognized: readonly Recognized[], story: number, copy: string, accepted?: AcceptedNames): Entity[] {
  const groups = new Map<string, Group>();
  const namings = new Namings();
  /** Lone personal words, joined to people once all are known. */
  const singles: Recognized[] = [];
  // Index loops, here and in `Namings`: they run over every name of a long story on every
  // edit, and a `for…of` the optimizer does not inline makes an iterator result per step.
  for (let i = 0; i < recognized.length; i++) {
    const r = recognized[i]!;
    const words = wordsOf(r, copy);
    if (words.length === 1 && r.typing.type === 'person') {
      singles.push(r);
      continue;
    }
    const group = addTo(groups, groupKey(r, words), r, words);
    if (group.type === 'person') namings.fullName(group, r.start);
  }
  for (let i = 0; i < singles.length; i++) {
    const r = singles[i]!;
    const words = wordsOf(r, copy);
    const target = namings.whom(words[0]!, r.start);
    if (target) {
      target.members.push(r);
      namings.loneWord(target, r.start);
    } else addTo(groups, groupKey(r, words), r, words);
  }
  mergeAcronyms(groups);
  return [...groups.values()].map((g) => settle(toEntity(g, story, copy), accepted));
}

/** A name's normalized words, kept with its sentence's work when the analysis keeps it. */
function wordsOf(r: Recognized, copy: string): readonly string[] {
  const memo = r.memo;
  if (memo?.words) return memo.words;
  const words = normalizedWords(copy.slice(r.start, r.end));
  if (memo) memo.words = words;
  return words;
}

/** A name's group among the story's names: its type and normalized words. */
function groupKey(r: Recognized, words: readonly string[]): string {
  const type = r.typing.type;
  const memo = r.memo;
  if (memo?.groupType === type) return memo.groupKey!;
  const key = `${type}:${words.join(' ')}`;
  if (memo) {
    memo.groupType = type;
    memo.groupKey = key;
  }
  return key;
}

/** An entity the names file knows takes its accepted spelling and (when the copy gives none) role. */
function settle(e: Entity, accepted: AcceptedNames | undefined): Entity {
  if (!accepted || accepted.isEmpty) return e;
  const entry = [e.name, ...e.aliases].map((form) => accepted.find(form)).find((x) => x && x.type === e.type);
  if (!entry) return e;
  const forms = [e.name, ...e.aliases].filter((f) => f !== entry.name);
  return { ...e, id: `${e.type}:${normalizedWords(entry.name).join('-')}`, name: entry.name, aliases: forms, role: e.role ?? entry.role ?? null, [ROLE_GIVER]: undefined, [NEXT_ROLE]: undefined };
}

/** Adds a name to its group, made for it if it is the first: its members a list of one, which
 *  most groups stay (an empty list would be given room for sixteen at the first push). */
function addTo(groups: Map<string, Group>, key: string, r: Recognized, words: readonly string[]): Group {
  let group = groups.get(key);
  if (group) group.members.push(r);
  else groups.set(key, (group = { type: r.typing.type, members: [r], words }));
  return group;
}

/** Where the people holding one word were named in full, in text order: two lists, not an
 *  object per naming (a long story names its people thousands of times, on every edit). */
interface FullNamings {
  ats: number[];
  groups: Group[];
}

/**
 * Where each word of a person's name was last used to name them, for a lone word to find whom
 * it means: the person named last before it, by full name or by a lone word already theirs;
 * else the first named. Lone words come in text order, so the last one joined is the latest.
 */
class Namings {
  /** Full-name mentions holding each word, in text order. */
  private readonly full = new Map<string, FullNamings>();
  /** The last lone word that joined a person holding each word: where, and whom. */
  private readonly loneAt = new Map<string, number>();
  private readonly loneGroup = new Map<string, Group>();

  fullName(group: Group, at: number): void {
    for (let i = 0; i < group.words.length; i++) {
      const w = group.words[i]!;
      const namings = this.full.get(w);
      if (namings) {
        namings.ats.push(at);
        namings.groups.push(group);
      } else this.full.set(w, { ats: [at], groups: [group] });
    }
  }

  loneWord(group: Group, at: number): void {
    for (let i = 0; i < group.words.length; i++) {
      const w = group.words[i]!;
      this.loneAt.set(w, at);
      this.loneGroup.set(w, group);
    }
  }

  whom(word: string, offset: number): Group | undefined {
    const full = this.full.get(word);
    if (!full) return undefined;
    const ats = full.ats;
    // The latest full naming before `offset`, if any.
    const lastFull = firstAtLeast(ats, offset) - 1;
    const loneAt = this.loneAt.get(word);
    if (loneAt !== undefined && loneAt < offset && (lastFull < 0 || loneAt > ats[lastFull]!)) return this.loneGroup.get(word);
    return full.groups[Math.max(lastFull, 0)];
  }
}

/** `IRGC` joins `Islamic Revolutionary Guard Corps`. */
function mergeAcronyms(groups: Map<string, Group>): void {
  // `forEach`, not `for…of`: a long story has thousands of groups, on every edit, and a map's
  // iterator makes an object per entry. Deleting the entry at hand is safe in `forEach`.
  const byInitials = new Map<string, Group>();
  groups.forEach((g) => {
    if (g.type !== 'organization' || g.words.length < 2) return;
    const initials = initialsOf(g.words);
    if (!byInitials.has(initials)) byInitials.set(initials, g);
  });
  groups.forEach((g, key) => {
    if (g.type !== 'organization' || g.words.length !== 1) return;
    const full = byInitials.get(g.words[0]!);
    if (!full) return;
    for (const m of g.members) full.members.push(m);
    full.members.sort((a, b) => a.start - b.start);
    groups.delete(key);
  });
}

/** A name's words are the same array each edit (`normalizedWords`): its initials are worked out once. */
const initialsByWords = new WeakMap<readonly string[], string>();

/** `islamic revolutionary guard corps` → `irgc`: the first letters of the words that are not particles. */
export function initialsOf(words: readonly string[]): string {
  let initials = initialsByWords.get(words);
  if (initials === undefined) {
    initials = words.filter((w) => !NAME_PARTICLES.has(w) && w !== 'of' && w !== 'the').map((w) => w[0]).join('');
    initialsByWords.set(words, initials);
  }
  return initials;
}

/** Past this many forms, an entity's forms are looked up in a set rather than its list. */
const MANY_FORMS = 8;
/** The aliases of the many entities written one way, shared. */
const NO_ALIASES = Object.freeze([]) as unknown as string[];

/** Ids by type and name words (the same array each edit, `normalizedWords`): made once each. */
const idsByWords = { person: new WeakMap<readonly string[], string>(), place: new WeakMap<readonly string[], string>(), organization: new WeakMap<readonly string[], string>() };

/** `person:kim-jong-un`. */
export function idOf(type: EntityType, words: readonly string[]): string {
  const ids = idsByWords[type];
  let id = ids.get(words);
  if (id === undefined) {
    id = `${type}:${words.join('-')}`;
    ids.set(words, id);
  }
  return id;
}

function toEntity(g: Group, story: number, copy: string): Entity {
  const members = inTextOrder(g.members);
  const mentions = members.map((m) => ({ start: m.start, end: m.end, text: mentionText(m, copy), type: g.type, story, title: m.title }));
  // A form's words are its first mention's, kept with its sentence's work.
  const { name, words, aliases } = namedBy(mentions, (i) => wordsOf(members[i]!, copy));
  const giver = firstRole(members);
  return {
    id: idOf(g.type, words),
    type: g.type,
    name,
    aliases,
    role: giver ? copy.slice(giver.role.start, giver.role.end) : null,
    story,
    mentions,
    [ROLE_GIVER]: giver ? giver.index : -1,
    [NEXT_ROLE]: giver ? firstRole(members, giver.index + 1) : null,
  };
}

/**
 * An entity's name and other forms, from its mentions in text order: the forms in order of first
 * use, the one with the most words naming it (the first of them, on a tie). `wordsAt` gives a
 * mention's normalized words.
 */
export function namedBy(mentions: readonly Mention[], wordsAt: (i: number) => readonly string[]): { name: string; words: readonly string[]; aliases: string[] } {
  let name = mentions[0]!.text;
  let words = wordsAt(0);
  const forms = [name];
  // Most entities have a form or two: a set of them is made only for one that has many.
  let seen: Set<string> | undefined;
  for (let i = 1; i < mentions.length; i++) {
    const text = mentions[i]!.text;
    if (seen ? seen.has(text) : forms.includes(text)) continue;
    forms.push(text);
    if (seen) seen.add(text);
    else if (forms.length > MANY_FORMS) seen = new Set(forms);
    const formWords = wordsAt(i);
    if (formWords.length > words.length) {
      name = text;
      words = formWords;
    }
  }
  return { name, words, aliases: forms.length === 1 ? NO_ALIASES : forms.filter((f) => f !== name) };
}

/** A name's text: a one-word name's is its token's, a longer one's is cut once. Either way a
 *  string not cut from this version of the copy, hashed once however often sets and maps ask,
 *  and kept with the sentence's work, where the clustering reads the name's words: one object
 *  less to reach for each of a long story's names on every edit. */
export function mentionText(r: Recognized, copy: string): string {
  const memo = r.memo;
  if (memo?.text !== undefined) return memo.text;
  const text = r.tokens.length === 1 ? r.tokens[0]!.text : memo ? detached(copy.slice(r.start, r.end)) : copy.slice(r.start, r.end);
  if (memo) memo.text = text;
  return text;
}

/** Members come mostly in text order already (a lone word joins later): sorted only when not. */
function inTextOrder(members: Recognized[]): Recognized[] {
  for (let i = 1; i < members.length; i++) {
    if (members[i]!.start < members[i - 1]!.start) return members.sort((a, b) => a.start - b.start);
  }
  return members;
}

/** The role the copy gives at the earliest mention (from `from` on) that gives one (members in
 *  text order), and which mention that is. */
function firstRole(members: readonly Recognized[], from = 0): { role: Span; index: number } | null {
  for (let i = from; i < members.length; i++) {
    const role = roleAt(members[i]!);
    if (role) return { role, index: i };
  }
  return null;
}

/** Names recur hundreds of times in a long story: each is normalized once. */
const normalized = new BoundedMemo<readonly string[]>(50_000);

/** Lowercase words without hyphens, apostrophes or accents: `Jong-un` → `jong un`. */
export function normalizedWords(name: string): readonly string[] {
  return normalized.get(name, normalize);
}

function normalize(name: string): readonly string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\-‐–]+/)
    .map((w) => w.replace(/['’.]/g, ''))
    .filter((w) => w !== '');
  return Object.freeze(words);
}
