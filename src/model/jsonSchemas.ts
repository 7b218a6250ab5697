/**
 * JSON Schemas of the data files, generated from the zod schemas, so editors complete and check the YAML (each
 * data file names its schema in a `yaml-language-server` comment) and other tools can read the format.
 */
import { z } from 'astro/zod';
import { dataFiles } from './schema.ts';

/** The published schema file name of a data file, for example "changes.schema.json". */
export function schemaFileName(dataFile: string): string {
	return dataFile.replace(/\.yaml$/, '.schema.json');
}

/** Every data file's JSON Schema as formatted JSON text, keyed by schema file name. */
export function jsonSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, schema] of Object.entries(dataFiles)) {
		const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
		out[schemaFileName(file)] = `${JSON.stringify({ ...json, $id: `/schemas/${schemaFileName(file)}`, title: `Reorg Lens ${file}` }, null, '\t')}\n`;
	}
	return out;
}
