/**
 * The words of every change of the fixture that has every change kind (test/fixtures/reports/ferrow-2032-05), and
 * its validated data, against golden files (`golden/words/`, `golden/data/`): what each kind says, when, and what it
 * leaves open. Regenerate with UPDATE_GOLDEN=1 and read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../config.ts';
import { changeSentence, isPlanned, openWords, statusWords, touchedUnitWords, whenWords } from './changeWords.ts';
import { loadReport } from '../load/loadReport.ts';
import { changeShareDescription, shareTitleOf } from './shareText.ts';

const FOLDER = join(process.cwd(), 'test', 'fixtures', 'reports', 'ferrow-2032-05');
const bundle = loadReport(FOLDER).bundle!;

function golden(file: string, actual: string): void {
	const path = join(process.cwd(), 'src', 'model', 'golden', file);
	if (config.ci && !existsSync(path))
		throw new Error(`golden file ${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit and review it`);
	if (!existsSync(path) || config.updateGolden) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, actual);
	}
	expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('the words of every change kind', () => {
	it('validates, with a change of each new kind, planned changes and open questions', () => {
		expect(new Set(bundle.changes.map((c) => c.kind))).toEqual(
			new Set(['departure', 'create', 'promotion', 'move', 'stays', 'rename', 'dissolve', 'split']),
		);
		expect(bundle.changes.filter(isPlanned).length).toBeGreaterThan(0);
		expect(bundle.changes.flatMap((c) => c.open).length).toBeGreaterThan(0);
	});

	it('match the golden words of each change', () => {
		const text = bundle.changes
			.map((c) =>
				[
					`## ${c.id} (${c.kind})`,
					`status: ${statusWords(c)}`,
					`when: ${whenWords(c)}`,
					`says: ${changeSentence(bundle, c)}`,
					`open: ${openWords(bundle, c).join('; ') || '-'}`,
					`legend: ${touchedUnitWords(c.kind)}`,
					`share title: ${shareTitleOf(c)}`,
					`share description: ${changeShareDescription(bundle, c)}`,
				].join('\n'),
			)
			.join('\n\n');
		golden('words/ferrow-2032-05.txt', `${text}\n`);
	});

	it('say a planned change in the future tense and a done one in the present', () => {
		for (const change of bundle.changes)
			expect(changeSentence(bundle, change), change.id).toMatch(
				isPlanned(change) ? /\bwill\b/ : /^(?!.*\bwill\b)/,
			);
	});

	it('match the golden data of the fixture, with the defaults the schema fills in', () => {
		const { report, people, units, positions, lines, changes } = bundle;
		golden(
			'data/ferrow-2032-05.json',
			`${JSON.stringify({ report, people, units, positions, lines, changes }, null, '\t')}\n`,
		);
	});
});
