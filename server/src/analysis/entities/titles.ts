import type { Chunk } from './chunks';
import type { Token } from './tokens';
import { COURTESY_TITLES, TITLE_MODIFIERS, isOrgWord, isRoleWord } from './cues';
import { FIRST_NAMES, HONORIFICS, ORGANIZATIONS, isPlaceName } from './lexicon';
import { keyOf } from './typing';

/** Titles that stand before a name by themselves: `President Joe Biden`, `Gov. Ron DeSantis`. */
const STRONG_TITLES = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'senator',
  'representative', 'mayor', 'ayatollah', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'ceo',
  'chairman', 'chairwoman', 'leader', 'judge', 'justice', 'speaker', 'ambassador', 'commissioner', 'councilman',
  'councilwoman', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'coach', 'captain', 'spokesman',
  'spokeswoman', 'spokesperson', 'reporter', 'director', 'economist', 'analyst', 'lawmaker', 'congressman',
  'congresswoman', 'attorney', 'commander', 'chief', 'officer', 'founder', 'co-founder', 'executive', 'pres', 'sec', 'secy',
]);


/** Where a title sits inside a run of capitalized words, and where the name after it starts. */
export interface TitleSplit {
  /** First token of the title (after any place or party words before it). */
  titleFrom: number;
  /** First token of the name. */
  nameFrom: number;
  /** The title is a courtesy one (Mr., Dr.): it says "person" but names no role. */
  courtesy: boolean;
}

/**
 * Finds a title written before a name in a capitalized run: `Florida Gov. Ron DeSantis`,
 * `Supreme Leader Ayatollah Ali Khamenei`, `Secretary of State Antony Blinken`. The last title
 * word with a plausible personal name after it wins.
 */
export function splitTitle(sentence: readonly Token[], chunk: Chunk): TitleSplit | null {
  for (let k = chunk.to - 2; k >= chunk.from; k--) {
    const word = sentence[k]!;
    if (!isRoleWord(word.lower)) continue;
    let nameFrom = k + 1;
    if (sentence[nameFrom]?.lower === 'of') nameFrom += 2;
    if (nameFrom >= chunk.to || !isPersonalName(sentence.slice(nameFrom, chunk.to), word.lower)) continue;
    let titleFrom = k;
    while (titleFrom > chunk.from && isTitlePart(sentence[titleFrom - 1]!.lower)) titleFrom--;
    return { titleFrom, nameFrom, courtesy: COURTESY_TITLES.has(word.lower) };
  }
  return null;
}

function isTitlePart(lower: string): boolean {
  return TITLE_MODIFIERS.has(lower) || isRoleWord(lower);
}

/** Whether the words after a title can be a person's name. */
function isPersonalName(name: readonly Token[], title: string): boolean {
  if (name.length > 4) return false;
  const last = name[name.length - 1]!;
  const key = keyOf(name);
  if (isOrgWord(last.lower) || ORGANIZATIONS.has(key)) return false;
  const bare = title.endsWith('.') ? title.slice(0, -1) : title;
  const dash = bare.lastIndexOf('-');
  const head = dash > 0 ? bare.slice(dash + 1) : bare;
  const strong = STRONG_TITLES.has(bare) || STRONG_TITLES.has(head) || HONORIFICS.has(bare) || COURTESY_TITLES.has(title);
  // After a strong title even a word that is also a town is a name (`President Obama`).
  return strong || (FIRST_NAMES.has(name[0]!.lower) && !isPlaceName(key));
}
