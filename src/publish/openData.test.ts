import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { oembed } from './embed.ts';
import { publishChanges } from '../model/publish.ts';
import { DataIndex, dataIndex, OEmbed, publishedSchemas, ReportData, reportData } from './openData.ts';

const SITE = 'https://news.example';
const bundles = [XIAOMI_FIXTURE, FIXTURE].map((f) => loadReport(f).bundle as ReportBundle);

describe('the open data and its contract', () => {
	it('publishes data that its own zod schema accepts, with nothing extra (strict objects)', () => {
		for (const bundle of bundles) {
			const result = ReportData.safeParse(reportData(bundle, SITE));
			expect(result.error?.issues.slice(0, 5) ?? []).toEqual([]);
		}
		expect(DataIndex.safeParse(dataIndex(bundles, SITE)).error?.issues ?? []).toEqual([]);
		const change = publishChanges(bundles[0], new URL(SITE))[0];
		expect(OEmbed.safeParse(oembed(bundles[0], change)).error?.issues ?? []).toEqual([]);
	});

	it('rejects a change with a field the contract does not name', () => {
		const data = reportData(bundles[0], SITE);
		const extra = { ...data, changes: [{ ...data.changes[0], secret: 1 }, ...data.changes.slice(1)] };
		expect(ReportData.safeParse(extra).success).toBe(false);
	});

	it('generates draft 2020-12 schemas whose $id is their public URL, with no format a validator would not know', () => {
		const schemas = publishedSchemas();
		expect(Object.keys(schemas).sort()).toEqual([
			'data-index.schema.json',
			'oembed.schema.json',
			'report-data.schema.json',
		]);
		for (const [file, text] of Object.entries(schemas)) {
			const schema = JSON.parse(text) as { $schema: string; $id: string; required: string[] };
			expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
			expect(schema.$id).toMatch(new RegExp(`/schemas/${file.replace(/\./g, '\\.')}$`));
			expect(schema.required).toContain('$schema');
			const formats = [...text.matchAll(/"format": "([^"]+)"/g)].map((m) => m[1]);
			for (const format of formats) expect(['uri', 'date', 'date-time', 'email']).toContain(format);
		}
	});

	it('names each published file’s schema in $schema', () => {
		expect(reportData(bundles[0], SITE).$schema).toBe(`${SITE}/schemas/report-data.schema.json`);
		expect(dataIndex(bundles, SITE).$schema).toBe(`${SITE}/schemas/data-index.schema.json`);
	});
});
