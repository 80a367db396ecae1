/**
 * What must hold for any document, however odd: the analysis does not throw, every span is
 * inside the text and never splits a surrogate pair, every fix applies cleanly inside its
 * story, fix-all run twice changes nothing the second time, and the analysis is deterministic
 * — from scratch and after an edit.
 */
import assert from 'node:assert/strict';
import { analyze, Analyzer, applyEdits, fixAll, type Analysis, type Finding } from '../../server/src/analysis';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function checkOffset(text: string, at: number, where: string): void {
  assert.ok(Number.isInteger(at) && at >= 0 && at <= text.length, `${where}: offset ${at} outside 0…${text.length}`);
  assert.ok(!splitsPair(text, at), `${where}: offset ${at} splits a surrogate pair`);
}

/** Every object with a start and an end in the analysis is a span of the document. */
function checkSpans(text: string, value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkSpans(text, v, `${path}[${i}]`));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    checkOffset(text, o.start, `${path}.start`);
    checkOffset(text, o.end, `${path}.end`);
    assert.ok(o.start <= o.end, `${path}: start ${o.start} after end ${o.end}`);
  }
  for (const [key, v] of Object.entries(o)) checkSpans(text, v, `${path}.${key}`);
}

/** The fixes of a finding: edits in range, not overlapping, inside the finding's story. */
function checkFixes(text: string, analysis: Analysis, f: Finding): void {
  const story = analysis.file.stories.find((s) => s.start <= f.start && f.end <= s.end);
  for (const fix of f.fixes) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    edits.forEach((e, i) => {
      const where = `${f.rule} fix “${fix.title}”`;
      checkOffset(text, e.start, where);
      checkOffset(text, e.end, where);
      assert.ok(e.start <= e.end, `${where}: edit backwards`);
      if (i > 0) assert.ok(edits[i - 1]!.end <= e.start, `${where}: edits overlap`);
      if (story) assert.ok(story.start <= e.start && e.end <= story.end, `${where}: edits text outside its story`);
    });
    const grown = edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
    assert.equal(applyEdits(text, edits).length, text.length + grown, `${f.rule} fix “${fix.title}” did not apply cleanly`);
  }
}

/** Runs every property on one document; throws an assertion error on the first that fails. */
export function checkDocument(text: string): void {
  const analysis = analyze(text);
  const json = JSON.stringify(analysis);
  checkSpans(text, JSON.parse(json), 'analysis');
  for (const f of analysis.findings) checkFixes(text, analysis, f);

  assert.equal(JSON.stringify(analyze(text)), json, 'the analysis is not deterministic');
  // The same text reached by an edit, through the caches, gives the same analysis.
  const analyzer = new Analyzer(0);
  const before = text.slice(0, text.length >> 1) + 'x' + text.slice(text.length >> 1);
  analyzer.analyze(before); // every story counts as long: its sentences kept, for the edit to reuse
  assert.equal(JSON.stringify(analyzer.analyze(text)), json, 'the analysis after an edit differs from scratch');

  const once = fixAll(text);
  const twice = fixAll(once.text);
  assert.equal(twice.text, once.text, 'fix-all applied twice differs from once');
  assert.equal(twice.applied, 0, 'fix-all left safe fixes behind');
}
