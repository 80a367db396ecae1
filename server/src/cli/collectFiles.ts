import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minimatch } from 'minimatch';

/** Folders never searched: dependencies, version control, build output. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', '.editor']);
const ARTICLE = /\.(article|story)$/i;

/**
 * The files to check: files named on the command line as they are, and inside folders every
 * `.article` and `.story` file plus anything matching one of `globs` (relative to the folder).
 * Paths that do not exist are returned as `missing`.
 */
export function collectFiles(paths: readonly string[], globs: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    if (isDirectory) walk(path, path, globs, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

function walk(root: string, dir: string, globs: readonly string[], out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(root, path, globs, out);
    } else if (entry.isFile() && (ARTICLE.test(entry.name) || globs.some((g) => minimatch(relative(root, path), g, { dot: false, matchBase: !g.includes('/') })))) {
      out.push(path);
    }
  }
}
