import { LOADED_VERBS } from '../../attribution/cueWords';
import type { Rule, RuleFinding } from '../types';
import type { ArticleFile, Span } from '../../article/model';
import { isWithin, spanHolding } from '../../spans';

/**
 * Attribution verbs that carry judgement (`claimed`, `admitted`, `insisted`) where `said` is
 * neutral. A hint by default: sometimes the judgement is the reporter's to make. `claimed
 * without evidence` and `falsely claimed` are the reporter's own framing and are left alone.
 */
export const loadedVerb: Rule = {
  id: 'attribution/loaded-verb',
  description: 'Attribution verbs stay neutral: "said" rather than "claimed", "admitted" or "insisted" (a hint; turn it up or off in settings).',
  severity: 'hint',
  paragraphLocal: true,
  check({ attribution, copy, file, within }) {
    const findings: RuleFinding[] = [];
    for (const a of attribution.attributions) {
      if (!a.cue || !isWithin(a.cue.start, within)) continue;
      const verb = copy.slice(a.cue.start, a.cue.end);
      const neutral = LOADED_VERBS.get(verb.toLowerCase());
      if (!neutral || isFramedByReporter(copy, a.cue, paragraphOf(file, a.story, a.cue))) continue;
      findings.push({
        start: a.cue.start,
        end: a.cue.end,
        message: `“${verb}” suggests a judgement; “${neutral}” is neutral.`,
        fixes: [{ title: `Write “${neutral}”`, safe: false, edits: [{ start: a.cue.start, end: a.cue.end, newText: neutral }] }],
      });
    }
    return findings;
  },
};

/** The paragraph (or headline) that holds the cue: the reporter's framing is read inside it. */
function paragraphOf(file: ArticleFile, story: number, cue: Span): Span {
  const s = file.stories[story];
  if (!s) return cue;
  return spanHolding(s.paragraphs, cue.start, cue.end) ?? (s.headline.start <= cue.start && cue.end <= s.headline.end ? s.headline : cue);
}

/** `claimed without evidence`, `falsely claimed`: read within the cue's paragraph, for the words
 *  of another paragraph do not frame it. */
function isFramedByReporter(copy: string, cue: Span, paragraph: Span): boolean {
  const after = copy.slice(cue.end, Math.min(cue.end + 30, paragraph.end));
  const before = copy.slice(Math.max(paragraph.start, cue.start - 12), cue.start);
  return /^\s+(?:without (?:evidence|proof)|falsely)/i.test(after) || /\b(?:falsely|wrongly)\s+$/i.test(before);
}
