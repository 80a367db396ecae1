import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analyzer, type Analysis, type AnalysisOptions } from './analysis';
import { whyNotText } from './files/notText';
import { collectingAsItGrows, fullCollection } from './fullCollection';

/** The document version, and the options, an analysis is for. A document closed and opened
 *  again is another document, whatever its version number. */
interface Target {
  doc: TextDocument;
  version: number;
  optionsKey: string;
}

interface Entry extends Target {
  analysis: Analysis;
  /** Why this version is not text at all (binary data opened as text), or null. */
  notText: string | null;
}

/** An analysis under way: every caller that wants this version and options waits for it. */
interface Run extends Target {
  result: Promise<Analysis | null>;
}

/** A document's priming: `timer` runs `start` once the document has been quiet. */
interface Priming {
  start: () => void;
  timer: NodeJS.Timeout | undefined;
}

/** Whether `made` is for the document's current version (and for these options, if given). */
function isFor<T extends Target>(made: T | undefined, doc: TextDocument, optionsKey?: string): made is T {
  return made !== undefined && made.doc === doc && made.version === doc.version && (optionsKey === undefined || made.optionsKey === optionsKey);
}

/** How long an analysis runs before it lets waiting messages (newer edits, hovers) in. */
const SLICE_MS = 15;

/**
 * Waits until messages that have arrived are handled. The connection reads a message and
 * handles it in a later turn of the event loop, so one turn is not enough: two are.
 */
export async function letMessagesIn(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs `steps` in slices: between slices waiting messages are handled, and once `wanted` says
 * the work went stale it stops and null comes back.
 */
async function inSlices<T>(steps: Generator<void, T, void>, wanted: () => boolean, sliceMs: number): Promise<T | null> {
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart < sliceMs) continue;
    await letMessagesIn();
    if (!wanted()) {
      steps.return(undefined as never);
      return null;
    }
    sliceStart = performance.now();
  }
}

/**
 * The latest analysis of each open document, so diagnostics, hovers and the outline of one
 * version share one run of the checks; between versions, unchanged stories are reused. A
 * version is analysed once: a request that arrives while its analysis is under way waits for
 * that run instead of starting another, and the run gives way to newer edits as it goes.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Run>();
  /** Keeps each story's results between versions, so an edit re-analyses one story. */
  private readonly analyzers = new Map<string, Analyzer>();
  /** How many analyses were started (for tests: callers of one version share one). */
  started = 0;
  /** How many times long stories began to be primed, and were primed to completion (for tests). */
  primesStarted = 0;
  primed = 0;
  /**
   * Called when a version already checked with some options has been analysed with others:
   * a request read a house file changed before the client's watcher said so. The version's
   * diagnostics, made with the old options, want publishing again.
   */
  onOptionsMoved: (doc: TextDocument) => void = () => undefined;
  /** Each document's priming, waiting for quiet or under way; only the one here may run. */
  private readonly priming = new Map<string, Priming>();

  /**
   * `quietMs`: how long a document must go without edits or requests before its long stories
   * are primed. A pass over a long story cannot stop half way (a megabyte's longest takes about
   * a quarter of a second), so a hover that arrives meanwhile waits for it: priming waits for
   * a pause in the writer's work. `sliceMs`: how long an analysis runs before it lets waiting
   * messages in (a test gives 0, to see each step).
   */
  constructor(
    private readonly quietMs = 1000,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /**
   * The analysis of the document's current version: the one at hand, the one under way, or a
   * new one made in slices. Null when the document changed or closed before it was done.
   */
  analysisOf(doc: TextDocument, options: AnalysisOptions): Promise<Analysis | null> {
    this.postponePriming(doc.uri);
    const optionsKey = JSON.stringify(options);
    const entry = this.entries.get(doc.uri);
    if (isFor(entry, doc, optionsKey)) return Promise.resolve(entry.analysis);
    const run = this.running.get(doc.uri);
    if (isFor(run, doc, optionsKey)) return run.result;
    const optionsMoved = isFor(entry, doc);
    const started: Run = { doc, version: doc.version, optionsKey, result: Promise.resolve(null) };
    // It stops once the document moves on, closes, or a newer run takes its place.
    const wanted = () => doc.version === started.version && this.running.get(doc.uri) === started;
    started.result = this.analyse(started, options, wanted).finally(() => {
      if (this.running.get(doc.uri) === started) this.running.delete(doc.uri);
    });
    this.running.set(doc.uri, started);
    this.started++;
    if (optionsMoved) void started.result.then((analysis) => analysis && this.onOptionsMoved(doc));
    return started.result;
  }

  /** Why this version of the document is not text (binary data opened as text), or null. */
  notTextReason(doc: TextDocument): string | null {
    const entry = this.entries.get(doc.uri);
    return isFor(entry, doc) ? entry.notText : whyNotText(doc.getText());
  }

  /** The analyzer that keeps the document's stories between versions, if it has one (for tests). */
  analyzerOf(uri: string): Analyzer | undefined {
    return this.analyzers.get(uri);
  }

  forget(uri: string): void {
    this.cancelPriming(uri);
    this.entries.delete(uri);
    this.running.delete(uri);
    this.analyzers.delete(uri);
  }

  /** Analyses the target's text in slices; null once `wanted` says the version went stale. */
  private async analyse(target: Target, options: AnalysisOptions, wanted: () => boolean): Promise<Analysis | null> {
    const text = target.doc.getText();
    const notText = whyNotText(text);
    if (notText) return this.store(target, analyze('', options), notText); // nothing in it is copy
    const analyzer = this.analyzer(target.doc.uri);
    const analysis = await inSlices(analyzer.steps(text, options), wanted, this.sliceMs);
    if (!analysis) return null;
    if (analyzer.unprimed) this.primeWhenIdle(target, text, options, analyzer);
    else this.cancelPriming(target.doc.uri);
    return this.store(target, analysis, null);
  }

  /**
   * Once the diagnostics are out and the document has been quiet a while, keeps the sentences'
   * work of the long stories that were read for the first time, so the first edit in one
   * re-reads a sentence, not the story. It gives way to any edit or request that needs a run
   * of its own.
   */
  private primeWhenIdle({ doc, version }: Target, text: string, options: AnalysisOptions, analyzer: Analyzer): void {
    this.cancelPriming(doc.uri);
    const priming: Priming = { start: () => undefined, timer: undefined };
    // Only the document's latest priming runs: a newer run either arms its own or cancels it.
    const current = () => this.priming.get(doc.uri) === priming && doc.version === version && !this.running.has(doc.uri) && this.analyzers.get(doc.uri) === analyzer;
    priming.start = () => {
      priming.timer = undefined;
      if (!current()) return;
      this.primesStarted++;
      // The quiet moment before the kept work is built: what the first analysis left goes first.
      fullCollection();
      // And again whenever the kept work has grown the heap by much: see `collectingAsItGrows`.
      void inSlices(collectingAsItGrows(analyzer.prime(text, options)), current, this.sliceMs).then((done) => {
        if (this.priming.get(doc.uri) === priming) this.priming.delete(doc.uri);
        if (done !== null) this.primed++;
      });
    };
    priming.timer = setTimeout(priming.start, this.quietMs).unref();
    this.priming.set(doc.uri, priming);
  }

  /** An edit or a request for the document: priming not yet begun waits for the next quiet moment. */
  private postponePriming(uri: string): void {
    const priming = this.priming.get(uri);
    if (!priming?.timer) return;
    clearTimeout(priming.timer);
    priming.timer = setTimeout(priming.start, this.quietMs).unref();
  }

  /** The document's priming is no longer wanted; one under way stops at its next pause. */
  private cancelPriming(uri: string): void {
    clearTimeout(this.priming.get(uri)?.timer);
    this.priming.delete(uri);
  }

  private store({ doc, version, optionsKey }: Target, analysis: Analysis, notText: string | null): Analysis {
    this.entries.set(doc.uri, { doc, version, optionsKey, analysis, notText });
    return analysis;
  }

  private analyzer(uri: string): Analyzer {
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) this.analyzers.set(uri, (analyzer = new Analyzer()));
    return analyzer;
  }
}
