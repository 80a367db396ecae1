import { analyze } from '../analysis';
import { toJsonReport } from './jsonReport';
import { readArticle, UnreadableFile } from '../files/readArticle';
import { toTextReport } from './textReport';

export interface AnalyzeOptions {
  json: boolean;
  timeZone: string;
}

/**
 * Analyses each file and prints the result. A file that cannot be read gets an error line on
 * stderr and the rest are still analysed. Returns the exit code: 0, or 2 when a file could
 * not be read.
 */
export function analyzeFiles(files: readonly string[], options: AnalyzeOptions): number {
  const reports: object[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readArticle(file).text;
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      process.stderr.write(`copydesk: ${file}: ${error.message}\n`);
      failed = true;
      continue;
    }
    const analysis = analyze(text, { timeZone: options.timeZone });
    if (options.json) reports.push(toJsonReport(file, analysis));
    else process.stdout.write(`${toTextReport(file, text, analysis)}\n`);
  }
  if (options.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return failed ? 2 : 0;
}
