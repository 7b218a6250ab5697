import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../config.ts';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { layoutsOf } from './layouts.ts';
import { orgCharts } from './orgChart.ts';

/** The narrow layouts' golden files sit beside the wide ones, as <diagram id>.narrow.mmd; UPDATE_GOLDEN=1 rewrites them. */
const GOLDEN = join(process.cwd(), 'src', 'diagrams', 'golden');
const reports: Record<string, string> = {
	'xiaomi-2021-12': XIAOMI_FIXTURE,
	'northwind-2030-01': FIXTURE,
	'kestrel-2032-05': join(FIXTURE, '..', 'kestrel-2032-05'),
	'heron-2033-02': join(FIXTURE, '..', 'heron-2033-02'),
};

describe.each(Object.entries(reports))('the org chart of %s on a phone', (reportId, dir) => {
	const bundle = loadReport(dir).bundle as ReportBundle;
	const narrow = orgCharts(bundle)
		.flatMap(layoutsOf)
		.filter((l) => l.layout === 'narrow');

	it('has a narrow layout for every chart, matching its golden file', () => {
		expect(narrow.length).toBe(orgCharts(bundle).length);
		for (const layout of narrow) {
			const path = join(GOLDEN, reportId, `${layout.id}.mmd`);
			if (config.updateGolden || !existsSync(path)) {
				if (config.ci && !existsSync(path))
					throw new Error(`golden file ${path} is missing: run UPDATE_GOLDEN=1 npm run test:unit`);
				mkdirSync(join(path, '..'), { recursive: true });
				writeFileSync(path, layout.source);
			}
			expect(layout.source).toBe(readFileSync(path, 'utf8'));
		}
	});

	it('draws the same boxes as the wide chart, each child of two or more in its parent’s frame', () => {
		for (const chart of orgCharts(bundle)) {
			const boxes = (source: string) => [...source.matchAll(/^ {2}(n_\w+)[[(]/gm)].map((m) => m[1]).sort();
			expect(boxes(chart.narrow?.source ?? '')).toEqual(boxes(chart.source));
			// No box stands beside another: siblings are chained one under the next inside a frame.
			const frames = [...(chart.narrow?.source ?? '').matchAll(/^ {2}subgraph (column_\w+_hanging) /gm)].map(
				(m) => m[1],
			);
			for (const frame of frames)
				expect(chart.narrow?.source).toMatch(new RegExp(`^ {2}n_\\w+ e\\d+@--- ${frame}$`, 'm'));
		}
	});
});
