import type { AcceptedName } from '../options';
import { normalizedWords } from './cluster';

/**
 * The newsroom's names file, indexed: a name as the story writes it → the accepted entry,
 * by full form, alias, or (for people) a surname only one accepted person has.
 */
export class AcceptedNames {
  private readonly byForm = new Map<string, AcceptedName>();
  private readonly bySurname = new Map<string, AcceptedName[]>();

  constructor(readonly names: readonly AcceptedName[] = []) {
    for (const n of names) {
      for (const form of [n.name, ...(n.aliases ?? [])]) this.byForm.set(normalizedWords(form).join(' '), n);
      const words = normalizedWords(n.name);
      if (n.type === 'person' && words.length > 1) {
        const surname = words[words.length - 1]!;
        this.bySurname.set(surname, [...(this.bySurname.get(surname) ?? []), n]);
      }
    }
  }

  /** No names file, or one with no names: nothing to look up. */
  get isEmpty(): boolean {
    return this.names.length === 0;
  }

  /** The accepted entry a written name stands for, or null. */
  find(written: string): AcceptedName | null {
    const words = normalizedWords(written);
    const exact = this.byForm.get(words.join(' '));
    if (exact) return exact;
    const bySurname = words.length === 1 ? this.bySurname.get(words[0]!) : undefined;
    return bySurname?.length === 1 ? bySurname[0]! : null;
  }

  /** Accepted people (surname, entry), for spelling checks. */
  people(): { surname: string; entry: AcceptedName }[] {
    return [...this.bySurname.entries()].flatMap(([surname, entries]) => entries.map((entry) => ({ surname, entry })));
  }

  /** Lowercase keys and types of every accepted form, for recognition. */
  forms(): { key: string; type: AcceptedName['type']; words: string[] }[] {
    return [...this.byForm.entries()].map(([key, entry]) => ({ key, type: entry.type, words: key.split(' ') }));
  }
}
