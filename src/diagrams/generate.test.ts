import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { expectGolden } from '../../test/helpers/golden.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { allDiagrams, overviewDiagrams } from './generate.ts';
import { timelineMisfits } from './timeline.ts';

/** Golden files hold the expected Mermaid text (test/helpers/golden.ts); UPDATE_GOLDEN=1 rewrites them after a deliberate change. */
const GOLDEN = join(process.cwd(), 'src', 'diagrams', 'golden');

const bundles: Record<string, ReportBundle> = {
	'xiaomi-2021-12': loadReport(XIAOMI_FIXTURE).bundle as ReportBundle,
	'northwind-2030-01': loadReport(FIXTURE).bundle as ReportBundle,
	// Stress fixtures of the org chart: one head over 26 units with a second level, and heads that change, not units.
	'kestrel-2032-05': loadReport(join(FIXTURE, '..', 'kestrel-2032-05')).bundle as ReportBundle,
	'heron-2033-02': loadReport(join(FIXTURE, '..', 'heron-2033-02')).bundle as ReportBundle,
	// Every change kind, planned changes and open questions.
	'ferrow-2032-05': loadReport(join(process.cwd(), 'test', 'fixtures', 'reports', 'ferrow-2032-05'))
		.bundle as ReportBundle,
	// A timeline over 21 years (1997–2018) with seven events and two changes on one day.
	'osprey-2018-06': loadReport(join(FIXTURE, '..', 'osprey-2018-06')).bundle as ReportBundle,
	// 150 changes (the benchmark's synthetic generator, written once): an org chart split into an overview and five.
	'synthetic-150': loadReport(join(FIXTURE, '..', 'synthetic-150')).bundle as ReportBundle,
};

/** The change diagrams of the 150-change report kept as golden files: a sample, the rest are drawn alike. */
const SAMPLED = new Set([
	'change-team-0-moves',
	'change-team-1-moves',
	'change-team-3-moves',
	'change-team-75-moves',
	'change-team-149-moves',
]);
const goldenOf = (reportId: string, diagrams: ReturnType<typeof allDiagrams>) =>
	reportId === 'synthetic-150' ? diagrams.filter((d) => d.kind !== 'change' || SAMPLED.has(d.id)) : diagrams;

describe.each(Object.entries(bundles))('diagrams of %s', (reportId, bundle) => {
	const diagrams = allDiagrams(bundle);

	it.each(goldenOf(reportId, diagrams).map((d) => [d.id, d] as const))(
		'%s matches its golden Mermaid file',
		(id, diagram) => {
			expectGolden(join(GOLDEN, `${reportId}/${id}.mmd`), diagram.source);
		},
	);

	it.each(
		goldenOf(reportId, diagrams)
			.filter((d) => d.narrow && d.kind !== 'org-before' && d.kind !== 'org-after')
			.map((d) => [d.id, d] as const),
	)('%s has a narrow layout matching its golden Mermaid file', (id, diagram) => {
		expectGolden(join(GOLDEN, `${reportId}/${id}.narrow.mmd`), diagram.narrow?.source ?? '');
	});

	it('gives every diagram but the org charts a narrow layout of the same legend', () => {
		for (const d of diagrams.filter((x) => x.kind !== 'org-before' && x.kind !== 'org-after')) {
			expect(d.narrow?.source, d.id).toMatch(/^flowchart (?:TB|LR)$/m);
			expect(d.narrow?.source, d.id).toMatch(/^ {2}accTitle: .+\n {2}accDescr: .+$/m);
		}
	});

	it('has unique diagram ids and an accessible title and description on each', () => {
		expect(new Set(diagrams.map((d) => d.id)).size).toBe(diagrams.length);
		for (const d of diagrams) {
			expect(d.title.length).toBeGreaterThan(0);
			expect(d.facts.length).toBeGreaterThan(0);
			expect(d.source).toMatch(/^ {2}accTitle: .+\n {2}accDescr: .+$/m);
		}
	});

	it('cuts no timeline entry, wide or down the page, and finds none that needs a short title', () => {
		const drawn = diagrams.find((d) => d.kind === 'timeline');
		for (const source of [drawn?.source ?? '', drawn?.narrow?.source ?? ''])
			expect(source.split('\n').filter((line) => line.includes('…'))).toEqual([]);
		expect(timelineMisfits(bundle)).toEqual([]);
	});

	it('is generated the same way twice', () => {
		expect(allDiagrams(bundle).map((d) => d.source)).toEqual(diagrams.map((d) => d.source));
	});
});

describe('the timeline over 21 years with seven events on one day', () => {
	const timeline = allDiagrams(bundles['osprey-2018-06']).find((d) => d.kind === 'timeline');

	it('ticks every January, labelled by the year in two digits, and keeps every entry whole', () => {
		expect(timeline?.source).toMatch(/^ {2}axisFormat ’%y$/m);
		expect(timeline?.source).toMatch(/^ {2}tickInterval 12month$/m);
		expect(timeline?.source).not.toContain('…');
		expect(timeline?.narrow?.source).not.toContain('…');
		expect(timeline?.source.match(/:milestone, t\d+, 2018-06-01, 0d$/gm)).toHaveLength(9);
	});

	it('keeps two-monthly ticks for a span of a year', () => {
		expect(allDiagrams(bundles['xiaomi-2021-12']).find((d) => d.kind === 'timeline')?.source).toMatch(
			/^ {2}tickInterval 2month$/m,
		);
	});
});

describe('the five kinds of diagram for the Xiaomi report', () => {
	const xiaomi = bundles['xiaomi-2021-12'];

	it("runs the timeline down the page on phones: one whole entry per mark, oldest first, in its date's look", () => {
		const timeline = allDiagrams(xiaomi).find((d) => d.kind === 'timeline');
		const wide = timeline?.source.split('\n').filter((l) => /:(?:milestone, )?t\d+/.test(l)) ?? [];
		const narrow = timeline?.narrow?.source ?? '';
		const entries = narrow.split('\n').filter((l) => /^ {2}t\d+\[/.test(l));
		expect(entries).toHaveLength(wide.length);
		expect(narrow).not.toContain('…');
		expect(entries[0]).toMatch(/Dec 2020 \(month only\)/);
		expect(narrow).toMatch(/^ {2}class [\w,]+ day$/m);
		expect(narrow).toMatch(/^ {2}class [\w,]+ span$/m);
	});
	const kinds = new Set(allDiagrams(xiaomi).map((d) => d.kind));

	it('covers org before and after, one diff per change, the timeline, direct reports and the restructure', () => {
		for (const kind of ['org-after', 'change', 'timeline', 'direct-reports', 'unit-restructure'])
			expect(kinds).toContain(kind);
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

	it('draws one org chart: each unit once with its head inside, under the one box above it', () => {
		const org = allDiagrams(xiaomi).filter((d) => d.kind.startsWith('org'));
		expect(org.map((d) => d.id)).toEqual(['org-after']);
		const source = org[0].source;
		expect(source).toContain('n_xiaomi_china["Xiaomi China<br/>中国区<br/>Head: Lu Weibing 卢伟冰"]');
		expect(source).toContain('n_xiaomi["Xiaomi<br/>Head: Lei Jun 雷军"]');
		// People who lead a unit sit inside it; only those who lead none get a box (Wang Xiang, President of Xiaomi).
		expect(source).not.toMatch(/n_lu_weibing|n_lei_jun|n_adam_zeng|n_xiang_zheng/);
		expect(source).toMatch(/n_wang_xiang\("Wang Xiang<br\/>王翔"\)/);
		const parents = new Map<string, string[]>();
		for (const [, upper, lower] of source.matchAll(/^ +(\w+) e\d+@(?:---|-\.-) (\w+)$/gm))
			parents.set(lower, [...(parents.get(lower) ?? []), upper]);
		for (const [box, above] of parents) expect(above, box).toHaveLength(1);
		expect(parents.get('n_youpin')).toEqual(['n_xiaomi_china']);
		expect(parents.get('n_business_middle_platform')).toEqual(['n_information_technology']);
		expect(parents.get('n_xiaomi_china')).toEqual(['n_xiaomi']);
		// The four parts of the new sales department hang in one column under it, not four boxes in a row.
		expect(parents.get('column_international_sales_0')).toEqual(['n_international_sales']);
		expect(source).toMatch(
			/subgraph column_international_sales_0 \[" "\]\n {4}direction TB\n(?: {2}n_\w+\[.*\n){4}/,
		);
	});

	it('says in the one chart where each moved unit sat before, and draws amber only what moved', () => {
		const source = allDiagrams(xiaomi).find((d) => d.id === 'org-after')?.source ?? '';
		expect(source).toContain('n_youpin["Youpin E-commerce<br/>有品电商部<br/>Before: reported to Lei Jun"]');
		expect(source).toContain('Reports to Wang Xiang<br/>Before: reported to Lei Jun"]');
		expect(source).toContain('<br/>Before: in<br/>International Business"]');
		const amber = source
			.match(/^ {2}class ([\w,]+) changed$/m)?.[1]
			.split(',')
			.sort();
		expect(amber).toEqual([
			'n_business_middle_platform',
			'n_india_operations',
			'n_international_ecommerce',
			'n_operators_bd',
			'n_overseas_regions',
			'n_software_experience',
			'n_youpin',
		]);
		expect(source).toMatch(/^ {2}class n_international_sales created$/m);
		expect(source).not.toMatch(/~~~ n_(?!overseas|international_ecommerce|operators|india|wang|seven)/);
	});

	it('lists in each legend only what the diagram draws', () => {
		const legend = (id: string) =>
			allDiagrams(xiaomi)
				.find((d) => d.id === id)
				?.legend.map((e) => e.style);
		expect(legend('change-india-to-international-sales')).toEqual(['new', 'changed', 'created']);
		expect(legend('org-after')).toEqual(['plain', 'person', 'group', 'changed', 'created']);
		expect(legend('dated-events')).toEqual(['day', 'span']);
	});

	it('draws each timeline date as precise as it is: a day as a point, a month or year as a span, either-or as two points', () => {
		const timeline = overviewDiagrams(xiaomi).find((d) => d.kind === 'timeline')?.source ?? '';
		expect(timeline).toMatch(
			/^ {2}3 Dec 2021 \(reading 1 of 2\) – Change – International regions.* :milestone, t\w+, 2021-12-03, 0d$/m,
		);
		expect(timeline).toMatch(
			/^ {2}10 Dec 2021 \(reading 2 of 2\) – Change – International regions.* :milestone, t\w+, 2021-12-10, 0d$/m,
		);
		// The title does not fit inside the year's bar: the author's short title does, and the text keeps the title.
		expect(timeline).toMatch(
			/^ {2}2021 \(year only\) – Change – Lei Jun hands MIUI to the Smartphone Department, under Adam Zeng :t\d+, 2021-01-01, 2022-01-01$/m,
		);
		expect(overviewDiagrams(xiaomi).find((d) => d.kind === 'timeline')?.facts).toContain(
			'2021: Lei Jun hands Software and Experience (MIUI) to the Smartphone Department, under Adam Zeng.',
		);
		expect(timeline).toMatch(
			/^ {2}Dec 2020 \(month only\) – The Business Middle Platform.* :t\d+, 2020-12-01, 2021-01-01$/m,
		);
		expect(timeline).toMatch(/^ {2}30 Mar 2021 – Xiaomi announces.* :milestone, t\d+, 2021-03-30, 0d$/m);
	});

	it('draws Chinese names as a second line: a person’s always, a unit’s only where a source gives it', () => {
		const source = allDiagrams(xiaomi).find((d) => d.id === 'org-after')?.source ?? '';
		expect(source).toContain('Head: Lei Jun 雷军"]');
		expect(source).toContain('n_youpin["Youpin E-commerce<br/>有品电商部<br/>');
		// 业务中台部 is in the data without a source: not drawn as if it were sourced.
		expect(source).toContain('n_business_middle_platform["Business Middle<br/>Platform<br/>Reports to');
	});

	it('shows the seven unnamed executives as one counted group, not as people', () => {
		const reports = overviewDiagrams(xiaomi).find((d) => d.kind === 'direct-reports');
		expect(reports?.source).toMatch(/n_seven_direct_reports\(\["7 × Senior<br\/>[^"]*\(unnamed\)"\]\)/);
		expect(reports?.source).toMatch(/class n_seven_direct_reports group/);
	});

	it('groups the new sales department by district and by channel, with India moving in', () => {
		const unit = overviewDiagrams(xiaomi).find((d) => d.kind === 'unit-restructure');
		expect(unit?.facts).toContain(
			'Regions, divided by district: Overseas sales regions, divided by district; Indian regional operations department.',
		);
		expect(unit?.facts.some((f) => f.startsWith('Teams divided by channel: '))).toBe(true);
		expect(unit?.source).not.toContain('subgraph');
		expect(unit?.facts).toContain(
			'After: Indian regional operations department is part of International sales department.',
		);
	});
});
