/**
 * `npm run schemas`: writes the JSON Schema of every data file into public/schemas/, where the site publishes
 * them and the data files' `yaml-language-server` comments point. A unit test fails when they are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../model/jsonSchemas.ts';

const dir = join('public', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
	writeFileSync(join(dir, name), text);
	console.log(`wrote ${join(dir, name)}`);
}
