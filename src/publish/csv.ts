/**
 * A report's changes as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled). Spreadsheets run a cell that begins with `=`, `+`, `-` or `@` (and, in some, a tab or
 * carriage return) as a formula, so such a cell is written with a leading apostrophe, which they show as text.
 * Dates are split into columns a program can sort and filter on: the earliest and latest day the date may be,
 * its precision and whether it is ambiguous, beside the wording readers see.
 */
import { boundsOf } from '../model/dates.ts';
import { publishChanges } from '../model/publish.ts';
import type { ReportBundle } from '../model/schema.ts';
import { config } from '../config.ts';

/** The columns, in order. */
export const CSV_COLUMNS = [
	'id',
	'permalink',
	'kind',
	'title',
	'date_earliest',
	'date_latest',
	'date_precision',
	'date_ambiguous',
	'date_approximate',
	'date_text',
	'quote',
	'before',
	'after',
	'people',
	'units',
	'confidence',
	'sources',
] as const;

/** A cell a spreadsheet would run as a formula, neutralised with a leading apostrophe. */
export function neutraliseFormula(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV field: formulas neutralised, quoted when it needs to be. */
export function csvField(value: string): string {
	const safe = neutraliseFormula(value);
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A day as YYYY-MM-DD, from UTC milliseconds. */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The CSV of a report's changes, one row a change, with a header row. */
export function changesCsv(bundle: ReportBundle, site = config.site): string {
	const rows = publishChanges(bundle, new URL(site)).map((c, i) => {
		const { first, last } = boundsOf(bundle.changes[i].date);
		return [
			c.id,
			c.permalink,
			c.kind,
			c.title,
			day(first),
			day(last),
			c.date.precision,
			String(c.date.ambiguous),
			String(c.date.approximate),
			c.date.text,
			c.quote,
			c.before.map((l) => l.text).join('; '),
			c.after.map((l) => l.text).join('; '),
			c.people.join(' '),
			c.units.join(' '),
			c.confidence,
			c.sources.join(' '),
		];
	});
	return `${[[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
