import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE } from '../../test/helpers/reportFolders.ts';
import { parseCsvStrict } from '../../test/helpers/rfc4180.ts';
import { changesCsv, CSV_COLUMNS, csvField, neutraliseFormula } from './csv.ts';

describe('CSV of the changes', () => {
	it('neutralises every cell a spreadsheet would run, and only those', () => {
		for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
			expect(neutraliseFormula(formula)).toBe(`'${formula}`);
		for (const text of ['Lei Jun', '2021-12-10', 'a=b', "'quoted", '']) expect(neutraliseFormula(text)).toBe(text);
	});

	it('quotes a field with a comma, quote or line break, after neutralising it', () => {
		expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField('plain')).toBe('plain');
	});

	it('writes the hostile fixture so a strict RFC 4180 reader gets every value back, formulas as text', () => {
		const bundle = loadReport(FIXTURE).bundle as ReportBundle;
		const [header, ...rows] = parseCsvStrict(changesCsv(bundle, 'https://news.example'));
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(bundle.changes.length);
		const hostile = rows.find((r) => r[0] === 'global-sales-created') as string[];
		expect(hostile[header.indexOf('title')]).toBe(
			`'${bundle.changes.find((c) => c.id === 'global-sales-created')?.title}`,
		);
		expect(hostile[header.indexOf('title')].startsWith("'=HYPERLINK(")).toBe(true);
		for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('splits each date into the earliest and latest day, its precision and whether it is ambiguous', () => {
		const bundle = loadReport(FIXTURE).bundle as ReportBundle;
		const [header, ...rows] = parseCsvStrict(changesCsv(bundle, 'https://news.example'));
		const col = (row: string[], name: string) => row[header.indexOf(name)];
		const month = rows.find((r) => r[0] === 'global-sales-created') as string[];
		// "about January 2030": the whole month, approximate.
		expect([
			col(month, 'date_earliest'),
			col(month, 'date_latest'),
			col(month, 'date_precision'),
			col(month, 'date_approximate'),
		]).toEqual(['2030-01-01', '2030-01-31', 'month', 'true']);
		for (const row of rows) expect(col(row, 'date_earliest') <= col(row, 'date_latest')).toBe(true);
	});
});

describe('the strict RFC 4180 reader the tests use', () => {
	it('rejects what a lenient reader would guess at', () => {
		expect(() => parseCsvStrict('a,b\r\n1,2\n')).toThrow(/bare field holds "\\n"/);
		expect(() => parseCsvStrict('a,b\r\n1,x"y\r\n')).toThrow(/must be quoted/);
		expect(() => parseCsvStrict('a,b\r\n"1"x,2\r\n')).toThrow(/after a closing quote/);
		expect(() => parseCsvStrict('a,b\r\n1\r\n')).toThrow(/has 1 fields, the header 2/);
		expect(() => parseCsvStrict('a,b\r\n1,2')).toThrow(/CRLF/);
		expect(parseCsvStrict('a,b\r\n"x, ""y""\r\nz",\r\n')).toEqual([
			['a', 'b'],
			['x, "y"\r\nz', ''],
		]);
	});
});
