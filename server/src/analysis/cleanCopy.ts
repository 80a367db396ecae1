import { splitLines } from './article/lines';
import { trimEndOf } from './article/chars';
import { parseArticleFile } from './article/parse';

/**
 * The copy as it goes to the wire: editor notes and their directives removed, and a line that
 * held nothing but notes removed with its line ending. `story` keeps only that story (by index).
 */
export function cleanCopy(text: string, story?: number): string {
  const { file } = parseArticleFile(text);
  const notes = file.notes;
  const lines = splitLines(text);
  let out = '';
  let n = 0;
  lines.forEach((line, i) => {
    const ending = text.slice(line.end, lines[i + 1]?.start ?? line.end);
    let kept = '';
    let at = i === 0 && file.bom ? 1 : line.start;
    let touched = false;
    while (n < notes.length && notes[n]!.end <= line.start) n++;
    for (let k = n; k < notes.length && notes[k]!.start < line.end + ending.length; k++) {
      const note = notes[k]!;
      touched = true;
      kept += text.slice(at, Math.max(at, Math.min(note.start, line.end)));
      at = Math.max(at, Math.min(note.end, line.end));
      // `para <!-- x --> goes on`, `Third <!-- x -->.`: one space where the note was, none before punctuation.
      if (kept.endsWith(' ') && (text[at] === ' ' || /^[.,;:!?]/.test(text[at] ?? ''))) kept = kept.slice(0, -1);
    }
    kept += text.slice(at, line.end);
    if (touched && kept.trim() === '') return;
    out += (touched ? trimEndOf(kept, (c) => c === ' ' || c === '\t') : kept) + ending;
  });
  if (story === undefined) return out;
  const s = parseArticleFile(out).file.stories[story];
  return s ? out.slice(s.start, s.end) : '';
}
