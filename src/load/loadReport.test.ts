import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReport } from './loadReport.ts';
import { formatProblem, type Problem } from '../model/problems.ts';
import { FIXTURE, XIAOMI_FIXTURE, copyWithEdits } from '../../test/helpers/reportFolders.ts';

/** Loads a copy of the fixture with edits and returns its problems as printed lines. */
function problemsAfter(edits: Parameters<typeof copyWithEdits>[1]): { problems: Problem[]; text: string } {
	const { bundle, problems } = loadReport(copyWithEdits(FIXTURE, edits));
	if (problems.length > 0) expect(bundle).toBeUndefined();
	return { problems, text: problems.map(formatProblem).join('\n') };
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
	const out = text.replace(from, to);
	if (out === text) throw new Error(`test edit found nothing to replace: ${from}`);
	return out;
};

describe('loadReport on valid folders', () => {
	it('loads the fixture report with every entity', () => {
		const { bundle, problems } = loadReport(FIXTURE);
		expect(problems).toEqual([]);
		expect(bundle?.report.id).toBe('northwind-2030-01');
		expect(bundle?.changes.map((c) => c.id)).toEqual(['labs-into-devices', 'global-sales-created']);
		expect(bundle?.units.find((u) => u.id === 'labs')?.created).toBe(false);
	});

	it('loads the real report: all eight facts are changes or claims with verbatim quotes', () => {
		const { bundle, problems } = loadReport(XIAOMI_FIXTURE);
		expect(problems).toEqual([]);
		const ids = [...(bundle?.changes ?? []), ...(bundle?.claims ?? [])].map((x) => x.id);
		for (const id of [
			'middle-platform-to-it',
			'youpin-to-xiaomi-china',
			'miui-to-smartphone',
			'seven-direct-reports',
			'car-progress',
			'international-sales-formed',
			'india-to-international-sales',
			'xiang-zheng-heads-sales',
			'first-adjustment-since-march',
		]) {
			expect(ids).toContain(id);
		}
		const text = bundle?.text.replace(/\s+/g, ' ') ?? '';
		for (const c of bundle?.changes ?? []) expect(text).toContain(c.quote);
	});

	it('validates the minimal example of the contributor guide', () => {
		const { problems } = loadReport(join(process.cwd(), 'docs', 'example', 'acme-2031-06'));
		expect(problems).toEqual([]);
	});
});

describe('loadReport on bad input', () => {
	it('reports YAML syntax errors with file and line', () => {
		const { text } = problemsAfter({ 'changes.yaml': (t) => `${t}\n- id: [unclosed\n` });
		expect(text).toMatch(/changes\.yaml:\d+:\d+ YAML syntax error/);
	});

	it('reports an empty file', () => {
		const { text } = problemsAfter({ 'people.yaml': '# nothing yet\n' });
		expect(text).toMatch(/people\.yaml the file is empty/);
	});

	it('reports a missing required file and a missing article', () => {
		const { text } = problemsAfter({ 'sources.yaml': null, 'article.mdx': null });
		expect(text).toMatch(/sources\.yaml required file is missing/);
		expect(text).toMatch(/article\.mdx the article is missing or empty/);
	});

	it('reports a missing field with its path and line', () => {
		const { text } = problemsAfter({ 'changes.yaml': replace('  section: labs\n', '') });
		expect(text).toMatch(/changes\.yaml:2:\d+ \[0\]\.section: required field is missing\n\s+fix: add "section"/);
	});

	it('reports an unknown field', () => {
		const { text } = problemsAfter({ 'units.yaml': replace('  kind: company', '  kind: company\n  colour: red') });
		expect(text).toMatch(/units\.yaml:\d+:\d+ \[0\]: unknown field "colour"/);
	});

	it('reports a wrong type', () => {
		const { text } = problemsAfter({
			'people.yaml': replace('  aliases: ["javascript:alert(1)"]', '  aliases: Bo'),
		});
		expect(text).toMatch(/people\.yaml:\d+:\d+ \[1\]\.aliases: expected array, got string "Bo"/);
	});

	it('reports a value outside its enum', () => {
		const { text } = problemsAfter({ 'changes.yaml': replace('kind: merge', 'kind: merger') });
		expect(text).toMatch(/changes\.yaml:3:\d+ \[0\]\.kind: must be one of "merge", "move"/);
	});

	it('reports duplicate ids across people, units and positions', () => {
		const { text } = problemsAfter({ 'units.yaml': replace('- id: devices', '- id: ada-quill') });
		expect(text).toMatch(
			/units\.yaml:\d+:\d+ \[2\]\.id: duplicate id "ada-quill" \(already used in people\.yaml\)/,
		);
	});

	it('reports references to ids that do not exist', () => {
		const { text } = problemsAfter({ 'changes.yaml': replace('  section: labs', '  section: lab') });
		expect(text).toMatch(
			/changes\.yaml:\d+:\d+ \[0\]\.section: unknown section "lab"\n\s+fix: use an id defined in the sections of report\.yaml \(labs, sales\)/,
		);
	});

	it('reports unknown ids in the article with their line', () => {
		const { text } = problemsAfter({
			'article.mdx': replace('<Change id="labs-into-devices">', '<Change id="labs-in-devices">'),
		});
		expect(text).toMatch(/article\.mdx:\d+:1 <Change>: unknown change "labs-in-devices"/);
	});

	it('reports impossible dates', () => {
		const { text } = problemsAfter({ 'changes.yaml': replace('{ value: 2030-01-15 }', '{ value: 2030-02-30 }') });
		expect(text).toMatch(/changes\.yaml:\d+:\d+ \[0\]\.date\.value: is not a date on the calendar/);
	});

	it('reports dates in the wrong format', () => {
		const { text } = problemsAfter({ 'changes.yaml': replace('{ value: 2030-01-15 }', '{ value: 15/01/2030 }') });
		expect(text).toMatch(/\[0\]\.date\.value: must be written YYYY, YYYY-MM or YYYY-MM-DD/);
	});

	it('reports an end before its start', () => {
		const { text } = problemsAfter({
			'reporting-lines.yaml': replace(
				'  to: devices\n  sources: [report]',
				'  to: devices\n  start: { value: 2030-02 }\n  end: { value: "2029" }\n  sources: [report]',
			),
		});
		expect(text).toMatch(/reporting-lines\.yaml:\d+:\d+ \[0\]\.end: ends before it starts/);
	});

	it('reports a year written as a number, with the fix', () => {
		const { text } = problemsAfter({
			'changes.yaml': replace('{ value: 2030-01, approximate: true }', '{ value: 2030, approximate: true }'),
		});
		expect(text).toMatch(
			/changes\.yaml:\d+:\d+ \[1\]\.date\.value: expected string, got number 2030\n\s+fix: put the value in quotes \("2030"\)/,
		);
	});

	it('reports a quote that is not in the text', () => {
		const { text } = problemsAfter({
			'changes.yaml': replace('will be merged into the Devices Division', 'will merge into the Devices Division'),
		});
		expect(text).toMatch(/changes\.yaml:\d+:\d+ \[0\]\.quote: quote is not in the report's text/);
	});

	it('says where a unit sits one way: a parent field is refused, with the part-of line to write instead', () => {
		const { text } = problemsAfter({
			'units.yaml': replace('  kind: department\n', '  kind: department\n  parent: northwind\n'),
		});
		expect(text).toMatch(
			/units\.yaml:\d+:\d+ \[1\]: unknown field "parent"\n\s+fix: where a unit sits is said once, as a line in reporting-lines\.yaml: .*relation: part-of/,
		);
	});

	it('reports a unit that is part of two units at once', () => {
		const { text } = problemsAfter({ 'changes.yaml': replace('ends: [labs-part-of-northwind]', 'ends: []') });
		expect(text).toMatch(
			/reporting-lines\.yaml:\d+:\d+ \[\d\]\.to: "labs" is part of two units after the changes: this line and "labs-part-of-northwind"/,
		);
	});

	it('reports cycles in reporting lines', () => {
		const lines = `- id: loop\n  from: ada-quill\n  relation: reports-to\n  to: bo-zhang\n  sources: [report]\n`;
		const { text } = problemsAfter({ 'reporting-lines.yaml': (t) => `${t}${lines}` });
		expect(text).toMatch(
			/reporting lines after the changes form a cycle: (ada-quill → bo-zhang → ada-quill|bo-zhang → ada-quill → bo-zhang)/,
		);
	});

	it('reports a folder whose id differs from its name', () => {
		const { text } = problemsAfter({ 'report.yaml': replace('id: northwind-2030-01', 'id: northwind-2030-02') });
		expect(text).toMatch(/report\.yaml:\d+:\d+ id: id "northwind-2030-02" differs from the folder name/);
	});

	it('reports every problem, not only the first', () => {
		const { problems } = problemsAfter({
			'changes.yaml': replace('kind: merge', 'kind: merger'),
			'units.yaml': replace('  kind: company', '  kind: company\n  colour: red'),
		});
		expect(problems.length).toBeGreaterThanOrEqual(2);
	});

	it('fails when the data contradicts a claim', () => {
		const claim = `- id: two-people\n  quote: Bo Zhang, who leads the group, reports to Ada Quill.\n  statement: Two seats report to Ada Quill.\n  section: sales\n  check: { type: direct-report-count, person: ada-quill, expect: 5 }\n`;
		const { text } = problemsAfter({ 'claims.yaml': (t) => `${t}${claim}` });
		expect(text).toMatch(
			/claims\.yaml:\d+:\d+ \[1\]\.check: the data contradicts claim "two-people": After the changes the data has 2 seats reporting directly to Ada <script>alert\(1\)<\/script> Quill \(none before them\); the claim says 5\./,
		);
	});

	it('rejects a path that is not a folder', () => {
		const { problems } = loadReport(join(FIXTURE, 'nope'));
		expect(problems[0].message).toBe('is not a folder');
	});
});
