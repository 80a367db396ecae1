/**
 * The words that attribute: verbs of saying, reporting and believing, in every form, and
 * how much judgement each carries. A kind of word, never a particular speaker.
 */

/** Verbs of attribution: base form, or `base:past` where the past is irregular. */
const VERBS = [
  'say:said', 'tell:told', 'add', 'write:wrote:written', 'note', 'report', 'announce', 'claim', 'argue', 'warn', 'insist',
  'acknowledge', 'suggest', 'ask', 'explain', 'state', 'declare', 'confirm', 'deny', 'respond', 'reply', 'recall',
  'cite', 'show', 'find:found', 'believe', 'think:thought', 'estimate', 'predict', 'urge', 'criticize', 'criticise',
  'accuse', 'describe', 'emphasize', 'emphasise', 'stress', 'mention', 'tweet', 'post', 'reiterate', 'concede',
  'admit', 'complain', 'vow', 'pledge', 'promise', 'propose', 'demand', 'question', 'agree', 'condemn', 'reject',
  'allege', 'testify', 'indicate', 'reveal', 'disclose', 'assert', 'maintain', 'contend', 'counter', 'retort',
  'boast', 'brag', 'lament', 'observe', 'comment', 'remark', 'caution', 'advise', 'inform', 'notify', 'predict',
  'forecast:forecast', 'project', 'conclude', 'signal', 'speculate', 'guess', 'muse', 'quip', 'joke', 'shout',
  'yell', 'scream', 'whisper', 'plead', 'implore', 'blast', 'slam', 'praise', 'thank', 'tout', 'hail', 'welcome',
  'assure', 'reassure', 'promise', 'threaten', 'charge', 'fume', 'acknowledge', 'admit', 'confide', 'recount',
  'elaborate', 'clarify', 'specify', 'point', 'pledge', 'speak:spoke:spoken', 'declare', 'dismiss', 'show:showed:shown',
  'quote', 'express', 'call', 'add', 'repeat', 'acknowledge', 'continue',
];

/** Forms that carry judgement where `said` would be neutral (newsroom-style.md). */
export const LOADED_VERBS = new Map<string, string>([
  ['claimed', 'said'], ['claims', 'says'], ['claiming', 'saying'],
  ['admitted', 'said'], ['admits', 'says'], ['admitting', 'saying'],
  ['insisted', 'said'], ['insists', 'says'], ['insisting', 'saying'],
  ['conceded', 'said'], ['concedes', 'says'], ['conceding', 'saying'],
  ['confessed', 'said'], ['confesses', 'says'], ['confessing', 'saying'],
  ['boasted', 'said'], ['boasts', 'says'], ['bragged', 'said'], ['brags', 'says'],
]);

/** Verbs of two syllables stressed on the last, which double its consonant: `admitted`, `regretted`. */
const STRESSED_LAST = new Set(['admit', 'commit', 'submit', 'omit', 'regret', 'refer', 'rebut']);

function formsOf(entry: string): string[] {
  const [base, past, participle] = entry.split(':') as [string, string | undefined, string | undefined];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) || STRESSED_LAST.has(base) ? `${base}${base.slice(-1)}` : base;
  const gerund = base.endsWith('e') && !base.endsWith('ee') ? `${stem}ing` : `${doubled}ing`;
  const pastForm = past ?? (doubled !== base ? `${doubled}ed` : regularPast);
  return participle ? [base, third, pastForm, gerund, participle] : [base, third, pastForm, gerund];
}

/** Every form of every attribution verb, lowercase. */
export const CUE_VERBS = new Set(VERBS.flatMap(formsOf));
/** Phrasal cues: `called for`, `called on`, `pointed to`. */
export const PHRASAL_PARTICLES: Record<string, Set<string>> = {
  call: new Set(['for', 'on']),
  point: new Set(['to', 'out']),
};

/**
 * Cues that are as often something else (`problems recalled an event`, `found a way`,
 * `posted on X`): they attribute only with a clause (`that …`, a quotation) after them.
 */
const CLAUSE_ONLY = [
  'recall', 'express', 'find:found', 'show:showed:shown', 'point', 'project', 'signal', 'counter', 'charge', 'welcome',
  'thank', 'state', 'post', 'quote', 'maintain', 'observe', 'repeat', 'add', 'continue', 'speak:spoke:spoken', 'admit',
];
/** Cues whose base and -s forms are also nouns (`his claims`, `the report`, `a note`). */
const NOUN_TOO = [
  'claim', 'report', 'note', 'comment', 'question', 'praise', 'promise', 'pledge', 'vow', 'demand', 'estimate',
  'forecast:forecast', 'tweet', 'blast', 'slam', 'hail', 'tout', 'call', 'reply', 'warning', 'remark', 'threat', 'boast',
  'complaint', 'plea', 'quip', 'joke', 'response', 'admission', 'concession',
];
export const AMBIGUOUS_CUES = new Set([
  ...CLAUSE_ONLY.flatMap(formsOf),
  ...NOUN_TOO.flatMap((entry) => formsOf(entry).slice(0, 2)),
]);
/** Verbs of stance that PolNeAR-style attribution counts: `Clinton wants`, `the party plans`. */
export const STANCE_VERBS = new Set(['want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'support', 'supports', 'supported', 'oppose', 'opposes', 'opposed', 'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'attack', 'attacks', 'attacked', 'agree', 'agrees', 'agreed', 'believe', 'believes', 'believed', 'expect', 'expects', 'expected', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'doubted', 'know', 'knows', 'knew', 'understand', 'understands', 'understood', 'acknowledged']);

/** The neutral cues: forms of say and tell. */
export const NEUTRAL_CUES = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling']);

/** Verbs that carry the cue after them: `appeared to praise`, `went on to say`. */
export const LEAD_IN_VERBS = new Set(['appeared', 'appears', 'seemed', 'seems', 'went', 'goes', 'continued', 'continues', 'began', 'begins', 'tried', 'tries', 'sought', 'seeks', 'rushed', 'moved', 'hastened', 'declined', 'refused']);

/** Words between a source and its cue that belong to neither: `had already said`. */
export const AUXILIARIES = new Set([
  'has', 'had', 'have', 'also', 'later', 'previously', 'again', 'reportedly', 'publicly', 'once', 'recently',
  'repeatedly', 'then', 'further', 'earlier', 'already', 'subsequently', 'separately', 'privately', 'initially',
  'first', 'often', 'frequently', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do', 'is', 'was', 'were',
  'are', 'been', 'be', 'being', 'on', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'still', 'even', 'just', 'now', 'only', 'quickly', 'flatly', 'angrily', 'falsely',
]);
