import type { QuoteProblem } from '../../article/model';
import type { Fix, Rule, RuleContext, RuleFinding } from '../types';

/** Quote marks that do not pair up. */
export const unbalancedQuotes: Rule = {
  id: 'structure/unbalanced-quotes',
  description: 'Every opening quote mark needs its closing mark (a quotation continued over paragraphs reopens each one).',
  severity: 'warning',
  check(context) {
    return context.file.stories.flatMap((story) => story.quoteProblems.map((p) => toFinding(p, context)));
  },
};

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
