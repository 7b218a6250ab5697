import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, schemaFileName } from './jsonSchemas.ts';
import { dataFiles } from './schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';

/** The parts of a data file's JSON Schema (an array of records) that these tests read. */
interface ArraySchema {
	type: string;
	items: { additionalProperties: boolean; required: string[]; properties: Record<string, { description?: string }> };
}

describe('published JSON Schemas', () => {
	const schemas = jsonSchemas();

	it('are up to date in public/schemas (run `npm run schemas` after changing the zod schemas)', () => {
		for (const [name, text] of Object.entries(schemas)) {
			expect(readFileSync(join(process.cwd(), 'public', 'schemas', name), 'utf8'), name).toBe(text);
		}
	});

	it('carry a description for every field of every data file, so editors show help on hover', () => {
		const missing: string[] = [];
		const walk = (node: unknown, path: string) => {
			if (!node || typeof node !== 'object') return;
			const n = node as Record<string, unknown>;
			if (n.properties)
				for (const [key, value] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
					if (typeof value.description !== 'string' || value.description.length < 8)
						missing.push(`${path}.${key}`);
					walk(value, `${path}.${key}`);
				}
			for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
				const child = n[key];
				if (Array.isArray(child)) child.forEach((c, i) => walk(c, `${path}.${key}[${i}]`));
				else walk(child, `${path}.${key}`);
			}
		};
		for (const [name, text] of Object.entries(schemas)) walk(JSON.parse(text), name);
		expect(missing).toEqual([]);
		expect((JSON.parse(schemas['changes.schema.json']) as ArraySchema).items.properties.status.description).toMatch(
			/announced/,
		);
	});

	it('require the core fields and reject unknown ones', () => {
		const changes = JSON.parse(schemas['changes.schema.json']) as ArraySchema;
		expect(changes.type).toBe('array');
		expect(changes.items.additionalProperties).toBe(false);
		expect(changes.items.required).toEqual(expect.arrayContaining(['id', 'kind', 'quote', 'section', 'date']));
	});

	it('are named at the top of every data file of the reports and fixtures', () => {
		for (const folder of [XIAOMI_FIXTURE, FIXTURE]) {
			for (const file of readdirSync(folder).filter((f) => f in dataFiles)) {
				const first = readFileSync(join(folder, file), 'utf8').split('\n')[0];
				expect(first, `${folder}/${file}`).toMatch(
					new RegExp(
						`^# yaml-language-server: \\$schema=(\\.\\./)+public/schemas/${schemaFileName(file).replace('.', '\\.')}$`,
					),
				);
			}
		}
	});
});
