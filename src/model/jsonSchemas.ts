/**
 * JSON Schemas of the data files, generated from the zod schemas, so editors complete and check the YAML (each
 * data file names its schema in a `yaml-language-server` comment) and other tools can read the format.
 */
import { z } from 'astro/zod';
import * as schemas from './schema.ts';
import { dataFiles } from './schema.ts';
import { objectKey, schemaDocs } from './schemaDocs.ts';
import { SITE_TITLE } from '../consts.ts';

const docs = schemaDocs();
const names = new Map<unknown, string>(Object.entries(schemas).map(([name, value]) => [value, name]));

/** Gives each object's properties the JSDoc of its fields, and each named schema its own, for editors' help. */
function describe(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
	const { jsonSchema } = ctx;
	const name = names.get(ctx.zodSchema);
	if (name && docs.named.has(name) && !jsonSchema.description) jsonSchema.description = docs.named.get(name);
	const properties = jsonSchema.properties as Record<string, Record<string, unknown>> | undefined;
	if (!properties) return;
	const fields = docs.fields.get(objectKey(Object.keys(properties)));
	for (const [key, property] of Object.entries(properties)) {
		const text = fields?.get(key);
		// A field's own line says more than its type's: it wins.
		if (text) properties[key] = { ...property, description: text };
	}
}

/** The published schema file name of a data file, for example "changes.schema.json". */
export function schemaFileName(dataFile: string): string {
	return dataFile.replace(/\.yaml$/, '.schema.json');
}

/** Every data file's JSON Schema as formatted JSON text, keyed by schema file name. */
export function jsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, schema] of Object.entries(dataFiles)) {
		const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', override: describe });
		out[schemaFileName(file)] =
			`${JSON.stringify({ ...json, $id: `/schemas/${schemaFileName(file)}`, title: `${SITE_TITLE} ${file}` }, null, '\t')}\n`;
	}
	return out;
}
