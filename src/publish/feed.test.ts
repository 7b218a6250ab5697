import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReport } from '../model/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE } from '../model/testing.ts';
import { atomFeed, changeTag, feedEntries, reportUpdated } from './feed.ts';

const xiaomi = loadReport(join(process.cwd(), 'content', 'reports', 'xiaomi-2021-12')).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;

describe('the Atom feeds', () => {
	it('give entries tag: ids that no host or path changes, and keep a renamed change’s first id', () => {
		const a = atomFeed([xiaomi], undefined, 'https://a.example');
		const b = atomFeed([xiaomi], undefined, 'https://b.example');
		const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
		expect(ids(a)).toEqual(ids(b));
		expect(ids(a)[0]).toBe('tag:reorg-lens,2026:feed');
		expect(changeTag('northwind-2030-01', { id: 'labs-into-devices', formerIds: ['labs-merge'] })).toBe('tag:reorg-lens,2026:reports/northwind-2030-01/changes/labs-merge');
	});

	it('put entries newest first by the latest day each date allows', () => {
		const entries = feedEntries([xiaomi, fixture], 'https://a.example');
		const ids = entries.map((e) => e.change.id);
		// The fixture's changes (2030) come before Xiaomi's (2021); "2021" (a year) may be as late as 31 December.
		expect(ids.slice(0, 2).sort()).toEqual(['global-sales-created', 'labs-into-devices']);
		expect(ids[2]).toBe('miui-to-smartphone');
	});

	it('date an entry by when its report had certainly appeared, never by a day invented from a year', () => {
		expect(reportUpdated(xiaomi)).toBe('2021-12-10T23:59:59Z');
		const yearOnly = { ...xiaomi, report: { ...xiaomi.report, published: { value: '2021', approximate: false } } };
		expect(reportUpdated(yearOnly)).toBe('2021-12-31T23:59:59Z');
		const xml = atomFeed([xiaomi], undefined, 'https://a.example');
		expect(xml).toContain('<dc:date>2021</dc:date>');
		expect(xml).not.toContain('2021-01-01T00:00:00Z');
	});

	it('escape hostile titles', () => {
		const xml = atomFeed([fixture], fixture, 'https://a.example');
		// The fixture's title: Labs "]--> merges into Devices %% click
		expect(xml).toContain('<title>Labs &quot;]--&gt; merges into Devices %% click</title>');
		expect(xml).not.toMatch(/]-->/);
	});
});
