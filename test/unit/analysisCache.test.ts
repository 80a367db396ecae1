import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, letMessagesIn } from '../../server/src/analysisCache';
import { analyze } from '../../server/src/analysis';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const body = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8').split('Published at')[0]!;
/** One story of about 170 KB: its analysis takes many slices, so callers can arrive mid-run. */
const LONG_STORY = body + Array.from({ length: 40 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');
const URI = 'file:///long.article';

const findingsOf = (text: string) => JSON.stringify(analyze(text).findings);

describe('the server analyses each version once, in slices that give way to edits', () => {
  test('a request that arrives while its version is being analysed waits for that run', async () => {
    const cache = new AnalysisCache();
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
    const cache = new AnalysisCache();
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const stale = cache.analysisOf(doc, {});
    TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }], 2);
    assert.equal(await stale, null);
    const fresh = await cache.analysisOf(doc, {});
    assert.equal(cache.started, 2);
    assert.equal(JSON.stringify(fresh?.findings), findingsOf(`Breaking: ${LONG_STORY}`));
  });

  test('closing the document stops its run', async () => {
    const cache = new AnalysisCache();
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    const run = cache.analysisOf(doc, {});
    cache.forget(URI);
    assert.equal(await run, null);
  });

  test('a run for other options (the settings changed) takes the place of the one under way', async () => {
    const cache = new AnalysisCache();
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
    const cache = new AnalysisCache();
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

  test('once a long story’s diagnostics are out and the writer pauses, its sentences are kept', async () => {
    const cache = new AnalysisCache(0);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    await cache.analysisOf(doc, {});
    assert.equal(cache.analyzerOf(URI)?.unprimed, true, 'read for the first time, nothing kept');
    const deadline = Date.now() + 30_000;
    while (cache.primed === 0 && Date.now() < deadline) await letMessagesIn();
    assert.equal(cache.primed, 1, 'primed once');
    assert.equal(cache.analyzerOf(URI)?.unprimed, false);
    const at = LONG_STORY.indexOf('Kirby');
    TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'John ' }], 2);
    const edited = await cache.analysisOf(doc, {});
    assert.equal(JSON.stringify(edited?.findings), findingsOf(doc.getText()));
    assert.equal(cache.analyzerOf(URI)?.lastSentencesRead, 1, 'the first edit re-reads one sentence');
  });

  test('priming waits while requests keep coming', async () => {
    const cache = new AnalysisCache(1000);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    await cache.analysisOf(doc, {});
    const busyUntil = Date.now() + 1500;
    while (Date.now() < busyUntil) {
      await cache.analysisOf(doc, {}); // a hover, say
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(cache.primesStarted, 0, 'no priming yet');
    const deadline = Date.now() + 30_000;
    while (cache.primed === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(cache.primed, 1, 'then, in the quiet, it primes');
  });

  test('an edit stops the priming, and its own version is analysed right', async () => {
    // Messages let in after every step: however quick the machine, the edit comes while the
    // priming is under way, not after it is done.
    const cache = new AnalysisCache(0, 0);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    await cache.analysisOf(doc, {});
    const deadline = Date.now() + 30_000;
    while (cache.analyzerOf(URI)!.lastSentencesRead === 0 && Date.now() < deadline) await letMessagesIn();
    assert.ok(cache.analyzerOf(URI)!.lastSentencesRead > 0, 'the priming has begun');
    TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }], 2);
    // Long enough for the priming to finish, had it gone on for the old version.
    const until = Date.now() + 3000;
    while (Date.now() < until) await letMessagesIn();
    assert.equal(cache.primed, 0, 'the priming gave way');
    const edited = await cache.analysisOf(doc, {});
    assert.equal(JSON.stringify(edited?.findings), findingsOf(doc.getText()));
  });

  test('a run under other settings that keeps every sentence calls off the priming armed before it', async () => {
    const cache = new AnalysisCache(300);
    const doc = TextDocument.create(URI, 'article', 1, LONG_STORY);
    await cache.analysisOf(doc, {});
    const reuters = await cache.analysisOf(doc, { houseStyle: 'reuters' }); // the settings changed
    assert.equal(JSON.stringify(reuters?.findings), JSON.stringify(analyze(LONG_STORY, { houseStyle: 'reuters' }).findings));
    assert.equal(cache.analyzerOf(URI)?.unprimed, false, 'the text was seen before: its sentences were kept');
    const until = Date.now() + 1500;
    while (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(cache.primesStarted, 0, 'no priming under the old settings');
  });
});
