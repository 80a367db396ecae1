import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfigSchema, buildConfiguration } from '../../scripts/settingsManifest';
import { RULE_INFO } from '../../server/src/analysis';
import { SEMANTIC_TOKEN_TYPES } from '../../server/src/protocol';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('package.json', () => {
  test('settings match the rule registry (run npm run gen:settings after adding a rule)', () => {
    assert.deepEqual(manifest.contributes.configuration, buildConfiguration());
  });
  test('the .copydesk.json schema matches the rule registry and is contributed', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'copydesk.schema.json'), 'utf8'));
    assert.deepEqual(schema, buildConfigSchema());
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.copydesk.json', url: './schemas/copydesk.schema.json' }]);
  });
  test('every rule id is family/name with a known family, and unique', () => {
    const ids = RULE_INFO.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(structure|entity|attribution|dateline|date|style)\/[a-z]+(-[a-z]+)*$/);
  });
  test('the semantic token types the server emits are declared', () => {
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id), [...SEMANTIC_TOKEN_TYPES]);
  });
  test('the language and its grammar are contributed for .article and .story', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'article');
    assert.deepEqual(language.extensions, ['.article', '.story']);
    assert.equal(manifest.contributes.grammars[0].language, 'article');
  });
});
