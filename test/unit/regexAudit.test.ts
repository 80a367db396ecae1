/**
 * Every regular expression in the server's source, checked for catastrophic backtracking
 * (ReDoS) by recheck: a pattern that can take polynomial or exponential time on some input
 * would let one odd line freeze the editor. Files that build patterns at run time with
 * `new RegExp` export them as BUILT_PATTERNS, checked here as well.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';
import { BUILT_PATTERNS as DATELINE } from '../../server/src/analysis/article/dateline';
import { BUILT_PATTERNS as CLAIMS } from '../../server/src/analysis/attribution/claims';
import { BUILT_PATTERNS as DATES } from '../../server/src/analysis/dates/expressions';

const SERVER = join(__dirname, '..', '..', 'server', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** The regex literals of a file, and whether it also builds patterns at run time. */
function regexesIn(path: string): { literals: Found[]; dynamic: number } {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  let dynamic = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      literals.push({ where: `${relative(SERVER, path)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
    }
    if (ts.isNewExpression(node) && node.expression.getText(file) === 'RegExp') dynamic++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { literals, dynamic };
}

/** Files that build patterns at run time, and what they built. */
const BUILT: Record<string, readonly RegExp[]> = {
  'analysis/article/dateline.ts': DATELINE,
  'analysis/attribution/claims.ts': CLAIMS,
  'analysis/dates/expressions.ts': DATES,
};

/**
 * Patterns recheck calls polynomial only because of a bounded window: each start position
 * scans at most a fixed number of characters, so the time grows linearly with the text (by
 * at most that factor). Checked by source, so any change to one is audited again.
 */
const BOUNDED_WINDOW = new Map<string, string>([
  [CLAIMS[0]!.source, 'a change word and a figure at most 40 characters apart, or a figure and a change word at most 20 apart'],
]);

const files = sourceFiles(SERVER);
const all = files.map(regexesIn);
const literals = all.flatMap((r) => r.literals);

describe('regular expressions: no catastrophic backtracking', () => {
  test('the audit finds the patterns (a change that hides them fails here)', () => {
    assert.ok(literals.length > 100, `only ${literals.length} regex literals found`);
  });

  test('every file that builds patterns at run time exports them for this audit', () => {
    const dynamic = files.filter((_, i) => all[i]!.dynamic > 0).map((f) => relative(SERVER, f));
    assert.deepEqual(dynamic, Object.keys(BUILT));
  });

  test('every pattern is safe by recheck', async () => {
    const built = Object.entries(BUILT).flatMap(([file, patterns]) => patterns.map((p, i) => ({ where: `${file} BUILT_PATTERNS[${i}]`, source: p.source, flags: p.flags })));
    const patterns = [...literals, ...built];
    const unsafe: string[] = [];
    for (const r of patterns) {
      // Global search tries every start: drop `g` (recheck assumes it). Sticky anchors: keep `y`.
      // One at a time with a fixed seed: recheck fuzzes, and its verdict must not change between runs.
      const result = await check(r.source, r.flags.replace(/g/g, ''), { timeout: 60_000, randomSeed: 20261127 });
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial' && BOUNDED_WINDOW.has(r.source)) continue;
      if (result.status !== 'safe') {
        const detail = result.status === 'vulnerable' ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.string.slice(0, 40))}` : result.error.kind;
        unsafe.push(`${r.where} /${r.source}/${r.flags}: ${result.status} (${detail})`);
      }
    }
    assert.deepEqual(unsafe, []);
  });
});
