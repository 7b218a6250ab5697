import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allDiagrams } from '../diagrams/generate.ts';
import { allLayouts } from '../diagrams/layouts.ts';
import { XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { loadReport } from '../load/loadReport.ts';
import { diagramKey, renderDiagrams } from './renderDiagrams.ts';

/** Every drawing of a cache folder, by name (beside each is the hash it is verified by, which follows from it). */
const contents = (dir: string) =>
	new Map(
		readdirSync(dir)
			.filter((f) => f.endsWith('.svg'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
	);

describe('diagram rendering is reproducible', () => {
	const diagrams = [XIAOMI_FIXTURE].flatMap((folder) => {
		const { bundle } = loadReport(folder);
		if (!bundle) throw new Error(`${folder} does not validate; run \`npm run validate\``);
		return allDiagrams(bundle);
	});
	const dirs = [mkdtempSync(join(tmpdir(), 'reorg-lens-cold-a-')), mkdtempSync(join(tmpdir(), 'reorg-lens-cold-b-'))];
	afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	it('gives byte-identical SVG from two cold renders, in opposite orders, each with its own browser', async () => {
		await renderDiagrams(diagrams, dirs[0]);
		await renderDiagrams([...diagrams].reverse(), dirs[1]);
		const [a, b] = dirs.map(contents);
		// Each layout of a diagram (the main one, and a narrow one where there is one) is a file of its own.
		const layouts = allLayouts(diagrams);
		expect(a.size).toBe(new Set(layouts.map(diagramKey)).size);
		// The diagrams drawn with a dashed outline (rough.js) are the ones that differed before seeding.
		expect([...a.values()].some((svg) => svg.includes('stroke-dasharray'))).toBe(true);
		const differing = [...a.keys()]
			.filter((key) => a.get(key) !== b.get(key))
			.map((key) => layouts.find((d) => diagramKey(d) === key.replace(/\.svg$/, ''))?.id);
		expect(differing).toEqual([]);
	}, 180_000);
});
