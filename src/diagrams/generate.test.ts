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
			if (d.kind !== 'timeline') expect(d.source).toMatch(/^ {2}accTitle: .+\n {2}accDescr: .+$/m);
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

	it('draws lines that a change ends dashed and lines it starts thick', () => {
		const diff = allDiagrams(xiaomi).find((d) => d.id === 'change-youpin-to-xiaomi-china')?.source ?? '';
		expect(diff).toMatch(/n_youpin e\d+@-\.->\|"reports to"\| n_lei_jun/);
		expect(diff).toMatch(/n_youpin e\d+@==>\|"part of"\| n_xiaomi_china/);
	});

	it('shows the ambiguous "last Friday" as ambiguous on the timeline', () => {
		const timeline = overviewDiagrams(xiaomi).find((d) => d.kind === 'timeline');
		expect(timeline?.source).toContain('3 December 2021 or 10 December 2021 (ambiguous) : Change – International regions');
		expect(timeline?.source).toContain('2021 (year only) : Change – Lei Jun hands Software and Experience');
	});

	it('shows the seven unnamed executives as one counted group, not as people', () => {
		const reports = overviewDiagrams(xiaomi).find((d) => d.kind === 'direct-reports');
		expect(reports?.source).toContain('n_seven_direct_reports(["7 × Senior executives at the<br/>business level (unnamed)"])');
		expect(reports?.source).toMatch(/class n_seven_direct_reports group/);
	});

	it('groups the new sales department by district and by channel, with India moving in', () => {
		const unit = overviewDiagrams(xiaomi).find((d) => d.kind === 'unit-restructure');
		expect(unit?.source).toContain('subgraph g_region["Regions, divided by district"]');
		expect(unit?.source).toContain('subgraph g_business_line["Teams divided by channel"]');
		expect(unit?.facts).toContain('After: Indian regional operations department is part of International sales department.');
	});
});
