import type { EntityType } from './model';
import type { Token } from './tokens';
import {
  CITIES, COUNTRIES, DEMONYMS, FIRST_NAMES, FULL_NAMES, LAST_NAMES, ORGANIZATIONS, PLACE_WORDS, REGIONS, WORLD_CITIES, isCommonWord,
  isPlaceName,
} from './lexicon';
import { BoundedMemo } from '../memo';
import { GEO_TAILS, NEWS_AGENCIES, PLACE_PREPOSITIONS, RESULT_VERBS, SPEECH_VERBS, TEAM_ROLES, TITLE_MODIFIERS, isOrgWord, isRoleWord } from './cues';

export type NameType = EntityType | 'misc';

/** What the evidence says a name is, and how strongly (0 none … 3 certain). */
export interface Typing {
  type: NameType | null;
  strength: number;
}

/**
 * One shared typing per type and strength, for the typings a long story keeps with its
 * sentences' work (one for each of tens of thousands of names). Typings are replaced, never
 * changed, so sharing one is safe; frozen, a change would fail loudly.
 */
export function sharedTyping(t: Typing): Typing {
  const key = `${t.type}:${t.strength}`;
  let shared = sharedTypings.get(key);
  if (!shared) {
    // Strengths are sums of a few weights, so there are few; past a bound, a typing is kept as is.
    if (sharedTypings.size >= MAX_SHARED_TYPINGS) return t;
    shared = Object.freeze({ type: t.type, strength: t.strength });
    sharedTypings.set(key, shared);
  }
  return shared;
}

const sharedTypings = new Map<string, Typing>();
const MAX_SHARED_TYPINGS = 1000;

/** Evidence for each type, added up from the name's form and its context. */
type Scores = Partial<Record<NameType, number>>;

/** Lowercase nouns that introduce an organization's name: `Islamist group Hamas`, `media company Axios`. */
const ORG_INTRODUCERS = new Set([
  'group', 'company', 'firm', 'agency', 'party', 'network', 'movement', 'militia', 'bank', 'newspaper', 'broadcaster',
  'outlet', 'startup', 'carrier', 'airline', 'automaker', 'carmaker', 'retailer', 'insurer', 'lender', 'regulator',
  'union', 'club', 'studio', 'publisher', 'maker', 'giant', 'giants', 'conglomerate', 'chain', 'operator', 'utility',
  'exchange', 'fund', 'charity', 'organisation', 'organization', 'brand', 'website', 'platform', 'app', 'provider',
  'miner', 'producer', 'manufacturer', 'developer', 'supplier', 'rival', 'bank', 'broker', 'brokerage', 'index',
]);
/** Lowercase words after a name that make it an organization: `Hezbollah militants`. */
const ORG_FOLLOWERS = new Set(['militants', 'fighters', 'shares', 'stock', 'executives', 'subsidiary', 'unit', 'lawmakers', 'leadership', 'share', 'stake', 'shareholders', 'board']);
/** Last words of names of events, prizes and competitions (`UEFA Cup`, `U.S. Open`): not entities Copydesk reports. */
const EVENT_WORDS = new Set([
  'cup', 'championship', 'championships', 'open', 'games', 'olympics', 'olympiad', 'trophy', 'prix', 'series', 'award',
  'awards', 'prize', 'festival', 'marathon', 'classic', 'invitational', 'slam', 'bowl', 'derby', 'rally', 'tour', 'war',
  'revolution', 'act', 'day', 'week', 'index', 'summit', 'convention', 'conference', 'election', 'elections',
  'primary', 'caucus', 'caucuses', 'debate', 'forum', 'expo', 'show', 'fair', 'ceremony', 'accord', 'accords',
  'agreement', 'treaty', 'plan', 'bill', 'law', 'doctrine', 'initiative', 'program', 'programme', 'project',
]);
/** Last words of names of buildings and sites: `U.S. Capitol`, `Times Square`. */
const BUILDINGS = new Set(['capitol', 'square', 'station', 'port', 'harbor', 'harbour', 'plaza', 'mall', 'bridge', 'tunnel', 'highway', 'freeway', 'boulevard', 'pier', 'wharf', 'mosque', 'temple', 'synagogue', 'chapel', 'cemetery', 'prison', 'jail', 'base', 'embassy', 'consulate', 'palace', 'castle', 'court', 'courthouse', 'hall']);

/** First words of sports clubs' names: `Dynamo Moscow`, `Real Madrid`, `Inter Milan`. */
const TEAM_WORDS = new Set(['dynamo', 'dinamo', 'sporting', 'real', 'inter', 'atletico', 'athletic', 'olympique', 'racing', 'lokomotiv', 'spartak', 'torpedo', 'partizan', 'steaua', 'ajax', 'fc', 'ac', 'as', 'ss', 'sc', 'cf', 'sv', 'vfb', 'vfl', 'tsv', 'borussia', 'bayer', 'union']);

/** Verbs of share prices: `Health Net rose $8.55`, `Fortescue fell 4%`. */
const MARKET_VERBS = new Set(['rose', 'fell', 'gained', 'dropped', 'slipped', 'jumped', 'climbed', 'declined', 'tumbled', 'surged', 'added', 'lost', 'sank', 'slid', 'soared', 'plunged', 'rallied', 'eased', 'advanced', 'retreated', 'edged', 'shed', 'rebounded', 'dipped']);

/** Acronyms that name places, not organizations. */
const ACRONYM_PLACES = new Set(['us', 'u.s.', 'u.s', 'uk', 'u.k.', 'uae', 'ussr', 'prc', 'drc', 'usa', 'u.s.a.']);
/** Acronyms of things, times and measures: never organizations. */
const COMMON_ACRONYMS = new Set([
  'gdp', 'cpi', 'ppi', 'pmi', 'ipo', 'etf', 'ceo', 'cfo', 'coo', 'cto', 'tv', 'pm', 'am', 'gmt', 'bst', 'est', 'edt',
  'pst', 'pdt', 'cst', 'cdt', 'utc', 'usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'cny', 'eps', 'ebitda', 'ai',
  'hr', 'pc', 'dna', 'hiv', 'aids', 'covid', 'ok', 'faq', 'vat', 'gst', 'ev', 'evs', 'suv', 'mp', 'mps', 'vip', 'ad',
  'bc', 'tbd', 'tba', 'q1', 'q2', 'q3', 'q4', 'yoy', 'ytd', 'kg', 'km', 'mph', 'rpm', 'lng', 'lpg', 'atm', 'pdf',
  'url', 'gps', 'id', 'iq', 'it', 'mba', 'phd', 'ufo', 'wifi', 'vs', 'rip', 'asap', 'diy', 'ft', 'ko', 'mvp', 'nda',
  'et', 'pt', 'ct', 'mt', 'ist', 'cet', 'cest', 'jst', 'aest', 'hkt', 'sgt',
]);

/** Types a name from the words it is made of. */
export function formScores(name: readonly Token[]): Scores {
  // A name's form is read once per spelling: a story repeats its names, and a file its stories.
  return formsBySpelling.get(name.map((t) => t.text).join(' '), () => formScoresAfresh(name));
}

/** Form scores by a name's words as written (tokens hold no spaces); never changed once made. */
const formsBySpelling = new BoundedMemo<Readonly<Scores>>(50_000);

function formScoresAfresh(name: readonly Token[]): Scores {
  const key = keyOf(name);
  const first = name[0]!;
  const last = name[name.length - 1]!;
  const multi = name.length > 1;
  const s: Scores = {};
  // A whole name found in a curated list outweighs what any one of its words suggests.
  if (FULL_NAMES.has(key)) add(s, 'person', multi ? 3.5 : 1.5);
  if (NEWS_AGENCIES.has(key)) add(s, 'organization', 3.5);
  if (ORGANIZATIONS.has(key)) add(s, 'organization', 3.5);
  if (COUNTRIES.has(key) || REGIONS.has(key) || CITIES.has(key) || ACRONYM_PLACES.has(key)) add(s, 'place', 3.5);
  else if (WORLD_CITIES.has(key)) add(s, 'place', 2);
  if (DEMONYMS.has(key) || DEMONYMS.has(last.lower) || DEMONYMS.has(key.replace(/s$/, ''))) add(s, 'misc', 3);
  if (multi && isOrgWord(last.lower)) add(s, 'organization', 3);
  if (multi && EVENT_WORDS.has(last.lower)) add(s, 'misc', 3);
  if (multi && TEAM_WORDS.has(first.lower)) add(s, 'organization', 2);
  if (multi && (PLACE_WORDS.has(last.lower) || GEO_TAILS.has(last.lower) || BUILDINGS.has(last.lower))) add(s, 'place', 2.5);
  if (multi && name.some((t) => t.lower === 'of')) add(s, isOrgWord(first.lower) ? 'organization' : 'place', isOrgWord(first.lower) ? 3 : 1.5);
  if (multi && FIRST_NAMES.has(first.lower) && !isPlaceName(key)) add(s, 'person', 2);
  if (multi && /^\p{Lu}\.$/u.test(first.text)) add(s, 'person', 1.5);
  if (multi && name.length <= 3 && LAST_NAMES.has(last.lower)) add(s, 'person', 1.5);
  // Acronyms are organizations more often than not (`NATO`, `IRGC`); longer capitalized
  // words are as often a word shouted (`TRUTH`), so only the story's own evidence types them.
  if (!multi && last.case === 'upper' && /^\p{Lu}{2,4}$/u.test(last.text) && !COMMON_ACRONYMS.has(key) && !isCommonWord(key)) {
    add(s, 'organization', 1.5);
  }
  if (!multi && (LAST_NAMES.has(key) || FIRST_NAMES.has(key))) add(s, 'person', 1.5);
  if (multi && name.every((t) => isPlaceName(t.lower))) add(s, 'place', 1);
  if (multi && name.length <= 3) add(s, 'person', 0.5);
  if (COMMON_ACRONYMS.has(key)) add(s, 'misc', 3);
  // `General Manager`, `President`: a title is not a name.
  if (name.every((t) => isRoleWord(t.lower) || TITLE_MODIFIERS.has(t.lower))) add(s, 'misc', 3);
  else if (isRoleWord(last.lower)) add(s, 'misc', 1.5);
  return s;
}

/** What the whole story tells about the names in it. */
export interface StoryContext {
  /** A sports report: towns and counties named there are mostly teams. */
  sports: boolean;
}

const SPORT_WORDS = new Set([
  'innings', 'wicket', 'wickets', 'batsman', 'bowler', 'bowled', 'goal', 'goals', 'striker', 'midfielder',
  'goalkeeper', 'league', 'cup', 'championship', 'tournament', 'match', 'matches', 'quarter-final', 'semi-final',
  'semifinal', 'quarterfinal', 'playoff', 'playoffs', 'inning', 'pitcher', 'touchdown', 'quarterback', 'referee',
  'coach', 'season', 'scored', 'fixture', 'fixtures', 'standings', 'unbeaten', 'relegation', 'penalty', 'captain',
]);

/** A story is a sports report when this many words of sport appear in it. */
export const SPORTS_STORY = 3;

/** How many words of sport a run of words holds. */
export function sportWords(words: Iterable<Token>): number {
  let n = 0;
  for (const t of words) if (SPORT_WORDS.has(t.lower)) n++;
  return n;
}

const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Types a name from the words around it in its sentence. */
export function contextScores(sentence: readonly Token[], from: number, to: number, form: Scores, story: StoryContext): Scores {
  const before = sentence[from - 1];
  const after = sentence[to];
  const afterNext = sentence[to + 1];
  const s: Scores = {};
  // Teams are named after towns and counties: `Surrey captain`, `Leicestershire beat Somerset`.
  const town = (form.place ?? 0) >= 2 && !COUNTRIES.has(keyOf(sentence.slice(from, to)));
  const located = before !== undefined && PLACE_PREPOSITIONS.has(before.lower);
  if (town && story.sports && !located) add(s, 'organization', 3.5);
  // `Rotor Volgograd`: a name that holds a town, in a sports report, is a club.
  if (story.sports && !located && to - from > 1 && (form.person ?? 0) < 2 && sentence.slice(from, to).some((t) => isPlaceName(t.lower))) {
    add(s, 'organization', 3);
  }
  if (town && after && after.case === 'lower' && TEAM_ROLES.has(after.lower)) add(s, 'organization', 3.5);
  if (town && ((after && RESULT_VERBS.has(after.lower)) || (before && RESULT_VERBS.has(before.lower))) && looksLikeResult(sentence)) {
    add(s, 'organization', 3.5);
  }
  const introducer = before?.text === ',' ? sentence[from - 2] : before;
  if (introducer && introducer.case === 'lower' && ORG_INTRODUCERS.has(introducer.lower)) add(s, 'organization', 2);
  // `Axios reporter Barak Ravid`, `Apple chief executive Tim Cook`: the employer before a role.
  if (after && after.case === 'lower' && isRoleWord(after.lower) && to - from === 1 && sentence.slice(to + 1, to + 4).some((t) => t.case === 'title')) {
    add(s, 'organization', 2);
  }
  // `Ford, the US car company,`: an appositive that says what kind of organization it is.
  if (after?.text === ',' && /^(the|a|an)$/.test(afterNext?.lower ?? '')) {
    const described = sentence.slice(to + 2, to + 7).find((t) => t.case === 'lower' && ORG_INTRODUCERS.has(t.lower));
    if (described) add(s, 'organization', 2.5);
    // `Tavish Qorlund, the chairwoman of…`: an appositive that gives a person's role.
    else if (sentence.slice(to + 2, to + 6).some((t) => t.case === 'lower' && isRoleWord(t.lower)) && (form.place ?? 0) < 2) add(s, 'person', 2);
  }
  // `billionaire entrepreneur Elon Musk`: a name right after a role description is a person.
  if (before && before.case === 'lower' && isRoleWord(before.lower) && (form.place ?? 0) < 3) add(s, 'person', 2);
  if (after && after.case === 'lower' && ORG_FOLLOWERS.has(after.lower)) add(s, 'organization', 1.5);
  if (after?.text === '-' && afterNext && /^(based|backed|led|owned|run)$/.test(afterNext.lower)) add(s, 'organization', 1);
  if (located) add(s, 'place', 1);
  // `my Red Button`, `their Green Deal`: what a possessive owns is a thing, not a person.
  if (before && POSSESSIVE_DETERMINERS.has(before.lower)) add(s, 'person', -3);
  if (after && SPEECH_VERBS.has(after.lower)) add(s, 'person', 1);
  if (after && MARKET_VERBS.has(after.lower) && /^[\d$€£¥]/.test(afterNext?.text ?? '')) add(s, 'organization', 2);
  return s;
}

/** The type with the most evidence; ties go to nobody. */
export function decide(...parts: Scores[]): Typing {
  // Type by type rather than through `Object.entries`: this runs for every name candidate.
  let type: NameType | null = null;
  let strength = 0;
  for (const t of NAME_TYPES) {
    let n: number | undefined;
    for (const part of parts) {
      const score = part[t];
      if (score !== undefined) n = (n ?? 0) + score;
    }
    if (n === undefined) continue;
    if (n > strength) {
      type = t;
      strength = n;
    } else if (n === strength) type = null;
  }
  return { type, strength };
}

const NAME_TYPES: readonly NameType[] = ['person', 'place', 'organization', 'misc'];

/** A sentence reporting a result: a score, or a word of sport. */
function looksLikeResult(sentence: readonly Token[]): boolean {
  return sentence.some((t) => /^\d+-\d+$/.test(t.text) || /^(innings|wickets?|runs|goals?|points|match|game|cup|league|title|round|final)$/.test(t.lower));
}

function add(s: Scores, type: NameType, n: number): void {
  s[type] = (s[type] ?? 0) + n;
}

/** The lookup key of a name: lowercase words joined by spaces. */
export function keyOf(name: readonly Token[]): string {
  return name.map((t) => t.lower).join(' ');
}

/** Of two typings, the stronger; equal strengths that disagree cancel out. */
export function stronger(a: Typing, b: Typing): Typing {
  if (a.strength > b.strength) return a;
  if (b.strength > a.strength) return b;
  return a.type === b.type ? a : { type: a.type ?? b.type, strength: a.strength };
}
