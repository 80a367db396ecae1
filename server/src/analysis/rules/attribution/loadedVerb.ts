import { LOADED_VERBS } from '../../attribution/cueWords';
import type { Rule, RuleFinding } from '../types';
import { isWithin } from '../../spans';

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
  check({ attribution, copy, within }) {
    const findings: RuleFinding[] = [];
    for (const a of attribution.attributions) {
      if (!a.cue || !isWithin(a.cue.start, within)) continue;
      const verb = copy.slice(a.cue.start, a.cue.end);
      const neutral = LOADED_VERBS.get(verb.toLowerCase());
      if (!neutral || isFramedByReporter(copy, a.cue)) continue;
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

const LINE_BREAK = /[\r\n]/;

/** `claimed without evidence`, `falsely claimed`: read on the cue's own line, for the words of
 *  another paragraph do not frame it. */
function isFramedByReporter(copy: string, cue: { start: number; end: number }): boolean {
  const after = copy.slice(cue.end, cue.end + 30).split(LINE_BREAK, 1)[0]!;
  const near = copy.slice(Math.max(0, cue.start - 12), cue.start);
  const before = near.slice(Math.max(near.lastIndexOf('\n'), near.lastIndexOf('\r')) + 1);
  return /^\s+(?:without (?:evidence|proof)|falsely)/i.test(after) || /\b(?:falsely|wrongly)\s+$/i.test(before);
}
