import type { Rule } from '../types';

/** `<!--` without `-->`: the note is taken to end at the end of its line. */
export const unclosedNote: Rule = {
  id: 'structure/unclosed-note',
  description: 'An editor note opened with "<!--" must be closed with "-->".',
  severity: 'error',
  check({ file }) {
    return file.notes
      .filter((note) => !note.closed)
      .map((note) => ({
        start: note.start,
        end: note.start + 4,
        message: 'This editor note is never closed with "-->"; it is taken to end at the end of the line.',
        fixes: [{ title: 'Close the note at the end of the line', safe: true, edits: [{ start: note.end, end: note.end, newText: ' -->' }] }],
      }));
  },
};
