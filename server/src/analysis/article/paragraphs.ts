import type { Layout, ParagraphKind, Span } from './model';

/** Pasted HTML, social-media links and bare links: material the writer did not write. */
const EMBED_MARKUP = /<\/?(?:a|blockquote|iframe|img|script|div|p|span)\b|pic\.twitter\.com\/|platform\.twitter\.com|instagram\.com\/p\//i;
/** `—@handle`, `— Jane Doe (@handle) August 12, 2024`: the signature line of a pasted post. */
const POST_SIGNATURE = /^[—–-]+\s*(?:@\w+|[^\n]{0,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4})\s*$/;
const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*,?){0,5}$/u;

const MAX_SUBHEAD_WORDS = 12;
const MAX_SUBHEAD_LENGTH = 80;
/** Subheads carry no sentence punctuation; a question mark is allowed ("What comes next?"). */
const SENTENCE_END = /[.,;:!"”’')\]…-]$/;

/**
 * Gives each paragraph of a story body its kind. `paragraphs` are trimmed spans in order;
 * `singleLine` says for each whether it fits on one line of the file.
 */
export function classifyParagraphs(
  text: string,
  paragraphs: readonly Span[],
  layout: Layout,
  singleLine: readonly boolean[],
): ParagraphKind[] {
  const kinds: ParagraphKind[] = [];
  let seenBody = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const t = text.slice(p.start, p.end);
    let kind: ParagraphKind;
    if (isEmbed(t)) kind = 'embed';
    else if (!seenBody && BYLINE.test(t)) kind = 'byline';
    else if (seenBody && i < paragraphs.length - 1 && singleLine[i] && isSubhead(t, layout)) kind = 'subhead';
    else kind = 'body';
    if (kind === 'body') seenBody = true;
    kinds.push(kind);
  }
  return kinds;
}

export function isEmbed(paragraph: string): boolean {
  return EMBED_MARKUP.test(paragraph) || POST_SIGNATURE.test(paragraph) || BARE_LINK.test(paragraph);
}

/**
 * A short heading line: no sentence punctuation at the end, a capital or figure first, at
 * most 12 words. In wrapped wire copy, tables of figures are short lines too, so there a
 * subhead must also be free of digits.
 */
function isSubhead(t: string, layout: Layout): boolean {
  if (t.length > MAX_SUBHEAD_LENGTH || SENTENCE_END.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  if (layout === 'wrapped' && /\d/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= MAX_SUBHEAD_WORDS && (words > 1 || layout === 'lines');
}
