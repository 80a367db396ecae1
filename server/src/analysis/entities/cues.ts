/**
 * News vocabulary the recognizer reads as evidence: words around a name that tell a person
 * from a place or an organization. These are kinds of words (titles, trades, verbs), never
 * names of particular people, places or companies.
 */
import { HONORIFICS, ORG_WORDS, ROLE_NOUNS } from './lexicon';

/** Role and title nouns newsrooms use that compromise's lexicon lacks. */
const NEWS_ROLES = [
  'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'nominee', 'ayatollah', 'sheikh', 'emir', 'imam', 'pope',
  'cardinal', 'rabbi', 'pastor', 'billionaire', 'entrepreneur', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'batsman', 'bowler', 'spinner', 'all-rounder', 'quarterback', 'pitcher', 'forward', 'winger', 'skipper', 'jockey',
  'trainer', 'manager', 'coach', 'captain', 'premier', 'chancellor', 'governor', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mayor', 'councilman', 'councilwoman', 'councillor', 'alderman',
  'commissioner', 'ambassador', 'envoy', 'diplomat', 'minister', 'secretary', 'president', 'vice-president',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'owner',
  'director', 'executive', 'officer', 'analyst', 'economist', 'strategist', 'adviser', 'advisor', 'aide',
  'attorney', 'lawyer', 'prosecutor', 'judge', 'justice', 'sheriff', 'detective', 'inspector', 'superintendent',
  'general', 'colonel', 'commander', 'admiral', 'sergeant', 'lieutenant', 'major', 'leader', 'head', 'chief',
  'dean', 'provost', 'principal', 'professor', 'researcher', 'scientist', 'reporter', 'correspondent', 'editor',
  'columnist', 'anchor', 'host', 'actor', 'actress', 'singer', 'rapper', 'author', 'novelist', 'poet', 'director',
  'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'lord', 'lady', 'baron', 'dame', 'sir', 'rev',
  'deputy', 'mp', 'mep', 'pres', 'sec', 'secy', 'treasurer', 'comptroller', 'auditor', 'registrar', 'clerk', 'speaker', 'whip', 'delegate',
];

/** Nouns for what a person is or does; a capitalized one before a name is a title. */
export const ROLE_WORDS = new Set([...ROLE_NOUNS, ...NEWS_ROLES]);

/** True when the (lowercase) word is a title or role: `president`, `gov.`, `vice-president`. */
export function isRoleWord(lower: string): boolean {
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (ROLE_WORDS.has(bare) || HONORIFICS.has(bare)) return true;
  const dash = bare.lastIndexOf('-');
  return dash > 0 && ROLE_WORDS.has(bare.slice(dash + 1));
}

/** Capitalized words that belong to a title: `Prime`, `Defence`, `Vice`, `Supreme`. */
export const TITLE_MODIFIERS = new Set([
  'prime', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'health', 'chief',
  'supreme', 'executive', 'general', 'attorney', 'national', 'security', 'senior', 'acting', 'former', 'first',
  'lieutenant', 'assistant', 'associate', 'managing', 'press', 'state', 'energy', 'trade', 'economy', 'economic',
  'education', 'agriculture', 'labor', 'labour', 'transport', 'transportation', 'justice', 'treasury', 'commerce',
  'information', 'communications', 'culture', 'environment', 'police', 'army', 'navy', 'majority', 'minority',
  'house', 'senate', 'opposition', 'party', 'council', 'city', 'county', 'district', 'chief executive', 'high',
  'grand', 'crown', 'sports', 'team', 'club', 'head', 'operating', 'financial', 'technology', 'investment',
]);

/** Honorifics that say "person" and nothing else about the role. */
export const COURTESY_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'messrs.', 'dr.', 'dr', 'sir', 'dame']);

/** Small words that sit inside names: `Bank of England`, `Charles de Gaulle`, `Procter & Gamble`. */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'dos', 'das', 'y', 'ter', 'zu', '&']);

/** Heads that take "of" inside a name: `University of Chicago`, `Gulf of Mexico`. */
export function takesOf(lower: string): boolean {
  return ORG_WORDS.has(lower) || OF_HEADS.has(lower);
}
const OF_HEADS = new Set([
  'republic', 'kingdom', 'state', 'states', 'bank', 'university', 'gulf', 'sea', 'bay', 'isle', 'isles', 'cape',
  'strait', 'duke', 'duchess', 'prince', 'princess', 'king', 'queen', 'house', 'court', 'chamber', 'church',
  'museum', 'city', 'province', 'district', 'county', 'federation', 'union', 'league', 'council', 'ministry',
  'department', 'office', 'school', 'college', 'institute', 'federal', 'people', 'emirate', 'archbishop',
]);

/** Words for organizations that stand as a name's last word: `Inc.`, `Party`, `Corps`. */
export function isOrgWord(lower: string): boolean {
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return ORG_WORDS.has(bare) || ORG_EXTRA.has(bare);
}
const ORG_EXTRA = new Set(['united', 'rovers', 'wanderers', 'albion', 'hotspur', 'afc', 'athletic', 'athletico', 'economics', 'futures', 'metals', 'mining', 'minerals', 'iron', 'steel', 'gold', 'copper', 'foods', 'beverages', 'brewing', 'logistics', 'shipping', 'software', 'technologies', 'technology', 'tech', 'semiconductor', 'semiconductors', 'networks', 'telecom', 'realty', 'properties', 'ventures', 'equity', 'advisors', 'advisers', 'research', 'asset', 'wealth', 'healthcare', 'hospitals', 'pharma', 'biotech', 'therapeutics', 'labs', 'studios', 'records', 'pictures', 'airways', 'railways', 'railway', 'rail', 'motors', 'automotive', 'aerospace', 'defence', 'defense', 'chemical', 'petrochemical', 'stores', 'mart', 'markets','party', 'corps', 'guard', 'forces', 'command', 'parliament', 'congress', 'senate', 'cabinet', 'assembly', 'fc', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'plc', 'llp', 'lp', 'bancorp', 'inc', 'corp', 'co', 'ltd', 'bros', 'exchange', 'reserve', 'treasury', 'pentagon', 'court', 'institution', 'organisation']);

/** Geographic words that end place names `Middle East`, `West Bank`, `South Asia`. */
export const GEO_TAILS = new Set(['east', 'west', 'north', 'south', 'asia', 'africa', 'america', 'americas', 'europe', 'bank', 'coast', 'sea', 'ocean', 'gulf', 'peninsula', 'islands', 'strait', 'valley', 'mountains', 'river']);

/** Prepositions after which a capitalized word is usually a place. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside', 'into', 'throughout', 'around', 'towards', 'toward', 'via']);

/** Speech verbs after a lone capitalized word: it is a speaker (person or organization). */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'posted', 'asked', 'replied', 'argued', 'warned', 'insisted', 'claimed', 'explained', 'noted', 'tweeted', 'announced', 'confirmed', 'denied']);

/** Verbs of sport results: a place name doing these is a team (an organization). */
export const RESULT_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'won', 'win', 'wins', 'defeated', 'defeat', 'defeats', 'thrashed', 'trounced', 'edged', 'routed', 'held', 'hosted', 'host', 'hosts', 'visited', 'trailed', 'led', 'leads', 'scored', 'conceded', 'overcame', 'outplayed', 'crushed', 'downed', 'eliminated', 'knocked']);

/** Sports roles after a place name: `Surrey captain`, `Barcelona coach`. */
export const TEAM_ROLES = new Set(['captain', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'batsman', 'bowler', 'spinner', 'all-rounder', 'opener', 'quarterback', 'pitcher', 'forward', 'winger', 'skipper', 'fans', 'supporters', 'player', 'players', 'side', 'team']);

/** Words that stop the walk leftwards for a person's role. */
export const ROLE_STOPS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'with', 'by',
  'to', 'for', 'from', 'in', 'on', 'at', 'about', 'against', 'and', 'or', 'but', 'as', 'than', 'like', 'said', 'says',
  'told', 'when', 'while', 'after', 'before', 'who', 'whom', 'whose', 'which', 'is', 'was', 'are', 'were', 'be', 'been',
  'has', 'had', 'have', 'not', 'also', 'including', 'between', 'among', 'under', 'over', 'into', 'through', 'since',
]);

/** News agencies, as datelines and credits name them. */
export const NEWS_AGENCIES = new Set(['reuters', 'ap', 'afp', 'upi', 'bloomberg', 'xinhua', 'tass', 'itar-tass', 'interfax', 'kyodo', 'yonhap', 'ansa', 'dpa', 'efe', 'pti', 'bernama', 'antara', 'anadolu', 'wafa', 'irna', 'sana', 'mena', 'ria', 'tanjug', 'ctk', 'pap', 'mti', 'bta', 'hina', 'jiji', 'cna', 'aap', 'sapa']);
