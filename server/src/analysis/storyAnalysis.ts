/**
 * One story analysed alone: its model, names, attributions, dates and findings, with offsets
 * relative to the story's own text. The unit the analyzer caches, so an edit re-analyses only
 * the story it falls in.
 */
import type { Story } from './article/model';
import { parseArticleFile } from './article/parse';
import { findAttributions } from './attribution';
import { storySentences } from './attribution/sentences';
import { attributionTakenOver, type TouchedSentences } from './attribution/takenOver';
import { attributionSameAround } from './attribution/sameAround';
import { pronounsKept } from './attribution/pronounsKept';
import type { Attribution, AttributionResult, SentenceInfo } from './attribution/model';
import { datesTakenOver, findDates, type DateMention } from './dates';
import { AcceptedNames } from './entities/accepted';
import { clusterStory, normalizedWords } from './entities/cluster';
import type { Entity } from './entities/model';
import { mentionsInOrder, type MentionsInOrder } from './entities/inOrder';
import { isSportsStory, namesChanged, namesTrail, recognizeStory, type KnownWords, type NamesChange, type NamesTrail } from './entities/recognize';
import { updatedEntities } from './entities/updated';
import { movedTo, shiftOf, type StoryEdit } from './storyEdit';
import type { StoryEvidence } from './entities/evidence';
import { movedEntities, movedFindings, movedInOrder } from './entities/moved';
import { DEFAULT_TIME_ZONE, type AnalysisOptions } from './options';
import { RULES } from './rules/registry';
import type { Finding, Rule, RuleContext, RuleFinding } from './rules/types';
import { editedParagraph, findingsAround, liesWithin, type EditedLines } from './editedParagraph';
import { SentenceSummaries } from './sentenceSummaries';
import type { StoryParagraphs, StorySentences } from './sentenceWork';
import { tokenizeStory, type TokenizedSentence } from './storyText';
import type { WordForms } from './entities/tokens';

export type { SentenceSummary } from './sentenceSummaries';

export interface StoryAnalysis {
  story: Story;
  clusters: Entity[];
  attributions: Attribution[];
  sentences: SentenceSummaries;
  unattributedQuotes: AttributionResult['unattributedQuotes'];
  dates: DateMention[];
  /** Findings of every rule for this story, severities applied, before inline directives. */
  findings: Finding[];
  /** Every mention of a name, by position, with its entity (story ids). */
  mentions: MentionsInOrder;
  /** The people of the story with their normalized name words, for linking ids across stories. */
  people: { id: string; words: readonly string[] }[];
  /** Words the recognizer asked about earlier stories' people, and which of them it found:
   *  the result stays valid while the same words are found. */
  asked: Map<string, boolean>;
  /** What its names were read from, when its sentences' work is kept: the next edit's analysis
   *  takes its entities over, moved, if that edit changed no name, or updates those of the few it
   *  changed (`namesChanged`). */
  names: NamesTrail | undefined;
  /** Whether its entities are its last analysis's, moved (for tests: what an edit re-did). */
  namesTakenOver: boolean;
  /** Whether its entities are its last analysis's with those of a few names made again
   *  (`updatedEntities`). */
  namesUpdated: boolean;
  /** Whether its attributions are its last analysis's, moved (`attributionTakenOver`). */
  attributionTakenOver: boolean;
  /** How many rules were asked only about the paragraph the edit changed, their other findings
   *  taken over (`Rule.paragraphLocal`). */
  rulesInPart: number;
  /** Its paragraphs in the sentence cache, when its sentences' work is kept: kept with the
   *  story's sentences (`names.sources`) when a later analysis takes the story whole. */
  paragraphs: StoryParagraphs | undefined;
}

/** The story's last analysis, and the edit made to it since, when the edit lies within it. */
export interface StoryBefore {
  analysis: StoryAnalysis;
  edit: StoryEdit;
}

/**
 * Analyses one story, in steps: it pauses between its passes, so a long story (a pasted digest
 * without published lines) lets newer edits and requests in while it is analysed. `storyText`
 * is the story's slice of the document, `storyCopy` the same slice of the copy (editor notes
 * blanked). `earlierPeople` are surnames of people earlier stories of the file named in full.
 * `sentences` keeps each sentence's language work across analyses, so an edited story re-reads
 * only its edited sentences; a story read without it shares one token per spelling through
 * `spellings`.
 */
export function* storySteps(storyText: string, storyCopy: string, options: AnalysisOptions, earlierPeople: KnownWords, sentences?: StorySentences, spellings?: WordForms, before?: StoryBefore): Generator<void, StoryAnalysis, void> {
  const { file, copy } = parseArticleFile(storyCopy, sentences);
  const story = file.stories[0]!;
  const asked = new Map<string, boolean>();
  const recording: KnownWords = {
    has(word) {
      const found = earlierPeople.has(word);
      asked.set(word, found);
      return found;
    },
  };
  const accepted = new AcceptedNames(options.names);
  yield;
  const tokenized = tokenizeStory(copy, story, sentences, spellings);
  yield;
  // An edit that changed no name (most keystrokes) leaves the last analysis's entities, moved.
  const change = before && sentences ? namesChangedBy(before, tokenized, story, recording) : null;
  const taken = change && entitiesTakenOver(before!, change);
  // One that dropped or added a few names leaves the entities of the rest, moved.
  const updated = change && !taken && accepted.isEmpty ? updatedEntities(before!.analysis.clusters, change.gone, change.added, before!.edit, copy) : null;
  let clusters: Entity[];
  let sports: boolean;
  let evidence: StoryEvidence;
  if (change && (taken || updated)) {
    clusters = taken ? taken.entities : updated!;
    sports = before!.analysis.names!.sports;
    evidence = change.evidence;
    before!.analysis.asked.forEach((found, word) => asked.set(word, found));
  } else {
    sports = isSportsStory(tokenized);
    const read = recognizeStory(copy, story, tokenized, recording, accepted, { sports });
    evidence = read.evidence;
    yield;
    clusters = clusterStory(read.recognized, 0, copy, accepted);
  }
  yield;
  const inOrder = taken ? movedInOrder(taken.last.mentions, taken.last.clusters, clusters) : mentionsInOrder(clusters);
  // And one that changed no quotation or cue either leaves its attributions, moved.
  // So may one that changed only names no one is said by (`speakersKept`).
  const last = before?.analysis;
  const read = taken || (updated && speakersKept(last!, change!, before!.edit, updated, inOrder, copy)) ? storySentences(copy, story, 0, tokenized) : undefined;
  const attributionKept = read ? attributionTakenOver({ ...last!, names: last!.names! }, before!.edit, story, read) : null;
  const attribution = attributionKept?.attribution ?? findAttributions(file, copy, clusters, [tokenized], inOrder, read);
  yield;
  // The one paragraph the edit changed, if it changed one; attributions found again when the
  // edit changed a quotation or cue in it may still be the last ones all around it.
  const edited = before ? editedParagraph(before.analysis.story, story, before.edit, copy) : null;
  const sameAround = !attributionKept && edited !== null && attributionSameAround(last!, story, attribution, edited, before!.edit);
  // So are the dates, but for those of the sentences it touched (or of the edited paragraph),
  // while the story is published when it was.
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const publishedIso = story.published?.iso ?? null;
  const touched = attributionKept ? attributionKept.touched : sameAround ? editedParagraphSentences(attribution.sentences, edited!) : null;
  const datesKept = touched !== null && publishedIso === (last!.story.published?.iso ?? null);
  const dates = datesKept ? datesTakenOver(last!.dates, attribution.sentences, touched, before!.edit, publishedIso, timeZone) : findDates(file, attribution.sentences, timeZone);
  // With every sentence, attribution and date as it was around it, rules that read a paragraph
  // at a time are asked about that paragraph only. (Taken over, the attributions leave every
  // sentence the edit did not touch where it stood; those it touched must be the paragraph's.)
  const inPart = datesKept && edited && (sameAround || touchedIn(attribution.sentences, touched, edited)) ? edited : null;
  let rulesInPart = 0;
  let headingsKept: boolean | undefined;
  // The last analysis's findings by rule, sorted once for every rule that takes its own over.
  let lastByRule: Map<string, Finding[]> | undefined;
  const lastFindings = (rule: string): readonly Finding[] => (lastByRule ??= findingsByRule(last!.findings)).get(rule) ?? NO_FINDINGS;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    yield;
    // A rule that reads only the names (and headings) finds what it found last time, moved, if
    // they were taken over (and the headings stand as they were).
    const namesAsRead = rule.readsNamesOnly || (rule.readsNamesAndHeadings && (headingsKept ??= taken !== null && headingsMoved(last!.story, story, taken.edit)));
    const kept = taken && namesAsRead ? movedFindings(lastFindings(rule.id), taken.edit) : null;
    if (kept) {
      for (let i = 0; i < kept.length; i++) findings.push(kept[i]!);
      continue;
    }
    const context: RuleContext = { text: storyText, copy, file, entities: clusters, attribution, dates, options };
    // One that reads a paragraph at a time finds again only what is in the edited one.
    if (inPart && rule.paragraphLocal && checkedInPart(rule, severity, { ...context, within: inPart.now }, lastFindings(rule.id), inPart, findings)) {
      rulesInPart++;
      continue;
    }
    for (const f of rule.check(context)) findings.push(asFinding(rule.id, severity, f));
  }
  // The same people when the entities were taken over: their ids and names did not change.
  const people = taken ? taken.last.people : clusters.filter((e) => e.type === 'person').map((e) => ({ id: e.id, words: normalizedWords(e.name) }));
  // Summaries, not the pass's sentences: those hold their tokens, which a story read without
  // keeping its sentences' work would otherwise keep alive as long as its analysis.
  const summaries = new SentenceSummaries(attribution.sentences);
  const names = sentences ? namesTrail(tokenized, sports, story, evidence) : undefined;
  return { story, clusters, attributions: attribution.attributions, sentences: summaries, unattributedQuotes: attribution.unattributedQuotes, dates, findings, mentions: inOrder, people, asked, names, namesTakenOver: taken !== null, namesUpdated: updated !== null, attributionTakenOver: attributionKept !== null, rulesInPart, paragraphs: sentences?.paragraphs };
}

/** A story's entities taken over from its last analysis (`last`, whose names were read as
 *  `names`), moved by `edit`. */
interface TakenOver {
  entities: Entity[];
  last: StoryAnalysis;
  names: NamesTrail;
  edit: StoryEdit;
}

/** How the story's names changed since its last analysis, when that kept their trail. */
function namesChangedBy(before: StoryBefore, tokenized: readonly TokenizedSentence[], story: Story, earlierPeople: KnownWords): NamesChange | null {
  const names = before.analysis.names;
  return names ? namesChanged(names, before.edit, tokenized, story, earlierPeople) : null;
}

/** The story's last entities, moved by the edit, if it changed none of the names they were read
 *  from; else null. */
function entitiesTakenOver(before: StoryBefore, change: NamesChange): TakenOver | null {
  if (change.gone.length > 0 || change.added.length > 0) return null;
  const entities = movedEntities(before.analysis.clusters, before.edit);
  return entities && { entities, last: before.analysis, names: before.analysis.names!, edit: before.edit };
}

/**
 * Whether the attributions of the story's last analysis (`last`) stand when the edit changed the
 * names `change` gives and the entities are now `entities` (their mentions in order `inOrder`):
 * no changed name lies in any attribution's source, each entity someone is said by keeps its
 * name and type, and, if a person's name changed, `he` and `she` mean whom they meant
 * (`pronounsKept`).
 */
function speakersKept(last: StoryAnalysis, change: NamesChange, edit: StoryEdit, entities: readonly Entity[], inOrder: MentionsInOrder, copy: string): boolean {
  const people = change.gone.some((g) => g.type === 'person') || change.added.some((r) => r.typing.type === 'person');
  if (people && !pronounsKept(last.attributions, last.clusters, last.mentions, entities, inOrder, edit, copy)) return false;
  const speakers = new Set<string>();
  for (const a of last.attributions) {
    if (a.speaker !== null) speakers.add(a.speaker);
    if (!a.source) continue;
    const shift = shiftOf(edit, a.source.start, a.source.end);
    if (shift === null) return false;
    if (change.gone.some((g) => g.start < a.source!.end && g.end > a.source!.start)) return false;
    if (change.added.some((r) => r.start < a.source!.end + shift && r.end > a.source!.start + shift)) return false;
  }
  if (speakers.size === 0) return true;
  const named = new Map<string, Entity>();
  for (const e of entities) if (speakers.has(e.id)) named.set(e.id, e);
  for (const e of last.clusters) {
    if (!speakers.has(e.id)) continue;
    const now = named.get(e.id);
    if (!now || now.name !== e.name || now.type !== e.type) return false;
  }
  return true;
}

/** Whether the sentences an edit touched all lie in the edited paragraph. */
function touchedIn(sentences: readonly SentenceInfo[], touched: TouchedSentences, edited: EditedLines): boolean {
  for (let i = touched.first; i < touched.end; i++) if (sentences[i]!.paragraph !== edited.index) return false;
  return true;
}

/** The sentences of the edited paragraph, which stood in its lines in the last text. */
function editedParagraphSentences(sentences: readonly SentenceInfo[], edited: EditedLines): TouchedSentences {
  let first = 0;
  while (first < sentences.length && sentences[first]!.paragraph < edited.index) first++;
  let end = first;
  while (end < sentences.length && sentences[end]!.paragraph === edited.index) end++;
  return { first, end, from: edited.last.start, to: edited.last.end };
}

/** Whether the story's headline and subheads are the last ones, each moved by the edit (none holds it). */
function headingsMoved(last: Story, now: Story, edit: StoryEdit): boolean {
  if (!movedTo(edit, last.headline.start, last.headline.end, now.headline) || last.paragraphs.length !== now.paragraphs.length) return false;
  for (let i = 0; i < now.paragraphs.length; i++) {
    const before = last.paragraphs[i]!;
    const after = now.paragraphs[i]!;
    if ((before.kind === 'subhead' || after.kind === 'subhead') && (before.kind !== after.kind || !movedTo(edit, before.start, before.end, after))) return false;
  }
  return true;
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function findingsByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  return byRule;
}

/**
 * Adds to `findings` a paragraph-local rule's findings: its last ones (`last`) before the
 * edited paragraph, what it finds in that paragraph now (`context.within`), and its last ones
 * after it, moved. False, adding nothing, when a finding reaches across the
 * paragraph's edge: the rule is then asked about the whole story.
 */
function checkedInPart(rule: Rule, severity: Finding['severity'], context: RuleContext, last: readonly Finding[], edited: EditedLines, findings: Finding[]): boolean {
  const around = findingsAround(last, edited);
  if (!around) return false;
  const fresh = rule.check(context);
  for (let i = 0; i < fresh.length; i++) if (!liesWithin(fresh[i]!, edited.now)) return false;
  for (let i = 0; i < around.before.length; i++) findings.push(around.before[i]!);
  for (let i = 0; i < fresh.length; i++) findings.push(asFinding(rule.id, severity, fresh[i]!));
  for (let i = 0; i < around.after.length; i++) findings.push(around.after[i]!);
  return true;
}

/**
 * A rule's finding with its rule and severity, its fields written out rather than spread:
 * every finding then has one shape, and copying it on (moved with its story, located for the
 * command line) stays quick.
 */
function asFinding(rule: string, severity: Finding['severity'], f: RuleFinding): Finding {
  const finding: Finding = { rule, severity, start: f.start, end: f.end, message: f.message, fixes: f.fixes };
  if (f.unnecessary) finding.unnecessary = true;
  return finding;
}

/** Whether a cached story analysis still holds for these earlier people. */
export function stillHolds(analysis: StoryAnalysis, earlierPeople: KnownWords): boolean {
  // Not `for…of` over entries: that makes an array per word, for every story, on every edit.
  let holds = true;
  analysis.asked.forEach((found, word) => {
    if (holds && earlierPeople.has(word) !== found) holds = false;
  });
  return holds;
}
