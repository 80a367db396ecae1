import type { Layout, ParagraphKind } from './model';
import type { ParagraphShape } from './layout';

/** Pasted HTML, social-media links and bare links: material the writer did not write. */
const EMBED_MARKUP = /<\/?(?:a|blockquote|iframe|img|script|div|p|span)\b|pic\.twitter\.com\/|platform\.twitter\.com|instagram\.com\/p\//i;
/** `—@handle`, `— Jane Doe (@handle) August 12, 2024`: the signature line of a pasted post. */
const POST_SIGNATURE = /^(?=([—–-]+\s*))\1(?:@\w+|[^\n]{0,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4})\s*$/;
const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*,?){0,5}$/u;

const MAX_SUBHEAD_WORDS = 12;
const MAX_SUBHEAD_LENGTH = 80;
/** Subheads carry no sentence punctuation; a question mark is allowed ("What comes next?"). */
const SENTENCE_END = /[.,;:!"”’')\]…-]$/;
/** How the paragraphs around a subhead end and start. */
const PARAGRAPH_END = /[.!?:"”’')\]…]/;
const PARAGRAPH_START = /[\p{Lu}\p{N}"“‘'(\[—–-]/u;

/**
 * Gives each paragraph of a story body its kind. A subhead must sit between body paragraphs:
 * after one that ends like a paragraph, before one that starts like one, so a line broken
 * mid-sentence or a row of a table is not taken for a heading.
 */
export function classifyParagraphs(text: string, paragraphs: readonly ParagraphShape[], layout: Layout): ParagraphKind[] {
  const kinds: ParagraphKind[] = [];
  let seenBody = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const t = text.slice(p.start, p.end);
    let kind: ParagraphKind;
    if (isEmbed(t)) kind = 'embed';
    else if (!seenBody && BYLINE.test(t)) kind = 'byline';
    else if (seenBody && isSubhead(t, p, layout) && sitsBetweenParagraphs(text, kinds, paragraphs, i)) kind = 'subhead';
    else kind = 'body';
    if (kind === 'body') seenBody = true;
    kinds.push(kind);
  }
  return kinds;
}

export function isEmbed(paragraph: string): boolean {
  return (mayHoldMarkup(paragraph) && EMBED_MARKUP.test(paragraph)) || POST_SIGNATURE.test(paragraph) || BARE_LINK.test(paragraph);
}

/**
 * Whether a paragraph holds what every embed marker starts from: a `<` or a `.com` in any case.
 * Found with `indexOf`, which is several times quicker than the marker pattern over all the
 * paragraphs of a long story, and almost none holds either.
 */
function mayHoldMarkup(paragraph: string): boolean {
  if (paragraph.includes('<')) return true;
  for (let i = paragraph.indexOf('.'); i >= 0; i = paragraph.indexOf('.', i + 1)) {
    if (lowerAt(paragraph, i + 1) === 0x63 && lowerAt(paragraph, i + 2) === 0x6f && lowerAt(paragraph, i + 3) === 0x6d) return true;
  }
  return false;
}

/** The code at `at`, an ASCII capital lowered (`| 0x20`: `C` and `c` both give `c`). */
function lowerAt(text: string, at: number): number {
  return text.charCodeAt(at) | 0x20;
}

/**
 * A short heading line: one line, not indented, no sentence punctuation at the end, a
 * capital first, at most 12 words. In wrapped wire copy, where tables of figures are short
 * lines too, it must also stand alone between blank lines and hold no figures.
 */
function isSubhead(t: string, p: ParagraphShape, layout: Layout): boolean {
  if (!p.singleLine || p.indented || t.length > MAX_SUBHEAD_LENGTH || SENTENCE_END.test(t)) return false;
  if (!/^\p{Lu}/u.test(t)) return false;
  if (layout === 'wrapped' && (!p.standsAlone || /\d/.test(t))) return false;
  return t.split(/\s+/).length <= MAX_SUBHEAD_WORDS;
}

function sitsBetweenParagraphs(text: string, kinds: readonly ParagraphKind[], paragraphs: readonly ParagraphShape[], i: number): boolean {
  const before = paragraphs[i - 1];
  const after = paragraphs[i + 1];
  if (!before || !after || kinds[i - 1] === 'subhead') return false;
  const endsParagraph = kinds[i - 1] === 'embed' || PARAGRAPH_END.test(text[before.end - 1]!);
  return endsParagraph && PARAGRAPH_START.test(text[after.start]!);
}
