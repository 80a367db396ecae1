import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanCopy } from '../analysis';
import { readArticle, UnreadableFile } from '../files/readArticle';

/**
 * `copydesk export --clean`: the copy without editor notes or directives, to stdout or as files
 * in `outDir`. Returns the exit code (2 when a file could not be read or written).
 */
export function exportClean(files: readonly string[], outDir: string | null): number {
  let failed = false;
  for (const path of files) {
    try {
      const clean = cleanCopy(readArticle(path).text);
      if (outDir) writeFileSync(join(outDir, basename(path)), clean);
      else process.stdout.write(clean.endsWith('\n') ? clean : `${clean}\n`);
    } catch (error) {
      if (!(error instanceof UnreadableFile) && !(error as NodeJS.ErrnoException).code) throw error;
      process.stderr.write(`copydesk: ${path}: ${(error as Error).message}\n`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
