import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, mergeOptions, parseHouseConfig, type AnalysisOptions, type ConfigProblem } from '../analysis';

/** A `.copydesk.json` read from disk. */
export interface ConfigFile {
  path: string;
  options: AnalysisOptions;
  problems: ConfigProblem[];
  /** The file text, to turn problem offsets into line numbers. */
  text: string;
}

/**
 * Finds and reads the `.copydesk.json` files that apply to a file: every one from its folder up
 * to the filesystem root, outermost first (nearer ones win when merged). Files are re-read only
 * when their modification time changes.
 */
export class HouseConfigFiles {
  private readonly cache = new Map<string, { mtimeMs: number; file: ConfigFile }>();

  /** The config files for `filePath`, outermost first. */
  forFile(filePath: string): ConfigFile[] {
    const found: ConfigFile[] = [];
    let dir = dirname(filePath);
    for (;;) {
      const file = this.read(join(dir, CONFIG_FILE));
      if (file) found.unshift(file);
      const parent = dirname(dir);
      if (parent === dir) return found;
      dir = parent;
    }
  }

  /** Options from the files for `filePath`, merged over `base` (editor settings or defaults). */
  optionsFor(filePath: string, base: AnalysisOptions = {}): AnalysisOptions {
    return optionsFrom(this.forFile(filePath), base);
  }

  forget(): void {
    this.cache.clear();
  }

  private read(path: string): ConfigFile | null {
    let mtimeMs: number;
    try {
      // Most folders have none: asked without an error made and thrown for each (a check of
      // 2,225 files asks about six folders for each).
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile()) {
        this.cache.delete(path);
        return null;
      }
      mtimeMs = stat.mtimeMs;
    } catch {
      this.cache.delete(path);
      return null;
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.file;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const file = { path, options: {}, problems: [{ message: `cannot be read: ${(error as Error).message}`, offset: 0 }], text: '' };
      this.cache.set(path, { mtimeMs, file });
      return file;
    }
    const { options, problems } = parseHouseConfig(text);
    const file = { path, options, problems, text };
    this.cache.set(path, { mtimeMs, file });
    return file;
  }
}

/** Options from config files (outermost first, as `forFile` gives them), merged over `base`. */
export function optionsFrom(files: readonly ConfigFile[], base: AnalysisOptions = {}): AnalysisOptions {
  return mergeOptions(base, ...files.map((f) => f.options));
}

/** `…/.copydesk.json:3:14: "houseStyle" must be "ap" or "reuters"` */
export function describeProblem(file: ConfigFile, problem: ConfigProblem): string {
  const before = file.text.slice(0, problem.offset).split(/\r\n|\r|\n/);
  return `${file.path}:${before.length}:${before[before.length - 1]!.length + 1}: ${problem.message}`;
}
