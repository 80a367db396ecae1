import { createTwoFilesPatch } from 'diff';
import { analyze, fixAll, type AnalysisOptions } from '../../analysis';
import { HouseConfigFiles, describeProblem, optionsFrom } from '../../config/houseConfigFiles';
import { readArticle, UnreadableFile, type ArticleText } from '../../files/readArticle';
import { collectFiles } from '../collectFiles';
import { writeBack, WriteRefused } from '../writeFile';
import { formatSarif } from './formatSarif';
import { formatStylish } from './formatStylish';
import { locate, type FileResult } from './results';

export interface CheckOptions {
  format: 'stylish' | 'json' | 'sarif';
  maxWarnings: number | null;
  fix: boolean;
  fixDryRun: boolean;
  globs: string[];
  /** Options from the command line, under every `.copydesk.json`. */
  base: AnalysisOptions;
  version: string;
}

/**
 * `copydesk check`: checks every file, optionally fixes them, prints the report and returns
 * the exit code — 0 clean, 1 errors (or more warnings than allowed), 2 a usage or I/O error.
 */
export function checkFiles(paths: readonly string[], options: CheckOptions): number {
  const { files, missing } = collectFiles(paths.length > 0 ? paths : ['.'], options.globs);
  const configs = new HouseConfigFiles();
  const results: FileResult[] = missing.map((path) => ({ path, findings: [], error: 'no such file or folder' }));
  const progress = new Progress(files.length);
  const reported = new Set<string>();
  for (const path of files) {
    progress.tick();
    const found = configs.forFile(path);
    for (const config of found) {
      for (const p of config.problems) {
        const where = describeProblem(config, p);
        if (!reported.has(where)) process.stderr.write(`copydesk: ${where} (that setting keeps its default)\n`);
        reported.add(where);
      }
    }
    results.push(checkFile(path, optionsFrom(found, options.base), options));
  }
  progress.done();
  process.stdout.write(report(results, options));
  return exitCode(results, options.maxWarnings);
}

function checkFile(path: string, analysisOptions: AnalysisOptions, options: CheckOptions): FileResult {
  let file: ArticleText;
  try {
    file = readArticle(path);
  } catch (error) {
    if (error instanceof UnreadableFile) return { path, findings: [], error: error.message };
    throw error;
  }
  let text = file.text;
  let fixed = 0;
  if (options.fix || options.fixDryRun) {
    const result = fixAll(text, analysisOptions);
    if (result.text !== text) {
      if (options.fixDryRun) process.stdout.write(createTwoFilesPatch(path, path, text, result.text, 'before', 'after (copydesk --fix)'));
      else {
        try {
          writeBack(path, file, result.text);
        } catch (error) {
          if (!(error instanceof WriteRefused)) throw error;
          return { path, findings: locate(text, analyze(text, analysisOptions).findings), error: error.message };
        }
        text = result.text;
        fixed = result.applied;
      }
    }
  }
  const findings = locate(text, analyze(text, analysisOptions).findings);
  return fixed > 0 ? { path, findings, fixed } : { path, findings };
}

function report(results: readonly FileResult[], options: CheckOptions): string {
  if (options.format === 'sarif') return formatSarif(results, options.version);
  if (options.format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  return formatStylish(results, process.stdout.isTTY === true);
}

function exitCode(results: readonly FileResult[], maxWarnings: number | null): number {
  if (results.some((r) => r.error)) return 2;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== null && warnings > maxWarnings) ? 1 : 0;
}

/** `checking 120/2225 files…` on stderr, only when it is a terminal and the run is long. */
class Progress {
  private done_ = 0;
  private readonly shown: boolean;

  constructor(private readonly total: number) {
    this.shown = process.stderr.isTTY === true && total > 20;
  }

  tick(): void {
    this.done_++;
    if (this.shown && this.done_ % 10 === 0) process.stderr.write(`\rchecking ${this.done_}/${this.total} files…`);
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
  }
}
