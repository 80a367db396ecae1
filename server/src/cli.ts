/**
 * The Copydesk command line: the same analysis as the editor, for scripts and CI.
 *   copydesk analyze FILE... [--json]
 */
import { Command } from 'commander';
import { analyzeFiles } from './cli/analyzeCommand';

const program = new Command('copydesk')
  .description('Newsroom copy checks for plain-text article files.')
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command('analyze')
  .description('Print the stories, entities, attributions and findings of each file.')
  .argument('<files...>', 'article files')
  .option('--json', 'print one JSON array, an element per file')
  .option('--time-zone <zone>', 'newsroom time zone (IANA name)', 'America/New_York')
  .action(async (files: string[], options: { json?: boolean; timeZone: string }) => {
    process.exitCode = await analyzeFiles(files, { json: options.json === true, timeZone: options.timeZone });
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
