/** Writes the generated settings into package.json (`npm run gen:settings`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfigSchema, buildConfiguration } from './settingsManifest';

const path = join(__dirname, '..', 'package.json');
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.contributes.configuration = buildConfiguration();
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package.json: ${Object.keys(manifest.contributes.configuration.properties['copydesk.rules'].properties).length} rules in settings`);
writeFileSync(join(__dirname, '..', 'schemas', 'copydesk.schema.json'), `${JSON.stringify(buildConfigSchema(), null, 2)}\n`);
console.log('schemas/copydesk.schema.json written');
