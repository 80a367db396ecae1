import type { ArticleFile, Span } from '../article/model';
import type { Entity } from '../entities/model';
import type { AttributionResult } from '../attribution/model';
import type { DateMention } from '../dates';
import type { AnalysisOptions } from '../options';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Replace [start, end) of the document with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A way to fix a finding, computed when the finding is made. */
export interface Fix {
  title: string;
  /** Mechanical and fine to apply unattended (fix-all, `--fix`); false for judgement calls
   *  and placeholders. */
  safe: boolean;
  edits: TextEdit[];
  /** The new text holds snippet tab stops (`${1:[SOURCE]}`) for the editor to step through;
   *  clients without snippet edits get the placeholder text as plain text. */
  snippet?: boolean;
}

/** What a rule reports: a span of the document and what is wrong with it. */
export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** The finding marks text that does nothing (an unused directive): editors fade it. */
  unnecessary?: boolean;
}

/** A finding as a rule's `check` returns it; the registry adds the id and severity. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'>;

/** What a rule reads. */
export interface RuleContext {
  /** The document text as given. */
  text: string;
  /** The text the checks read: editor notes blanked out (same offsets). */
  copy: string;
  file: ArticleFile;
  /** People, places and organizations, story by story. */
  entities: readonly Entity[];
  /** Who said what, and which sentences have no source. */
  attribution: AttributionResult;
  /** Date expressions of the body, resolved against each story's publication. */
  dates: readonly DateMention[];
  options: AnalysisOptions;
  /** Set only for a rule that is `paragraphLocal`: the lines of the one paragraph an edit changed.
   *  Only findings that start there are wanted; the story's others are its last analysis's. */
  within?: Span;
}

/** What settings and docs show of a rule. */
export interface RuleInfo {
  /** `family/name`: the diagnostic code and the key in settings. */
  id: string;
  /** One sentence for settings and docs. */
  description: string;
  /** The default severity. */
  severity: Severity;
}

/** One check. Rules live one to a file under `rules/<family>/`, listed in `registry.ts`. */
export interface Rule extends RuleInfo {
  check(context: RuleContext): RuleFinding[];
  /** Its findings follow from the story's entities (their mentions as written, and titles)
   *  and the options alone: an edit that changes no name leaves them as they were, moved. */
  readsNamesOnly?: true;
  /** Its findings follow from the story's entities, its headline and subheads, and the options:
   *  an edit that changes no name and leaves every heading as it was, moved, moves them too. */
  readsNamesAndHeadings?: true;
  /**
   * Each of its findings, fixes included, lies within the lines of one paragraph and follows
   * from that paragraph alone: its text, its sentences with their quoting and sourcing, and the
   * attributions, quotations and dates in it, with the options and the publication date. An
   * edit inside one paragraph that left every attribution and date as it was then leaves the
   * findings of all other paragraphs as they were, moved; the rule is asked only for those
   * `within` the edited one (`findingsAround`).
   */
  paragraphLocal?: true;
}
