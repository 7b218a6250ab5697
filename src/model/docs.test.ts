import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ELEMENTS, NOTE_LABELS, PLACEABLE_DIAGRAMS } from './articleElements.ts';
import { parseDataFile } from './parseDataFile.ts';
import { formatProblem } from './problems.ts';
import { ChangeKind, dataFiles } from './schema.ts';

/** docs/adding-a-report.md against the code: every element, prop and change kind is there, and its templates parse. */
const docs = readFileSync(join(process.cwd(), 'docs', 'adding-a-report.md'), 'utf8');
const section = (title: string) =>
	docs.slice(docs.indexOf(`## ${title}`), docs.indexOf('\n## ', docs.indexOf(`## ${title}`) + 3));

describe('docs/adding-a-report.md', () => {
	it('describes every element of an article with every prop, note kind and diagram kind', () => {
		const table = section("The article's elements");
		for (const [name, spec] of Object.entries(ARTICLE_ELEMENTS)) {
			expect(table, name).toContain(`\`<${name}`);
			for (const prop of [...spec.required, ...spec.optional])
				expect(table, `${name} ${prop}`).toMatch(new RegExp(`\`${prop}(=|\`)`));
		}
		for (const kind of [...Object.keys(NOTE_LABELS), ...PLACEABLE_DIAGRAMS])
			expect(table, kind).toContain(`\`${kind}\``);
	});

	it('describes every change kind, and its change templates validate', () => {
		const kinds = section('Change kinds');
		for (const kind of ChangeKind.options) expect(kinds, kind).toContain(`| \`${kind}\` |`);
		const blocks = [...kinds.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
		expect(blocks.length).toBeGreaterThanOrEqual(5);
		const files = ['changes.yaml', 'positions.yaml', 'reporting-lines.yaml'] as const;
		for (const block of blocks) {
			const fits = files.map((file) => parseDataFile(file, block, dataFiles[file]).problems.map(formatProblem));
			expect(
				fits.some((problems) => problems.length === 0),
				block,
			).toBe(true);
		}
	});

	it('gives every step, permalinks included', () => {
		expect(docs).toContain('npm run permalinks');
		expect(docs).toContain('npm run validate -- content/reports/<id>');
		expect(docs).toMatch(/## Planned changes[\s\S]*## What the report leaves open/);
	});
});
