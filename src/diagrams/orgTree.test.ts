import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticReport } from '../../bench/corpus.ts';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { collapsedBoxes, orgCharts } from './orgChart.ts';
import { columns, MAX_SLOTS, slots } from './orgLayout.ts';
import { boxLines, movesBetween } from './orgMoves.ts';
import { ancestors, orgTree } from './orgTree.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const heron = loadReport(join(FIXTURE, '..', 'heron-2033-02')).bundle as ReportBundle;

describe('the org chart’s tree', () => {
	const before = orgTree(xiaomi, 'before');
	const after = orgTree(xiaomi, 'after');

	it('puts heads inside the units they lead, and gives a box only to people who lead none', () => {
		expect(after.boxes.get('xiaomi-china')?.heads).toEqual(['lu-weibing']);
		expect(after.boxes.get('international-business')?.heads).toEqual(['lu-weibing']);
		expect(after.boxes.has('lu-weibing')).toBe(false);
		expect(after.boxes.has('lei-jun')).toBe(false);
		// Wang Xiang leads no unit and reports to no one in the data: his role (President of Xiaomi) places him.
		expect(after.boxes.get('wang-xiang')?.parent).toBe('xiaomi');
		expect(after.roots).toEqual(['xiaomi']);
	});

	it('hangs a unit under the unit it is part of, else under the box of whoever it reports to', () => {
		expect(before.boxes.get('youpin')?.parent).toBe('xiaomi');
		expect(before.boxes.get('youpin')?.via?.id).toBe('youpin-reports-to-lei-jun');
		expect(after.boxes.get('youpin')?.parent).toBe('xiaomi-china');
		expect(after.boxes.get('youpin')?.alsoReportsTo).toEqual([]);
		// The Middle Platform is part of IT but reports to Wang Xiang, who does not head IT: that stays in words.
		expect(after.boxes.get('business-middle-platform')?.alsoReportsTo).toEqual(['wang-xiang']);
		expect(ancestors(after, 'india-operations')).toEqual([
			'international-sales',
			'international-business',
			'xiaomi',
		]);
	});

	it('leaves out units the changes create when drawing the state before them', () => {
		expect(before.boxes.has('international-sales')).toBe(false);
		expect(after.boxes.has('international-sales')).toBe(true);
	});

	it('counts as moved exactly the units whose box above changed, and says where they sat', () => {
		const moves = movesBetween(xiaomi, before, after);
		expect([...moves.keys()].sort()).toEqual([
			'business-middle-platform',
			'india-operations',
			'international-ecommerce',
			'operators-bd',
			'overseas-regions',
			'software-experience',
			'youpin',
		]);
		// Names are held together (one piece while lines wrap), so match any joiner between their words.
		expect(moves.get('youpin')?.before).toMatch(/^Before: reported to Lei.Jun$/);
		expect(moves.get('overseas-regions')?.before).toMatch(/^Before: in International.Business$/);
		expect(moves.get('india-operations')?.before).toBe('Before: place not reported');
	});

	it('names a new head and the head before, and moves nothing, when people change roles', () => {
		const [b, a] = [orgTree(heron, 'before'), orgTree(heron, 'after')];
		expect(movesBetween(heron, b, a).size).toBe(0);
		const news = a.boxes.get('heron-news');
		expect(news && boxLines(heron, news, b, undefined)).toEqual(['Head: Tom Bell (new)', 'Head before: Ines Marr']);
	});
});

describe('columns of boxes', () => {
	it('keeps up to six in one column, then splits evenly, and grows columns past the most allowed', () => {
		expect(columns([1, 2, 3, 4]).map((c) => c.length)).toEqual([4]);
		expect(columns(Array.from({ length: 13 }, (_, i) => i)).map((c) => c.length)).toEqual([5, 5, 3]);
		expect(
			columns(
				Array.from({ length: 23 }, (_, i) => i),
				2,
			).map((c) => c.length),
		).toEqual([12, 11]);
		expect(columns(Array.from({ length: 23 }, (_, i) => i)).flat()).toEqual(
			Array.from({ length: 23 }, (_, i) => i),
		);
	});
});

describe('an org chart too wide for one screen', () => {
	const dir = writeSyntheticReport(mkdtempSync(join(tmpdir(), 'reorg-org-')), 7, 150);
	const bundle = loadReport(dir).bundle as ReportBundle;
	const charts = orgCharts(bundle);

	it('is split: an overview that fits, then one chart for each box it collapses', () => {
		const tree = orgTree(bundle, 'after');
		expect(tree.roots.reduce((n, id) => n + slots(tree, id), 0)).toBeGreaterThan(MAX_SLOTS);
		expect(charts.map((c) => c.id)).toEqual([
			'org-after',
			...[0, 1, 2, 3, 4].map((d) => `org-after-c7-division-${d}`),
		]);
		const collapsed = collapsedBoxes(tree);
		expect(tree.roots.reduce((n, id) => n + slots(tree, id, collapsed), 0)).toBeLessThanOrEqual(MAX_SLOTS);
		expect(charts[0].source).toContain(
			'n_c7_division_0["Division 1<br/>Head: Executive 1<br/>33 below (32 moved),<br/>in a chart of its own"]',
		);
		expect(charts[0].source).not.toContain('n_c7_team_');
	});

	it('draws every box in exactly one detail chart, each within the width that fits', () => {
		const teams = charts
			.slice(1)
			.flatMap((c) => [...c.source.matchAll(/^ {2}(n_c7_team_\d+)\[/gm)].map((m) => m[1]));
		expect(teams).toHaveLength(150);
		expect(new Set(teams).size).toBe(150);
		const tree = orgTree(bundle, 'after');
		for (const root of collapsedBoxes(tree)) expect(slots(tree, root)).toBeLessThanOrEqual(MAX_SLOTS);
	});

	it('draws the overview for a phone with its top boxes one under another, not side by side', () => {
		const narrow = charts[0].narrow?.source ?? '';
		for (const d of [0, 1, 2, 3])
			expect(narrow).toMatch(new RegExp(`^ {2}n_c7_division_${d} e\\d+@~~~ n_c7_division_${d + 1}$`, 'm'));
	});

	it('draws amber only the units the changes moved: every team, no division, not the new group', () => {
		const amber = charts.flatMap((c) =>
			[...c.source.matchAll(/^ {2}class (\S+) changed$/gm)].flatMap((m) => m[1].split(',')),
		);
		expect(new Set(amber)).toEqual(new Set(Array.from({ length: 150 }, (_, i) => `n_c7_team_${i}`)));
		expect(charts.map((c) => c.source).join('\n')).toMatch(/^ {2}class n_c7_new_group created$/m);
	});
});
