import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { atomFeed, changeTag, changeUpdated, feedEntries, reportUpdated } from './feed.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;

describe('the Atom feeds', () => {
	it('give entries tag: ids that no host or path changes, and keep a renamed change’s first id', () => {
		const a = atomFeed([xiaomi], undefined, 'https://a.example');
		const b = atomFeed([xiaomi], undefined, 'https://b.example');
		const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
		expect(ids(a)).toEqual(ids(b));
		expect(ids(a)[0]).toBe('tag:reorg-lens,2026:feed');
		expect(changeTag('northwind-2030-01', { id: 'labs-into-devices', formerIds: ['labs-merge'] })).toBe(
			'tag:reorg-lens,2026:reports/northwind-2030-01/changes/labs-merge',
		);
	});

	it('put entries newest first by the latest day each date allows', () => {
		const entries = feedEntries([xiaomi, fixture], 'https://a.example');
		const ids = entries.map((e) => e.change.id);
		// The fixture's changes (2030) come before Xiaomi's (2021); "2021" (a year) may be as late as 31 December.
		expect(ids.slice(0, 2).sort()).toEqual(['global-sales-created', 'labs-into-devices']);
		expect(ids[2]).toBe('miui-to-smartphone');
	});

	it('date an entry by when its change had certainly happened, never by a day invented from a year', () => {
		expect(reportUpdated(xiaomi)).toBe('2021-12-10T23:59:59Z');
		const yearOnly = { ...xiaomi, report: { ...xiaomi.report, published: { value: '2021', approximate: false } } };
		expect(reportUpdated(yearOnly)).toBe('2021-12-31T23:59:59Z');
		const byId = (id: string) => xiaomi.changes.find((c) => c.id === id)!;
		// Dated 2021-11-12 (a day), and "2021" (a year) which the report of 10 December caps.
		expect(changeUpdated(xiaomi, byId('youpin-to-xiaomi-china'))).toBe('2021-11-12T23:59:59Z');
		expect(changeUpdated(xiaomi, byId('miui-to-smartphone'))).toBe('2021-12-10T23:59:59Z');
		const xml = atomFeed([xiaomi], undefined, 'https://a.example', () => undefined);
		expect(xml).not.toContain('dc:date');
		expect(xml).not.toContain('2021-01-01T00:00:00Z');
		const instants = [...xml.matchAll(/<(published|updated)>([^<]+)</g)].map((m) => m[2]);
		for (const instant of instants) expect(instant).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		const entryDates = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)</g)].map((m) => m[1]);
		expect(entryDates).toEqual([...entryDates].sort().reverse());
		expect(new Set(entryDates).size).toBeGreaterThan(1);
	});

	it('keep each date as the report gives it, with its precision, in the entry’s words', () => {
		const xml = atomFeed([xiaomi], undefined, 'https://a.example', () => undefined);
		const summaries = [...xml.matchAll(/<summary>([^<]+)</g)].map((m) => m[1]);
		expect(summaries.some((s) => s.startsWith('2021 (year only)') || s.startsWith('2021:'))).toBe(true);
	});

	it('move the feed’s updated when a report is added, even an older one', () => {
		const before = atomFeed([xiaomi], undefined, 'https://a.example', () => undefined);
		const after = atomFeed([xiaomi, fixture], undefined, 'https://a.example', (id) =>
			id === fixture.report.id ? '2032-05-01T08:00:00Z' : '2026-01-02T00:00:00Z',
		);
		const feedUpdated = (xml: string) => xml.match(/<\/author>|<updated>([^<]+)<\/updated>/)?.[1];
		expect(feedUpdated(before)).toBe('2021-12-10T23:59:59Z');
		expect(feedUpdated(after)).toBe('2032-05-01T08:00:00Z');
	});

	it('escape hostile titles', () => {
		const xml = atomFeed([fixture], fixture, 'https://a.example');
		// The fixture's title: Labs "]--> merges into Devices %% click
		expect(xml).toContain('<title>Labs &quot;]--&gt; merges into Devices %% click</title>');
		expect(xml).not.toMatch(/]-->/);
	});
});
