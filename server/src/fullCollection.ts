import { setFlagsFromString } from 'node:v8';
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
