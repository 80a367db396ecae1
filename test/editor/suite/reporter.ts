import Mocha from 'mocha';

/** Marks the suite's lines so the driver can pick them out of the workbench's console. */
export const PREFIX = '[copydesk-editor] ';

const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

/**
 * A spec-like reporter that writes whole lines through console.log: the extension host forwards
 * console output to the window (code-server) or the terminal (test-electron), while mocha's own
 * reporters also write partial lines to stdout, which arrive split or not at all.
 */
export class LinePrefixReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let depth = 0;
    const say = (text: string) => console.log(PREFIX + '  '.repeat(Math.max(depth - 1, 0)) + text);
    runner.on(EVENT_SUITE_BEGIN, (suite) => {
      depth++;
      if (suite.title) say(suite.title);
    });
    runner.on('suite end', () => depth--);
    runner.on(EVENT_TEST_PASS, (test) => say(`  ✓ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (test) => say(`  - ${test.title} (skipped)`));
    runner.on(EVENT_TEST_FAIL, (test, err) => {
      say(`  ✗ ${test.title}`);
      for (const line of String(err?.stack ?? err).split('\n')) say(`      ${line}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = this.stats;
      console.log(`${PREFIX}${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}
