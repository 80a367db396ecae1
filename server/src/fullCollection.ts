import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, run by the server at quiet moments it chooses. The first analysis
 * of a long document leaves most of what it made as garbage (a 5 MB file: about 230 MB of heap,
 * 70 MB of it live), and the heap grows far past that before the collector runs on its own;
 * priming the document's stories then builds its kept work on top, and the process's peak
 * memory is the sum. Collecting before priming lets the kept work take the garbage's place.
 *
 * Node gives the collector to scripts only under `--expose-gc`; the flag set here applies to
 * contexts made after it, so one fresh context hands the function over.
 */
let collect: (() => void) | null | undefined;

export function fullCollection(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null; // a runtime without the flag: the collector runs on its own as before
    }
  }
  collect?.();
}

/** How much the heap may grow while a long document is primed before the garbage goes. */
export const PRIMING_GROWTH = 128e6;

/**
 * `steps`, with a full collection at the pause after any step that left the heap `growth`
 * bytes above where the last collection left it. Priming a 5 MB story keeps about 100 MB of
 * work and makes as much garbage on the way; collected once on the way (about 120 ms, between
 * steps, when the document has been quiet a second), the process peaks about 25 MB lower. A
 * 1 MB story's priming grows the heap less than that and runs no collection.
 */
export function* collectingAsItGrows<T>(steps: Generator<void, T, void>, growth = PRIMING_GROWTH): Generator<void, T, void> {
  let base = heapInUse();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (heapInUse() - base > growth) {
      fullCollection();
      base = heapInUse();
    }
    yield;
  }
}

/** The heap in use, read without asking the system for the process's memory (as
 *  `process.memoryUsage` does): this is asked at every step of priming. */
function heapInUse(): number {
  return getHeapStatistics().used_heap_size;
}
