import type { Entity, Mention } from '../../entities/model';
import { normalizedWords } from '../../entities/cluster';
import { AcceptedNames } from '../../entities/accepted';
import { LastNearSpellings, MIN_VARIANT_LENGTH, misspells } from '../../entities/spelling';
import type { Rule, RuleFinding } from '../types';


/**
 * One person spelled two ways in a story: `Kim Jong-un` / `Kim Jong Un` (the same words
 * written differently) or `Okafor` / `Okafur` (a surname one letter off another person's in
 * the story, with no first name that tells them apart). The fix writes the spelling the story
 * uses most (the first one on a tie).
 */
export const nameVariant: Rule = {
  id: 'entity/name-variant',
  description: 'A person\'s name is spelled the same way throughout a story.',
  severity: 'warning',
  readsNamesOnly: true,
  check({ entities, options }) {
    const people = entities.filter((e) => e.type === 'person');
    const findings: RuleFinding[] = [];
    // Loops, not `flatMap`: a long story names thousands of people, nearly all written one way.
    for (let i = 0; i < people.length; i++) if (hasFormsAlike(people[i]!)) for (const f of writtenTwoWays(people[i]!)) findings.push(f);
    for (const f of misspelledSurnames(people)) findings.push(f);
    for (const f of againstNamesFile(people, new AcceptedNames(options.names))) findings.push(f);
    return findings;
  },
};

/**
 * Whether two of an entity's forms normalize alike (`Kim Jong-un`, `Kim Jong Un`). Most people
 * have a form or two, and none alike: their normalized words are compared pair by pair as they
 * are, not joined into strings. Past a few forms, the joined words go into a set.
 */
function hasFormsAlike(e: Entity): boolean {
  const aliases = e.aliases;
  if (aliases.length === 0) return false;
  const forms = [e.name, ...aliases];
  if (forms.length > FEW_FORMS) return new Set(forms.map((f) => normalizedWords(f).join(' '))).size < forms.length;
  const words = forms.map(normalizedWords);
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) if (sameWords(words[i]!, words[j]!)) return true;
  return false;
}

/** Up to this many forms, an entity's forms are compared pair by pair. */
const FEW_FORMS = 8;

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Mentions of one entity that normalize alike but are written differently. */
function writtenTwoWays(e: Entity): RuleFinding[] {
  // Each of the entity's few forms (every mention is written as one of them) normalized once.
  const keys = new Map<string, string>();
  for (const form of [e.name, ...e.aliases]) keys.set(form, normalizedWords(form).join(' '));
  const byForm = groupBy(e.mentions, (m) => keys.get(m.text)!);
  return [...byForm.values()].flatMap((mentions) => unify(mentions, (text) => `“${text}” is written differently elsewhere in this story`));
}

/** Bare surnames one letter off the surname of a person named in full in the same story. */
function misspelledSurnames(people: Entity[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const story of groupBy(people, (e) => String(e.story)).values()) {
    // Each person's words asked once: the people named in full by surname, and those named
    // by one word long enough to be a misspelling of one.
    const bySurname = new Map<string, Entity[]>();
    const lone: Entity[] = [];
    for (let i = 0; i < story.length; i++) {
      const e = story[i]!;
      const words = normalizedWords(e.name);
      if (words.length > 1) {
        const surname = words[words.length - 1]!;
        if (surname.length < MIN_VARIANT_LENGTH - 1) continue;
        const named = bySurname.get(surname);
        if (named) named.push(e);
        else bySurname.set(surname, [e]);
      } else if (words.length === 1 && words[0]!.length >= MIN_VARIANT_LENGTH) lone.push(e);
    }
    const surnames = surnameSpellings.for(new Set(bySurname.keys()));
    for (let i = 0; i < lone.length; i++) {
      const odd = lone[i]!;
      // Everyone named in full whose surname this lone word misspells: it must be one person.
      const matches = surnames.of(normalizedWords(odd.name)[0]!).flatMap((surname) => bySurname.get(surname)!);
      if (matches.length !== 1) continue;
      const right = matches[0]!;
      const surname = surnameAsWritten(right);
      if (right.mentions.length < odd.mentions.length) continue; // the odd one is the majority spelling
      for (const m of odd.mentions) {
        findings.push({
          start: m.start,
          end: m.end,
          message: `“${m.text}” here, “${surname}” for ${right.name} elsewhere in this story: the same person spelled two ways?`,
          fixes: [{ title: `Write “${surname}”`, safe: false, edits: [{ start: m.start, end: m.end, newText: surname }] }],
        });
      }
    }
  }
  return findings;
}

/** The surnames of the story last checked, kept across its edits. */
const surnameSpellings = new LastNearSpellings();

/** Surnames one letter off a person in the newsroom's names file: the file's spelling wins. */
function againstNamesFile(people: readonly Entity[], accepted: AcceptedNames): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const known = accepted.people();
  if (known.length === 0) return findings;
  for (const e of people) {
    if (accepted.find(e.name)) continue;
    const surname = normalizedWords(e.name).slice(-1)[0]!;
    const match = known.find((k) => misspells(k.surname, surname));
    if (!match) continue;
    const right = match.entry.name.split(/\s+/).slice(-1)[0]!;
    for (const m of e.mentions) {
      const word = m.text.split(/\s+/).slice(-1)[0]!;
      const start = m.end - word.length;
      findings.push({
        start,
        end: m.end,
        message: `The names file spells it “${right}” (${match.entry.name}${match.entry.role ? `, ${match.entry.role}` : ''}).`,
        fixes: [{ title: `Write “${right}”`, safe: false, edits: [{ start, end: m.end, newText: right }] }],
      });
    }
  }
  return findings;
}

/** Findings for every mention not written the way most (or, on a tie, the first) are. */
function unify(mentions: readonly Mention[], say: (text: string) => string): RuleFinding[] {
  const counts = groupBy(mentions, (m) => m.text);
  if (counts.size < 2) return [];
  const preferred = [...counts.entries()].reduce((best, next) => (next[1].length > best[1].length ? next : best))[0];
  return mentions
    .filter((m) => m.text !== preferred)
    .map((m) => ({
      start: m.start,
      end: m.end,
      message: `${say(m.text)}: “${preferred}” ${counts.get(preferred)!.length} time${counts.get(preferred)!.length === 1 ? '' : 's'}.`,
      fixes: [{ title: `Write “${preferred}”`, safe: false, edits: [{ start: m.start, end: m.end, newText: preferred }] }],
    }));
}

/** The surname as the story writes it (the last word of the fullest form). */
function surnameAsWritten(e: Entity): string {
  const parts = e.name.split(/\s+/);
  return parts[parts.length - 1]!;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
