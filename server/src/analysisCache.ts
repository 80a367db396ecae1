import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analyzer, publishedBefore, type Analysis, type AnalysisOptions } from './analysis';
import { whyNotText } from './files/notText';
import { collectingAsItGrows, fullCollection } from './fullCollection';
import { afterWarmUp, WARM_UP_FROM } from './warmUp';

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

/** Whether `made` is for the document's current version (and for these options, if given). */
function isFor<T extends Target>(made: T | undefined, doc: TextDocument, optionsKey?: string): made is T {
  return made !== undefined && made.doc === doc && made.version === doc.version && (optionsKey === undefined || made.optionsKey === optionsKey);
}

/** A document at least this long is collected after its first reading (about 60 ms at 5 MB). */
const COLLECT_AFTER_FIRST_READING = 2_000_000;

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
  /**
   * Called when a version already checked with some options has been analysed with others:
   * a request read a house file changed before the client's watcher said so. The version's
   * diagnostics, made with the old options, want publishing again.
   */
  onOptionsMoved: (doc: TextDocument) => void = () => undefined;

  /** `sliceMs`: how long an analysis runs before it lets waiting messages in (a test gives 0,
   *  to see each step). `collectAfter`: from this length on, a document's first reading is
   *  followed by a full collection. `warmUpFrom`: the server's first document to open with
   *  a story of this length or more is read after a warm-up on a sample of it (`afterWarmUp`). */
  constructor(
    private readonly sliceMs = SLICE_MS,
    private readonly collectAfter = COLLECT_AFTER_FIRST_READING,
    private readonly warmUpFrom = WARM_UP_FROM,
  ) {}

  /** How many documents were read after a warm-up (`afterWarmUp`): the first long one only. */
  warmUps = 0;

  /**
   * The analysis of the document's current version: the one at hand, the one under way, or a
   * new one made in slices. Null when the document changed or closed before it was done.
   */
  analysisOf(doc: TextDocument, options: AnalysisOptions): Promise<Analysis | null> {
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
    this.entries.delete(uri);
    this.running.delete(uri);
    this.analyzers.delete(uri);
  }

  /** Analyses the target's text in slices; null once `wanted` says the version went stale. */
  private async analyse(target: Target, options: AnalysisOptions, wanted: () => boolean): Promise<Analysis | null> {
    const text = target.doc.getText();
    const notText = whyNotText(text);
    if (notText) return this.store(target, analyze('', options), notText); // nothing in it is copy
    const first = !this.analyzers.has(target.doc.uri);
    const analyzer = this.analyzer(target.doc.uri);
    // A document's first reading makes most of its garbage: collected on the way, a long
    // document's kept work takes its place (`collectingAsItGrows`).
    let steps = analyzer.steps(text, options);
    // V8 compiles code once it has run: an edit's code, before the writer's first keystrokes.
    // Only for a document that opens with a long story: a digest's short stories are quick.
    if (first && this.warmUps === 0 && text.length >= this.warmUpFrom && !publishedBefore(text, this.warmUpFrom)) {
      this.warmUps++;
      steps = afterWarmUp(text, options, steps);
    }
    const analysis = await inSlices(first ? collectingAsItGrows(steps) : steps, wanted, this.sliceMs);
    if (!analysis) return null;
    // What is left of a long document's first reading is garbage, most of the heap: it goes
    // once the diagnostics are out, before the outline and the writer's edits build on it.
    if (first && text.length >= this.collectAfter) setImmediate(fullCollection);
    return this.store(target, analysis, null);
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
