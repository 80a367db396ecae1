import { Analyzer, type Analysis, type AnalysisOptions } from './analysis';

/** Documents at least this long, and with no published line this far in, are warmed up for: in a
 *  shorter one, or one of many stories, the first edits are quick. */
export const WARM_UP_FROM = 200_000;

/** How much of the document the warm-up reads, and how many edits it makes to it. */
const SAMPLE_LENGTH = 50_000;
const SAMPLE_EDITS = 12;

/**
 * The analysis of a long document, read after a warm-up on a sample of it. The code an edit of
 * a long story runs (names taken over or updated, rules asked about one paragraph) is not the
 * code its first reading runs, and V8 compiles it only once it has run: without a warm-up the
 * writer's first keystrokes in a 1 MB story took 60–100 ms each while it did. The sample (the
 * document's first lines, about 50 KB) is read as one long story and edited a dozen times, as
 * typing would, by an analyzer of its own that is then let go. In one process it costs about
 * 120 ms and the document's own reading is about 90 ms quicker for it; through the server the
 * first diagnostics of a 1 MB story came about 45 ms later (725 → 769 ms). Once per server: a
 * warm-up that gives way to a newer version is not begun again.
 */
export function* afterWarmUp(text: string, options: AnalysisOptions, reading: Generator<void, Analysis, void>): Generator<void, Analysis, void> {
  yield* warmUp(text, options);
  return yield* reading;
}

function* warmUp(text: string, options: AnalysisOptions): Generator<void, void, void> {
  // Whole lines, cut before 50 KB: a document pasted on one long line gives a sample of that size.
  const lineEnd = text.lastIndexOf('\n', SAMPLE_LENGTH);
  let sample = text.slice(0, lineEnd > 0 ? lineEnd : SAMPLE_LENGTH);
  const analyzer = new Analyzer(0); // every story counts as long, as the document's would
  yield* analyzer.steps(sample, options);
  for (let i = 0; i < SAMPLE_EDITS; i++) {
    // Spread over the sample: a letter typed, a name typed, a letter deleted.
    const at = Math.floor((sample.length * (i + 0.5)) / SAMPLE_EDITS);
    if (i % 3 === 0) sample = `${sample.slice(0, at)}x${sample.slice(at)}`;
    else if (i % 3 === 1) sample = `${sample.slice(0, at)} Smith${sample.slice(at)}`;
    else sample = sample.slice(0, at) + sample.slice(at + 1);
    yield* analyzer.steps(sample, options);
  }
}
