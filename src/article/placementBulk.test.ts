import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { articleDiagrams, BULK_BOXES, boxesOf, drawnElsewhere } from './placement.ts';

const bulk = loadReport(join(FIXTURE, '..', 'synthetic-150')).bundle as ReportBundle;
const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;

describe('what an article of many changes leaves to other pages', () => {
	it('draws every diagram of a report of six changes in its article', () => {
		const { overview, changes } = articleDiagrams(xiaomi);
		expect([...overview, ...changes.map((c) => c.diagram)].filter((d) => drawnElsewhere(xiaomi, d))).toEqual([]);
	});

	it('leaves 150 change diagrams, the five division charts, and the overviews of more than 40 boxes to their pages', () => {
		const { overview, changes } = articleDiagrams(bulk);
		expect(changes.every((c) => drawnElsewhere(bulk, c.diagram))).toBe(true);
		expect(overview.filter((d) => !drawnElsewhere(bulk, d)).map((d) => d.id)).toEqual([
			'org-after',
			'unit-c150-new-group',
		]);
		expect(overview.filter((d) => d.id.startsWith('org-after-')).every((d) => boxesOf(d) <= BULK_BOXES)).toBe(true);
		expect(boxesOf(overview.find((d) => d.kind === 'timeline')!)).toBe(150);
	});
});
