import type { QuoteProblem, Story } from '../../article/model';
import { firstEndingAfter } from '../../spans';
import type { Fix, Rule, RuleContext, RuleFinding } from '../types';

/** More stray marks than this in one paragraph are one finding: listing each would be noise. */
const MAX_LISTED = 5;

/** Quote marks that do not pair up. */
export const unbalancedQuotes: Rule = {
  id: 'structure/unbalanced-quotes',
  description: 'Every opening quote mark needs its closing mark (a quotation continued over paragraphs reopens each one).',
  severity: 'warning',
  check(context) {
    return context.file.stories.flatMap((story) =>
      byParagraph(story).flatMap((problems) => (problems.length > MAX_LISTED ? [summary(problems)] : problems.map((p) => toFinding(p, context)))),
    );
  },
};

/** The story's quote problems, paragraph by paragraph (the headline counts as one). */
function byParagraph(story: Story): QuoteProblem[][] {
  const groups = new Map<number, QuoteProblem[]>();
  for (const p of story.quoteProblems) {
    const i = firstEndingAfter(story.paragraphs, p.start);
    const group = groups.get(i);
    if (group) group.push(p);
    else groups.set(i, [p]);
  }
  return [...groups.values()];
}

function summary(problems: readonly QuoteProblem[]): RuleFinding {
  const first = problems[0]!;
  return {
    start: first.start,
    end: first.end,
    message: `${problems.length} quotation marks in this paragraph do not pair up, the first here: is it pasted text that lost its marks?`,
    fixes: [],
  };
}

const MESSAGES: Record<QuoteProblem['kind'], (mark: string) => string> = {
  unclosed: (m) => `The quotation opened with ${m} is never closed in this paragraph, and the next paragraph does not continue it.`,
  'stray-close': (m) => `The closing ${m} has no opening quote mark before it.`,
  'opener-as-closer': (m) => `${m} at the end of the quotation is an opening mark; a closing ${closerFor(m)} is meant.`,
  'closer-as-opener': (m) => `${m} starts this quotation but is a closing mark; an opening ${openerFor(m)} is meant.`,
};

function toFinding(problem: QuoteProblem, { copy }: RuleContext): RuleFinding {
  return {
    start: problem.start,
    end: problem.end,
    message: MESSAGES[problem.kind](problem.mark),
    fixes: fixFor(problem, copy),
  };
}

/** Swapping a mistyped mark is mechanical but still a reading of the writer's intent. */
function fixFor(problem: QuoteProblem, copy: string): Fix[] {
  if (problem.kind === 'opener-as-closer') {
    let start = problem.start;
    while (start > 0 && (copy[start - 1] === ' ' || copy[start - 1] === '\t')) start--;
    const mark = closerFor(problem.mark);
    return [{ title: `Close the quotation with ${mark}`, safe: false, edits: [{ start, end: problem.end, newText: mark }] }];
  }
  if (problem.kind === 'closer-as-opener') {
    const mark = openerFor(problem.mark);
    return [{ title: `Open the quotation with ${mark}`, safe: false, edits: [{ start: problem.start, end: problem.end, newText: mark }] }];
  }
  return [];
}

function closerFor(opener: string): string {
  return opener === '«' ? '»' : opener === '‘' ? '’' : '”';
}

function openerFor(closer: string): string {
  return closer === '»' ? '«' : closer === '’' ? '‘' : '“';
}
