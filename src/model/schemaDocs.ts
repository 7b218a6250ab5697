/**
 * The help text of the JSON Schemas: the JSDoc line above each field of the zod schemas in schema.ts, read from its
 * source, so that one comment is both the TypeScript hover and the editor's help on a YAML field. Objects are found
 * by the set of their field names (the claim checks' branches have no name of their own), enums and named schemas
 * by their `export const`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Field descriptions by object (its field names sorted and joined), and descriptions of named schemas. */
export interface SchemaDocs {
	fields: Map<string, Map<string, string>>;
	named: Map<string, string>;
}

const clean = (comment: string) =>
	comment
		.replace(/^\s*\*\s?/gm, '')
		.replace(/\s+/g, ' ')
		.trim();

/** The key of an object: its field names, sorted. */
export const objectKey = (fields: readonly string[]) => [...fields].sort().join(',');

/** Reads the comments of schema.ts (found beside this module, or under the working directory). */
export function schemaDocs(): SchemaDocs {
	const here = fileURLToPath(new URL('./schema.ts', import.meta.url));
	const path = existsSync(here) ? here : join(process.cwd(), 'src', 'model', 'schema.ts');
	const source = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const fields = new Map<string, Map<string, string>>();
	const named = new Map<string, string>();
	for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nexport const (\w+)/g))
		named.set(m[2], clean(m[1]));
	// Each object literal of fields: `z.strictObject({ … })` or `z.object({ … })`, innermost braces first.
	for (const block of source.matchAll(/z\.(?:strictObject|object)\(\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\)/g)) {
		const docs = new Map<string, string>();
		const keys: string[] = [];
		for (const f of block[1].matchAll(/(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?\n\s*(\w+):/g)) {
			keys.push(f[2]);
			if (f[1]) docs.set(f[2], clean(f[1]));
		}
		fields.set(objectKey(keys), docs);
	}
	return { fields, named };
}
