/**
 * What Copydesk knows about words, drawn from compromise's English lexicon: first and last
 * names, countries, regions and cities, organizations, role nouns ("president",
 * "spokesperson"), honorifics, demonyms, and the cue words compromise uses for organizations
 * ("Ministry", "Corps") and places ("River", "County"). This is the one module through which
 * compromise reaches the core: its lexicon is taken at build time (scripts/build-gazetteer.mjs
 * writes it into gazetteer.generated.json with cities of the world, country names and English
 * first names), so the recognizer asks it questions without running compromise's slow tagger
 * over documents or building its model at every start.
 */
import gazetteer from './gazetteer.generated.json';

type Tag = string;

/** compromise's words with their tags; not kept once the sets below are drawn from it. */
const LEXICON = Object.entries(gazetteer.compromise.words as Record<string, Tag | Tag[]>);

/**
 * The lexicon's words by tag. Only the sets the checks ask are kept: the word-to-tags table
 * they are drawn from (25,000 words) would hold about 7 MB for the life of the server.
 */
function wordsTagged(lexicon: readonly [string, Tag | Tag[]][], ...tags: Tag[]): Set<string> {
  const wanted = new Set(tags);
  const words = new Set<string>();
  for (const [word, wordTags] of lexicon) {
    if (Array.isArray(wordTags) ? wordTags.some((t) => wanted.has(t)) : wanted.has(wordTags)) words.add(word);
  }
  return words;
}

/** Lowercase forms. Multi-word entries ("associated press") are kept whole. */
export const FIRST_NAMES = new Set([...wordsTagged(LEXICON, 'FirstName', 'MaleName', 'FemaleName'), ...gazetteer.firstNames]);
export const LAST_NAMES = wordsTagged(LEXICON, 'LastName');
export const FULL_NAMES = wordsTagged(LEXICON, 'Person');
export const COUNTRIES = new Set([...wordsTagged(LEXICON, 'Country'), ...gazetteer.countries, ...gazetteer.continents]);
export const REGIONS = wordsTagged(LEXICON, 'Region');
export const CITIES = wordsTagged(LEXICON, 'City');
/** Towns and cities of the world with 5,000 people or more: places, but often also surnames. */
export const WORLD_CITIES = new Set(gazetteer.cities);
export const ORGANIZATIONS = wordsTagged(LEXICON, 'Organization', 'SportsTeam');
export const DEMONYMS = wordsTagged(LEXICON, 'Demonym');
export const HONORIFICS = wordsTagged(LEXICON, 'Honorific');
export const ORG_WORDS = new Set(gazetteer.compromise.orgWords);
export const PLACE_WORDS = new Set(gazetteer.compromise.placeWords);
/** Nouns for what people are or do: president, spokesperson, coach, reporter. */
export const ROLE_NOUNS = wordsTagged(LEXICON, 'Actor');

/** Words that are never a name on their own when capitalized (pronouns, prepositions…). */
const NEVER_NAMES = wordsTagged(LEXICON, 'Holiday', 'Date', 'Duration', 'Currency', 'Unit');
/** Closed-class words (`My`, `The`, `Of`): never names, even where a name list has them. */
const FUNCTION_WORDS = wordsTagged(LEXICON, 'Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction', 'Modal', 'QuestionWord');
/** Months and weekdays: names only after a first name (`Theresa May`), never alone. */
export const CALENDAR_WORDS = new Set([
  ...wordsTagged(LEXICON, 'Month', 'WeekDay'),
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Copula', 'Auxiliary', 'Modal'];
const VERBS = wordsTagged(LEXICON, ...VERB_TAGS);
const COMMON_TAGS = [...VERB_TAGS, 'Adverb', 'Adjective', 'Comparative', 'Superlative', 'Plural', 'Singular', 'Uncountable', 'Noun', 'Expression', 'Cardinal', 'Ordinal', 'TextValue'];
const COMMON_WORDS = wordsTagged(LEXICON, ...COMMON_TAGS);

/** True when the lowercase word is a verb form compromise knows. */
export function isVerb(lower: string): boolean {
  return VERBS.has(lower);
}

/** True for ordinary English words that start a sentence capitalized without being names. */
export function isCommonWord(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower) || CALENDAR_WORDS.has(lower)) return true;
  return (COMMON_WORDS.has(lower) || NEVER_NAMES.has(lower)) && !isNameWord(lower);
}

/** True for words that are never names, wherever they stand. */
export function isNeverName(lower: string): boolean {
  return CALENDAR_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || (NEVER_NAMES.has(lower) && !isNameWord(lower));
}

/** A word known as part of a name or a place. */
export function isNameWord(lower: string): boolean {
  return FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || COUNTRIES.has(lower) || CITIES.has(lower) || REGIONS.has(lower);
}

export function isPlaceName(lower: string): boolean {
  return COUNTRIES.has(lower) || CITIES.has(lower) || REGIONS.has(lower) || WORLD_CITIES.has(lower);
}
