import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../model/problems.ts';
import { loadFolder, loadReportSet, newestFirst, sortedNewestFirst } from './reportSet.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE, copyWithEdits } from '../../test/helpers/reportFolders.ts';

const SECOND = join(process.cwd(), 'test', 'fixtures', 'reports', 'northwind-2031-04');

const printed = (folders: string[], withFixtures = true) => {
	const set = loadReportSet(folders, { withFixtures });
	return { set, text: [...set.folders.flatMap((f) => f.problems), ...set.problems].map(formatProblem).join('\n') };
};

describe('people and units shared between reports', () => {
	it('accepts an id that a later report shares on purpose with sameAs', () => {
		const { set, text } = printed([FIXTURE, SECOND]);
		expect(text).toBe('');
		expect(set.bundles.map((b) => b.report.id)).toEqual(['northwind-2030-01', 'northwind-2031-04']);
	});

	it('refuses an id that a later report defines again by accident, and says both ways out', () => {
		const clash = copyWithEdits(SECOND, {
			'units.yaml': (t) =>
				t.replace(
					'  name: Devices Division\n  kind: department\n  sameAs: northwind-2030-01\n',
					'  name: Globex Devices Group\n  kind: department\n',
				),
		});
		const { set, text } = printed([FIXTURE, clash]);
		expect(set.problems).toHaveLength(1);
		expect(text).toBe(
			`${join(clash, 'units.yaml')}:2:1 [0].id: the unit id "devices" ("Globex Devices Group") is already defined by report northwind-2030-01 ("Devices Division")\n` +
				'    fix: if it is the same unit, add "sameAs: northwind-2030-01" to this entry; if it is another unit, give it an id of its own, such as "northwind-devices"',
		);
	});

	it('checks a folder given alone against every published report, and blames the new one even when it is older', () => {
		const XIAOMI = XIAOMI_FIXTURE;
		// A new report, dated before the published one, that defines a unit id the published one defines.
		const newer = copyWithEdits(FIXTURE, {
			'report.yaml': (t) => t.replace('published: { value: 2030-01-15 }', 'published: { value: "2018" }'),
			'units.yaml': (t) => t.replace('- id: labs\n', '- id: business-middle-platform\n'),
		});
		const edit = (t: string) => t.replaceAll(/(?<!section: )\blabs\b(?!-)/g, 'business-middle-platform');
		for (const file of ['changes.yaml', 'reporting-lines.yaml'])
			writeFileSync(join(newer, file), edit(readFileSync(join(newer, file), 'utf8')));
		const alone = loadReportSet([newer], { withFixtures: true });
		expect(alone.folders[0].problems.map(formatProblem)).toEqual([]);
		expect(alone.problems, 'alone, the folder has no one to clash with').toEqual([]);
		const set = loadReportSet([newer], {
			withFixtures: true,
			context: [XIAOMI],
			published: new Set(['xiaomi-2021-12']),
		});
		expect(set.problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${join(newer, 'units.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:1 \\[\\d\\]\\.id: the unit id "business-middle-platform" \\(.*\\) is already defined by report xiaomi-2021-12`,
				),
			),
		]);
		expect(
			set.bundles.map((b) => b.report.id),
			'the context is not built',
		).toEqual(['northwind-2030-01']);
	});

	it('refuses sameAs that names a report which does not define the id', () => {
		const wrong = copyWithEdits(SECOND, {
			'people.yaml': (t) => t.replace('sameAs: northwind-2030-01', 'sameAs: acme-2031-06'),
		});
		const { text } = printed([FIXTURE, wrong]);
		expect(text).toContain(
			'[0].id: sameAs "acme-2031-06" names a report that does not define the person "ada-quill" before this one\n    fix: use "sameAs: northwind-2030-01", the first report that defines it',
		);
	});

	it('refuses sameAs on the first report that defines an id', () => {
		const { text } = printed([SECOND]);
		expect(text).toContain(
			'sameAs "northwind-2030-01" names a report that does not define the person "ada-quill" before this one',
		);
	});
});

describe('encodings', () => {
	it('accepts a byte order mark and Windows line endings in every file, with the same data', () => {
		const dir = copyWithEdits(FIXTURE);
		for (const file of readdirSync(dir)) {
			const path = join(dir, file);
			writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
		}
		const crlf = loadFolder(dir);
		expect(crlf.problems).toEqual([]);
		const plain = loadFolder(FIXTURE);
		expect(crlf.bundle?.text).toBe(plain.bundle?.text);
		expect(crlf.bundle?.people).toEqual(plain.bundle?.people);
	});

	it('refuses a Latin-1 source text, naming the file and the line of the first bad byte', () => {
		// "Zoë" as Latin-1 writes ë as the single byte 0xEB, which UTF-8 never has alone.
		const latin1 = (t: string) =>
			Buffer.from(t.replace('Bo Zhang, who', 'Zo\u0000 Zhang, who')).map((b) => (b === 0 ? 0xeb : b));
		const dir = copyWithEdits(FIXTURE, { 'source.txt': (t) => Buffer.from(latin1(t)) });
		const text = loadFolder(dir).problems.map(formatProblem).join('\n');
		expect(text).toMatch(
			/source\.txt:7:\d+ is not UTF-8 text: byte 0xEB on line 7 is not part of a UTF-8 character/,
		);
	});
});

describe('fixtures and the memo', () => {
	it('warns that a report marked fixture: true is not published', () => {
		const set = loadReportSet([FIXTURE], { withFixtures: false });
		expect(set.bundles).toEqual([]);
		expect(set.warnings.map(formatProblem)).toEqual([
			`${join(FIXTURE, 'report.yaml')} fixture: the report is marked "fixture: true", so it is validated but not published\n    fix: remove the line "fixture: true" from report.yaml to publish it (the example folder is a fixture; copies of it keep the flag)`,
		]);
	});

	it('validates a folder again only when one of its files changed', () => {
		const dir = copyWithEdits(FIXTURE);
		const first = loadFolder(dir);
		expect(loadFolder(dir).bundle).toBe(first.bundle);
		writeFileSync(
			join(dir, 'units.yaml'),
			readFileSync(join(dir, 'units.yaml'), 'utf8').replace('Devices Division', 'Device Division'),
		);
		const edited = loadFolder(dir);
		expect(edited.bundle).not.toBe(first.bundle);
		expect(edited.bundle?.units.find((u) => u.id === 'devices')?.name).toBe('Device Division');
	});
});

describe('reports newest first', () => {
	const bundle = (id: string, value: string) => ({ report: { id, published: { value } } }) as unknown as ReportBundle;
	const a = bundle('a', '2030-01');
	const b = bundle('b', '2031-04-02');
	const c = bundle('c', '2031-04');

	it('sorts as newestFirst does, into a new array each call, and follows a changed list', () => {
		const first = sortedNewestFirst([a, b, c]);
		expect(first).toEqual([a, b, c].sort(newestFirst));
		expect(first.map((x) => x.report.id)).toEqual(['c', 'b', 'a']);
		// A caller that reorders its copy changes neither the next answer nor the list it was given.
		first.reverse();
		const given = [a, b, c];
		expect(sortedNewestFirst(given).map((x) => x.report.id)).toEqual(['c', 'b', 'a']);
		expect(given.map((x) => x.report.id)).toEqual(['a', 'b', 'c']);
		expect(sortedNewestFirst([a, b]).map((x) => x.report.id)).toEqual(['b', 'a']);
		const newer = bundle('b', '2032');
		expect(sortedNewestFirst([a, newer]).map((x) => x.report.published)).toEqual([
			{ value: '2032' },
			{ value: '2030-01' },
		]);
	});
});
