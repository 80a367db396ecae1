import { pathToFileURL } from 'node:url';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Result } from 'sarif';
import { RULE_INFO } from '../../analysis';
import type { FileResult } from './results';

const LEVEL: Record<string, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const HELP_URI = 'https://github.com/copydesk/copydesk#rules';

/** SARIF 2.1.0 for code scanning: every rule with its description and help, results with regions. */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const builder = new SarifBuilder();
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'copydesk', toolDriverVersion: version, url: HELP_URI });
  for (const rule of RULE_INFO) {
    const descriptor = new SarifRuleBuilder().initSimple({ ruleId: rule.id, shortDescriptionText: rule.description, fullDescriptionText: rule.description, helpUri: HELP_URI });
    const setting = `"rules": { "${rule.id}": "off" }`;
    descriptor.rule.help = {
      text: `${rule.description} Default level: ${rule.severity}. Turn it off or change its level with ${setting} in .copydesk.json.`,
      markdown: `${rule.description}\n\nDefault level: **${rule.severity}**. Turn it off or change its level with \`${setting}\` in .copydesk.json.`,
    };
    descriptor.rule.defaultConfiguration = { level: LEVEL[rule.severity]! };
    run.addRule(descriptor);
  }
  for (const r of results) {
    for (const f of r.findings) {
      run.addResult(
        new SarifResultBuilder().initSimple({
          ruleId: f.rule,
          level: LEVEL[f.severity]!,
          messageText: f.message,
          fileUri: pathToFileURL(r.path).toString(),
          startLine: f.line,
          startColumn: f.column,
          endLine: f.endLine,
          endColumn: Math.max(f.endColumn, f.line === f.endLine ? f.column + 1 : 1),
        }),
      );
    }
  }
  builder.addRun(run);
  return `${builder.buildSarifJsonString({ indent: true })}\n`;
}
