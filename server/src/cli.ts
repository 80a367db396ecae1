/**
 * The Copydesk command line: the same analysis as the editor, for scripts and CI.
 *   copydesk check [paths...]       check files and folders (exit 0 clean, 1 findings, 2 usage or I/O error)
 *   copydesk analyze FILE... --json the article model, entities, attributions and findings as JSON
 *   copydesk export --clean FILE... the copy without editor notes, for the wire
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { analyzeFiles } from './cli/analyzeCommand';
import { checkFiles } from './cli/check/checkCommand';
import { exportClean } from './cli/exportCommand';
import type { AnalysisOptions } from './analysis';

declare const COPYDESK_VERSION: string;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0';

const program = new Command('copydesk')
  .description('Newsroom copy checks for plain-text article files.')
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command('check')
  .description('Check article files and folders (.article and .story files inside folders, plus --glob matches).')
  .argument('[paths...]', 'files and folders (default: the current folder)')
  .addOption(new Option('--format <format>', 'report format').choices(['stylish', 'json', 'sarif']).default('stylish'))
  .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', toCount)
  .option('--fix', 'apply every safe fix and write the files back (atomically, keeping encoding, BOM and line ends)')
  .option('--fix-dry-run', 'print the safe fixes as a diff; write nothing')
  .option('--glob <pattern...>', 'also check files matching these patterns inside folders (e.g. "*.txt")')
  .addOption(new Option('--house-style <style>', 'stylebook (overridden by .copydesk.json)').choices(['ap', 'reuters']))
  .option('--time-zone <zone>', 'newsroom time zone, IANA name (overridden by .copydesk.json)')
  .action((paths: string[], o: { format: 'stylish' | 'json' | 'sarif'; maxWarnings?: number; fix?: boolean; fixDryRun?: boolean; glob?: string[]; houseStyle?: 'ap' | 'reuters'; timeZone?: string }) => {
    const base: AnalysisOptions = {};
    if (o.houseStyle) base.houseStyle = o.houseStyle;
    if (o.timeZone) base.timeZone = o.timeZone;
    process.exitCode = checkFiles(paths, {
      format: o.format,
      maxWarnings: o.maxWarnings ?? null,
      fix: o.fix === true,
      fixDryRun: o.fixDryRun === true,
      globs: o.glob ?? [],
      base,
      version: VERSION,
    });
  });

program
  .command('analyze')
  .description('Print the stories, entities, attributions and findings of each file.')
  .argument('<files...>', 'article files')
  .option('--json', 'print one JSON array, an element per file')
  .option('--time-zone <zone>', 'newsroom time zone (IANA name)', 'America/New_York')
  .action((files: string[], options: { json?: boolean; timeZone: string }) => {
    process.exitCode = analyzeFiles(files, { json: options.json === true, timeZone: options.timeZone });
  });

program
  .command('export')
  .description('Print the copy of each file without editor notes and directives, as it goes to the wire.')
  .argument('<files...>', 'article files')
  .requiredOption('--clean', 'strip editor notes and directives (the only export there is)')
  .option('--out <dir>', 'write each clean file into this folder instead of printing it')
  .action((files: string[], options: { out?: string }) => {
    process.exitCode = exportClean(files, options.out ?? null);
  });

function toCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number of 0 or more');
  return n;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
