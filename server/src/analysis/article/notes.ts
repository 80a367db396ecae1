import type { EditorNote } from './model';

const OPEN = '<!--';
const CLOSE = '-->';

/**
 * Finds editor notes `<!-- … -->`. A note without `-->` ends at the end of its line, so one
 * missing marker cannot hide the rest of the file from the checks.
 */
export function findEditorNotes(text: string): EditorNote[] {
  const notes: EditorNote[] = [];
  let from = 0;
  // Once a search for `-->` finds none to the end, no later note can close: they need not
  // search again (many unclosed notes would each read the rest of the file).
  let closesLeft = true;
  for (;;) {
    const start = text.indexOf(OPEN, from);
    if (start < 0) return notes;
    const bodyStart = start + OPEN.length;
    const close = closesLeft ? text.indexOf(CLOSE, bodyStart) : -1;
    if (close < 0) closesLeft = false;
    if (close >= 0) {
      notes.push({ start, end: close + CLOSE.length, body: { start: bodyStart, end: close }, closed: true });
      from = close + CLOSE.length;
    } else {
      const end = endOfLine(text, bodyStart);
      notes.push({ start, end, body: { start: bodyStart, end }, closed: false });
      from = end;
    }
  }
}

function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * The text the checks read: editor notes (and a leading byte order mark) turned into spaces,
 * line endings kept, so every offset still points at the same place in the document.
 */
export function maskNotes(text: string, notes: readonly EditorNote[], bom: boolean): string {
  if (notes.length === 0 && !bom) return text;
  const parts: string[] = [];
  let at = 0;
  if (bom) {
    parts.push(' ');
    at = 1;
  }
  for (const note of notes) {
    parts.push(text.slice(at, note.start), blankOut(text.slice(note.start, note.end)));
    at = note.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Replaces every character but line endings with a space. */
function blankOut(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
