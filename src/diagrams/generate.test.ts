import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../config.ts';
import { loadReport } from '../model/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE } from '../model/testing.ts';
import { allDiagrams, overviewDiagrams } from './generate.ts';

/** Golden files hold the expected Mermaid text; UPDATE_GOLDEN=1 rewrites them after a deliberate change. */
const GOLDEN = join(process.cwd(), 'src', 'diagrams', 'golden');

function expectGolden(name: string, actual: string) {
	const path = join(GOLDEN, name);
	if (config.updateGolden || !existsSync(path)) {
		if (config.ci && !existsSync(path)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npm run test:unit`);
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, actual);
	}
	expect(actual).toBe(readFileSync(path, 'utf8'));
}

const bundles: Record<string, ReportBundle> = {
	'xiaomi-2021-12': loadReport(join(process.cwd(), 'content', 'reports', 'xiaomi-2021-12')).bundle as ReportBundle,
	'northwind-2030-01': loadReport(FIXTURE).bundle as ReportBundle,
	// Every change kind, planned changes and open questions.
	'ferrow-2032-05': loadReport(join(process.cwd(), 'test', 'fixtures', 'reports', 'ferrow-2032-05')).bundle as ReportBundle,
};

describe.each(Object.entries(bundles))('diagrams of %s', (reportId, bundle) => {
	const diagrams = allDiagrams(bundle);

	it.each(diagrams.map((d) => [d.id, d] as const))('%s matches its golden Mermaid file', (id, diagram) => {
		expectGolden(`${reportId}/${id}.mmd`, diagram.source);
	});

	it('has unique diagram ids and an accessible title and description on each', () => {
		expect(new Set(diagrams.map((d) => d.id)).size).toBe(diagrams.length);
		for (const d of diagrams) {
			expect(d.title.length).toBeGreaterThan(0);
			expect(d.facts.length).toBeGreaterThan(0);
			expect(d.source).toMatch(/^ {2}accTitle: .+\n {2}accDescr: .+$/m);
		}
	});

	it('is generated the same way twice', () => {
		expect(allDiagrams(bundle).map((d) => d.source)).toEqual(diagrams.map((d) => d.source));
	});
});

describe('the five kinds of diagram for the Xiaomi report', () => {
	const xiaomi = bundles['xiaomi-2021-12'];
	const kinds = new Set(allDiagrams(xiaomi).map((d) => d.kind));

	it('covers org before and after, one diff per change, the timeline, direct reports and the restructure', () => {
		for (const kind of ['org-before', 'org-after', 'change', 'timeline', 'direct-reports', 'unit-restructure']) expect(kinds).toContain(kind);
		expect(allDiagrams(xiaomi).filter((d) => d.kind === 'change')).toHaveLength(xiaomi.changes.length);
	});

	it('draws a change top-down: the lines it ends dashed, the lines it starts thick, no arrowheads', () => {
		const diff = allDiagrams(xiaomi).find((d) => d.id === 'change-youpin-to-xiaomi-china');
		expect(diff?.source).toMatch(/^flowchart TB$/m);
		expect(diff?.source).toMatch(/n_lei_jun e\d+@-\.- n_youpin/);
		expect(diff?.source).toMatch(/n_xiaomi_china e\d+@=== n_youpin/);
		expect(diff?.source).not.toMatch(/-->|==>|-\.->/);
		expect(Object.values(diff?.edgeStyles ?? {}).sort()).toEqual(['new', 'new', 'old']);
	});

	it('draws the org charts as one graph, so before and after keep every node in place', () => {
		const [before, after] = ['org-before', 'org-after'].map((id) => allDiagrams(xiaomi).find((d) => d.id === id)?.source ?? '');
		const shape = (source: string) =>
			source
				.split('\n')
				.filter((line) => !/^ {2}(?:class|accTitle|accDescr)\b/.test(line))
				.map((line) => line.replace(/e\d+@(?:-\.-|===|---|~~~)/, 'edge'))
				.join('\n');
		expect(shape(before)).toBe(shape(after));
		// Lines the changes start are invisible before; the unit they create is there but not drawn.
		expect(before).toMatch(/n_xiaomi_china e\d+@~~~ n_youpin/);
		expect(after).toMatch(/n_xiaomi_china e\d+@=== n_youpin/);
		expect(before).toMatch(/class [\w,]*n_international_sales[\w,]* absent/);
		expect(after).not.toContain(' absent');
	});

	it('lists in each legend only what the diagram draws', () => {
		const legend = (id: string) => allDiagrams(xiaomi).find((d) => d.id === id)?.legend.map((e) => e.style);
		expect(legend('change-india-to-international-sales')).toEqual(['new', 'changed', 'created']);
		expect(legend('org-before')).not.toContain('new');
		expect(legend('org-after')).toContain('new');
		expect(legend('dated-events')).toEqual(['day', 'span']);
	});

	it('draws each timeline date as precise as it is: a day as a point, a month or year as a span, either-or as two points', () => {
		const timeline = overviewDiagrams(xiaomi).find((d) => d.kind === 'timeline')?.source ?? '';
		expect(timeline).toMatch(/^ {2}3 Dec 2021 \(reading 1 of 2\) – Change – International regions.* :milestone, t\w+, 2021-12-03, 0d$/m);
		expect(timeline).toMatch(/^ {2}10 Dec 2021 \(reading 2 of 2\) – Change – International regions.* :milestone, t\w+, 2021-12-10, 0d$/m);
		expect(timeline).toMatch(/^ {2}2021 \(year only\) – Change – Lei Jun hands Software and Experience.* :t\d+, 2021-01-01, 2022-01-01$/m);
		expect(timeline).toMatch(/^ {2}Dec 2020 \(month only\) – The Business Middle Platform.* :t\d+, 2020-12-01, 2021-01-01$/m);
		expect(timeline).toMatch(/^ {2}30 Mar 2021 – Xiaomi announces.* :milestone, t\d+, 2021-03-30, 0d$/m);
	});

	it('draws Chinese names as a second line: a person’s always, a unit’s only where a source gives it', () => {
		const source = allDiagrams(xiaomi).find((d) => d.id === 'org-after')?.source ?? '';
		expect(source).toContain('n_lei_jun("Lei Jun<br/>雷军")');
		expect(source).toContain('n_youpin["Youpin E-commerce<br/>有品电商部"]');
		// 业务中台部 is in the data without a source: not drawn as if it were sourced.
		expect(source).toContain('n_business_middle_platform["Business Middle<br/>Platform"]');
	});

	it('shows the seven unnamed executives as one counted group, not as people', () => {
		const reports = overviewDiagrams(xiaomi).find((d) => d.kind === 'direct-reports');
		expect(reports?.source).toMatch(/n_seven_direct_reports\(\["7 × Senior<br\/>[^"]*\(unnamed\)"\]\)/);
		expect(reports?.source).toMatch(/class n_seven_direct_reports group/);
	});

	it('groups the new sales department by district and by channel, with India moving in', () => {
		const unit = overviewDiagrams(xiaomi).find((d) => d.kind === 'unit-restructure');
		expect(unit?.facts).toContain('Regions, divided by district: Overseas sales regions, divided by district; Indian regional operations department.');
		expect(unit?.facts.some((f) => f.startsWith('Teams divided by channel: '))).toBe(true);
		expect(unit?.source).not.toContain('subgraph');
		expect(unit?.facts).toContain('After: Indian regional operations department is part of International sales department.');
	});
});
