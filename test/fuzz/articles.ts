/**
 * Generators of article files for property tests: stories built from the parts newsroom copy
 * is made of (headlines, datelines, quotes, names, dates, embeds, notes, directives, published
 * lines), the sample articles cut and spliced at random, and arbitrary unicode, including
 * lone surrogates, NULs and every kind of line ending.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SAMPLES = readdirSync(SEEDS).filter((name) => /\.(article|story)$/.test(name)).map((name) => readFileSync(join(SEEDS, name), 'utf8'));

const HEADLINES = ['Council passes budget after late-night session', 'STORM CLOSES SCHOOLS', 'Mayor says ‘enough’ to delays', 'Musk blames cyberattack', '“We are ready,” says coach', ''];
const DATELINES = ['WASHINGTON (AP) — ', 'BUTLER, Pa. (AP) — ', 'Butler, Pa. - ', 'NEW YORK, Aug 12 (Reuters) - ', 'LONDON — ', 'SALVADOR, Feb 26 - ', 'MOSCOW 1996-08-30 ', 'Tokyo (AP) -- ', 'CHICAGO, Illinois (AP) — '];
const NAMES = ['Sen. Ana Ruiz', 'Ruiz', 'Donald Trump', 'Trump', 'the White House', 'John Kirby', 'Kirby', 'President Joe Biden', 'Hamas', 'the Pentagon', 'Dr. Lee', 'O’Brien', 'Kim Jong-un', 'a source', 'officials', 'Sources', 'critics'];
const CUES = ['said', 'says', 'told reporters', 'said in a statement', 'claimed', 'according to', 'admitted', 'insisted', 'wrote on X', ':'];
const DATES = ['on Friday', 'Friday, Aug. 16', 'Aug. 12', 'August 12, 2024', 'last week', 'Tues.', 'on Tuesday', 'at 9:00 a.m.', '12 noon', 'in the 1990\'s', 'next Monday', 'Sept. 31', 'Feb. 30, 2023', 'yesterday'];
const WORDS = ['the', 'the', 'a', 'an', 'hour', 'vote', 'budget', '30 percent', '.6%', '3rd', 'e-mail', 'Web site', 'was', 'record', 'largest ever', 'and', 'but', '9th Circuit', '5,000', 'unprecedented', '—', '(', ')', ',', ';'];
const EMBEDS = ['<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Live now</p>— Elon Musk (@elonmusk) <a href="https://twitter.com/x">August 12, 2024</a></blockquote>', 'pic.twitter.com/abc123', '— Jane Doe (@jane) August 12, 2024', 'https://example.com/a?b=c'];
const NOTES = ['<!-- check this -->', '<!-- copydesk-disable-next-line attribution/unsourced-claim -- sourced elsewhere -->', '<!-- copydesk-disable-line style/percent -->', '<!-- copydesk-disable style -->', '<!-- copydesk-enable style -->', '<!-- copydesk-disable-line nothing/here -->', '<!-- unclosed note', '-->'];
const QUOTES = ['“', '”', '"', '‘', '’', "'", '«', '»'];
const ODD = ['\u0000', '\uFFFD', '\uFEFF', '\u200B', '\u202E', '\u2028', '\uD83D', '\uDE00', '😀', '👨‍👩‍👧', 'مرحبا', 'שלום', '\t', '!!!!!!!!!!!!', '..........', '""""""""', '((((((((', '\\'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '.', '?', '!', '', '.”', ',” she said.', ':'))
  .map(([words, end]) => words.join(' ') + end);

/** A quotation with a speaker, or without one, or left open. */
const quotation = fc
  .tuple(sentence, fc.constantFrom(...NAMES), fc.constantFrom(...CUES), fc.constantFrom('“', '"'), fc.constantFrom('”', '"', ''))
  .map(([said, who, cue, open, close]) => `${open}${said.replace(/[.?!]$/, ',')}${close} ${who} ${cue}.`);

const paragraph = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(sentence, quotation), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...EMBEDS) },
  { weight: 1, arbitrary: fc.constantFrom(...NOTES) },
  { weight: 1, arbitrary: fc.constantFrom('Fights over the library', 'By Jane Doe', 'Associated Press', '') },
);

/** A published line: well formed, with a wrong weekday, malformed, or out of range. */
const published = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => `Published at ${d.toUTCString().replace('GMT', '+0000')}`),
  fc.constantFrom(
    'Published at Mon, 12 Aug 2024 22:47:30 +0000',
    'Published at Tue, 12 Aug 2024 22:47:30 +0000',
    'Published at Mon 12 Aug 2024',
    'Published at Mon, 12 Aug 99999 22:47:30 +0000',
    'Published at Mon, 31 Feb 2024 25:61:61 +9999',
    'Published at',
    'published at yesterday 5pm',
    '   Published at Sat, 01 Jan 2000 00:00:00 GMT',
  ),
);

const story = fc
  .tuple(fc.constantFrom(...HEADLINES), fc.option(fc.constantFrom(...DATELINES)), fc.array(paragraph, { minLength: 0, maxLength: 6 }), fc.option(published, { freq: 4 }), fc.constantFrom('\n', '\n\n'))
  .map(([headline, dateline, paragraphs, stamp, gap]) => {
    const body = paragraphs.length > 0 ? [(dateline ?? '') + paragraphs[0], ...paragraphs.slice(1)] : [];
    return [headline, ...body, ...(stamp ? [stamp] : [])].join(gap);
  });

/** Line ends as files arrive: LF, CRLF, old Mac CR, or a mix. */
const lineEnds = (text: string, style: 'lf' | 'crlf' | 'cr' | 'mixed', seed: number) => {
  if (style === 'lf') return text;
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let i = seed;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][(i = (i * 31 + 7) % 1009) % 3]!);
};

/** A generated article file: one or more stories, a BOM sometimes, any line ends. */
export const generatedArticle = fc
  .tuple(fc.array(story, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom('lf', 'crlf', 'cr', 'mixed' as const), fc.nat())
  .map(([stories, bom, style, seed]) => (bom ? '\uFEFF' : '') + lineEnds(stories.join('\n'), style, seed));

/** Random text to splice in: copy-like pieces, arbitrary code points, arbitrary UTF-16 units. */
const splice = fc.oneof(
  fc.constantFrom(...QUOTES, ...ODD, ...NOTES, '\n', '\r\n', '\r', '\n\n', 'Published at Mon, 12 Aug 2024 22:47:30 +0000\n'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
);

/** A sample article cut, duplicated and spliced at random places. */
export const mutatedSample = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 400 }), splice, fc.boolean()), { minLength: 1, maxLength: 8 }))
  .map(([sample, edits]) => {
    let text = sample;
    for (const [where, length, insert, copyInstead] of edits) {
      const at = Math.floor(where * text.length);
      const piece = copyInstead ? text.slice(at, at + length) : insert;
      text = text.slice(0, at) + piece + text.slice(at + (copyInstead ? 0 : Math.min(length, 40)));
    }
    return text;
  });

/** Anything at all: arbitrary code points, or arbitrary UTF-16 code units (lone surrogates too). */
export const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000, size: 'medium' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 2000, size: 'medium' }),
  fc.array(fc.constantFrom(...QUOTES, ...ODD, ' ', '\n', 'Published at Mon, 12 Aug 2024 22:47:30 +0000', 'A'), { maxLength: 500, size: 'medium' }).map((parts) => parts.join('')),
);

/** The documents the properties run on, in the proportions the long run uses. */
export const anyArticle = fc.oneof({ weight: 5, arbitrary: generatedArticle }, { weight: 3, arbitrary: mutatedSample }, { weight: 2, arbitrary: arbitraryText });
