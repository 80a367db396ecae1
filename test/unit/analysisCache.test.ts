import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { AnalysisCache } from '../../server/src/analysisCache';
import { analyze } from '../../server/src/analysis';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const body = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8').split('Published at')[0]!;
/** One story of about 170 KB: its analysis takes many slices, so callers can arrive mid-run. */
const LONG_STORY = body + Array.from({ length: 40 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');
const URI = 'file:///long.article';

const findingsOf = (text: string) => JSON.stringify(analyze(text).findings);

describe('the server analyses each version once, in slices that give way to edits', () => {
  // Slices of no length: each run pauses after its first step, as a long document's does,
  // however quickly this machine reads the story (its paragraphs repeat, and are read once).
  test('a request that arrives while its version is being analysed waits for that run', async () => {
    const cache = new AnalysisCache(0);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const forDiagnostics = cache.analysisOf(doc, {});
    // The run has paused at its first slice; a hover now joins it instead of starting another.
    const forHover = cache.analysisOf(doc, {});
    assert.equal(cache.started, 1);
    const [a, b] = await Promise.all([forDiagnostics, forHover]);
    assert.ok(a);
    assert.equal(a, b);
    assert.equal(JSON.stringify(a.findings), findingsOf(LONG_STORY));
    // Done, it is at hand: asking again starts nothing.
    assert.equal(await cache.analysisOf(doc, {}), a);
    assert.equal(cache.started, 1);
  });

  test('a run whose document changes before it is done stops with null; the new version gets its own run', async () => {
    const cache = new AnalysisCache(0);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const stale = cache.analysisOf(doc, {});
    TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }], 2);
    assert.equal(await stale, null);
    const fresh = await cache.analysisOf(doc, {});
    assert.equal(cache.started, 2);
    assert.equal(JSON.stringify(fresh?.findings), findingsOf(`Breaking: ${LONG_STORY}`));
  });

  test('closing the document stops its run', async () => {
    const cache = new AnalysisCache(0);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const run = cache.analysisOf(doc, {});
    cache.forget(URI);
    assert.equal(await run, null);
  });

  test('a run for other options (the settings changed) takes the place of the one under way', async () => {
    const cache = new AnalysisCache(0);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const before = cache.analysisOf(doc, {});
    const after = cache.analysisOf(doc, { rules: { 'attribution/unsourced-claim': 'off' } });
    assert.equal(cache.started, 2);
    assert.equal(await before, null);
    const analysis = await after;
    assert.ok(analysis && analysis.findings.length > 0);
    assert.ok(!analysis.findings.some((f) => f.rule === 'attribution/unsourced-claim'));
    assert.ok(analyze(LONG_STORY).findings.some((f) => f.rule === 'attribution/unsourced-claim'));
  });

  test('a document closed and opened again at the same version is analysed afresh, not given the old text’s run or result', async () => {
    const cache = new AnalysisCache(0);
    const short = 'Headline\nThe council met on Monday.\n';
    const closed = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const late = cache.analysisOf(closed, {}); // a request still waiting on the closed document
    const reopened = TextDocument.create(URI, 'article', 1, short);
    assert.equal((await cache.analysisOf(reopened, {}))?.copy, short);
    assert.equal(await late, null);
    // A finished analysis of the old document is not the new one's either.
    await cache.analysisOf(closed, {});
    assert.equal((await cache.analysisOf(TextDocument.create(URI, 'article', 1, short), {}))?.copy, short);
  });

  test('a long story keeps its sentences’ work from its first analysis: the first edit re-reads one sentence', async () => {
    const cache = new AnalysisCache();
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    await cache.analysisOf(doc, {});
    assert.ok(cache.analyzerOf(URI)!.sentencesKept > 0, 'read for the first time, its sentences are kept');
    const at = LONG_STORY.indexOf('Kirby');
    TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'John ' }], 2);
    const edited = await cache.analysisOf(doc, {});
    assert.equal(JSON.stringify(edited?.findings), findingsOf(doc.getText()));
    assert.equal(cache.analyzerOf(URI)?.lastSentencesRead, 1, 'the first edit re-reads one sentence');
  });

  test('the first document that opens with a long story is read after a warm-up on a sample of it, and reads as from scratch; a short one, a digest and later ones are not', async () => {
    const cache = new AnalysisCache(0, undefined, LONG_STORY.length);
    const short = TextDocument.create('file:///short.article', 'article', 1, body);
    assert.equal(JSON.stringify((await cache.analysisOf(short, {}))?.findings), findingsOf(body));
    assert.equal(cache.warmUps, 0, 'a short document');
    const article = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const digest = Array.from({ length: Math.ceil(LONG_STORY.length / article.length) + 1 }, () => article).join('\n');
    await cache.analysisOf(TextDocument.create('file:///digest.article', 'article', 1, digest), {});
    assert.equal(cache.warmUps, 0, 'a digest of short stories as long');
    assert.equal(JSON.stringify((await cache.analysisOf(TextDocument.create(URI, 'article', 1, LONG_STORY), {}))?.findings), findingsOf(LONG_STORY));
    assert.equal(cache.warmUps, 1);
    await cache.analysisOf(TextDocument.create('file:///other.article', 'article', 1, LONG_STORY), {});
    assert.equal(cache.warmUps, 1, 'once per server');
  });

  test('a run that gives way to a newer version while it warms up leaves the next version to read as any would', async () => {
    const cache = new AnalysisCache(0, undefined, LONG_STORY.length);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const stale = cache.analysisOf(doc, {});
    TextDocument.update(doc, [{ range: { start: doc.positionAt(10), end: doc.positionAt(10) }, text: 'x' }], 2);
    assert.equal(await stale, null);
    assert.equal(JSON.stringify((await cache.analysisOf(doc, {}))?.findings), findingsOf(doc.getText()));
    assert.equal(cache.warmUps, 1);
  });

  test('a long document’s first reading is followed by a full collection once its analysis is out; a short one’s is not', async () => {
    for (const [length, expected] of [[LONG_STORY.length, 1], [LONG_STORY.length + 1, 0]] as const) {
      const cache = new AnalysisCache(undefined, length);
      let forced = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if ((((entry as { detail?: { flags?: number } }).detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) forced++;
      });
      observer.observe({ entryTypes: ['gc'] });
      await cache.analysisOf(TextDocument.create(URI, 'article', 1, LONG_STORY), {});
      await new Promise((resolve) => setTimeout(resolve, 100)); // the collection, then its entry
      observer.disconnect();
      assert.equal(forced, expected, `a document of ${LONG_STORY.length} characters, collecting from ${length}`);
    }
  });
});
