import type { Quote } from '../../article/model';
import { SOURCE_PLACEHOLDER, disableForLine } from '../fixes';
import type { Fix, Rule, RuleFinding } from '../types';
import { isWithin } from '../../spans';

/** Quotations this short inside a sentence are the writer's scare quotes or titles, not speech. */
const MIN_QUOTE_WORDS = 4;

/**
 * A direct quotation with no speaker in its sentence, next to it, or before it as the same
 * speaker going on. Pasted posts are not the writer's quotations and are never checked.
 */
export const unattributedQuote: Rule = {
  id: 'attribution/unattributed-quote',
  description: 'Every direct quotation names its speaker in its sentence or the one next to it (or continues a quoted speaker).',
  severity: 'warning',
  paragraphLocal: true,
  check({ attribution, copy, text, within }) {
    const findings: RuleFinding[] = [];
    for (const quote of attribution.unattributedQuotes) {
      if (!isWithin(quote.start, within) || !isSpeech(copy, quote)) continue;
      findings.push({
        start: quote.start,
        end: quote.end,
        message: 'Quotation with no speaker: who said it? (No attribution in this sentence, the next or the one before.)',
        fixes: [speakerPlaceholder(copy, quote), disableForLine(text, quote, unattributedQuote.id, 'Mark as sourced elsewhere (adds an editor note)', 'sourced elsewhere')],
      });
    }
    return findings;
  },
};

/** Speech, not a scare quote: a few words at least, or a whole sentence. */
function isSpeech(copy: string, quote: Quote): boolean {
  const words = copy.slice(quote.content.start, quote.content.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words >= MIN_QUOTE_WORDS;
}

/**
 * `“We will win.”` → `“We will win,” [SOURCE] said.`; a quotation ending in ? or ! keeps its
 * mark; one inside a sentence gets `, according to [SOURCE],` after it.
 */
function speakerPlaceholder(copy: string, quote: Quote): Fix {
  const rest = copy.slice(quote.end, quote.end + 3);
  const endsSentence = /^\s*($|[\r\n])/.test(rest) || /^\s+[“"A-Z]/.test(rest);
  const lastInside = quote.content.end - 1;
  const base = { title: 'Add a speaker: “[SOURCE] said”', safe: false, snippet: true } as const;
  if (!endsSentence || !quote.closed) {
    return { ...base, title: 'Add an attribution: “, according to [SOURCE],”', edits: [{ start: quote.end, end: quote.end, newText: `, according to ${SOURCE_PLACEHOLDER},` }] };
  }
  const said = { start: quote.end, end: quote.end, newText: ` ${SOURCE_PLACEHOLDER} said.` };
  if (copy[lastInside] === '.') return { ...base, edits: [{ start: lastInside, end: lastInside + 1, newText: ',' }, said] };
  return { ...base, edits: [said] };
}
