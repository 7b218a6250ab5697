/**
 * The timeline of a report's dated events and changes, as a Mermaid gantt chart. Question it answers: "What
 * happened when, and how exactly do we know the date?" Each date is drawn with its precision: a day as a point
 * (a diamond), a month or a year as a bar over the whole month or year, and an either-or date as one diamond per
 * reading on one row each, labelled "reading 1 of 2". Epilogue events, years after the report, would stretch the
 * axis until the report's own months were a sliver; they are listed in the text equivalent instead, and the
 * description says so.
 */
import { compareDates, dateInWords, formatDate, formatReading, precisionOf, spanOf } from '../model/dates.ts';
import type { FuzzyDate, ReportBundle } from '../model/schema.ts';
import { accText, timelineText } from './escape.ts';
import type { LookName } from '../render/mermaidConfig.ts';
import { legend } from './legend.ts';
import type { Diagram } from './types.ts';

interface Item {
	date: FuzzyDate;
	text: string;
	epilogue: boolean;
	change: boolean;
}

const DAY_MS = 86_400_000;

/** The words for a date, its precision said by its form ("December 2021", "3 or 10 December 2021"); see model/dates.ts. */
export const dateWithPrecision: (date: FuzzyDate) => string = dateInWords;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A reading in few characters, so the event's own words fit: "12 Nov 2021", "Dec 2020", "2021". */
function shortReading(value: string): string {
	return formatReading(value).replace(/([A-Z][a-z]{2})[a-z]+/, '$1');
}

/** The gantt rows of one item: a milestone for a day, a bar for a month or a year, one milestone per reading. */
function rows(item: Item, n: number): string[] {
	const name = (date: string) => `  ${timelineText(`${date} – ${item.change ? 'Change – ' : ''}${item.text}`)}`;
	if ('oneOf' in item.date) {
		const count = item.date.oneOf.length;
		return item.date.oneOf.map((value, i) => `${name(`${shortReading(value)} (reading ${i + 1} of ${count})`)} :milestone, t${n}r${i}, ${value}, 0d`);
	}
	const { first, last } = spanOf(item.date.value);
	const precision = precisionOf(item.date.value);
	const date = `${item.date.approximate ? 'about ' : ''}${shortReading(item.date.value)}${precision === 'day' ? '' : ` (${precision} only)`}`;
	if (first === last) return [`${name(date)} :milestone, t${n}, ${iso(first)}, 0d`];
	return [`${name(date)} :t${n}, ${iso(first)}, ${iso(last + DAY_MS)}`];
}

/** The timeline diagram of a report. */
export function timeline(bundle: ReportBundle): Diagram {
	const items: Item[] = [
		...bundle.events.map((e) => ({ date: e.date, text: e.title, epilogue: e.epilogue, change: false })),
		...bundle.changes.map((c) => ({ date: c.date, text: c.title, epilogue: false, change: true })),
	].sort((a, b) => compareDates(a.date, b.date) || a.text.localeCompare(b.text));
	const drawn = items.filter((i) => !i.epilogue);
	const later = items.length - drawn.length;
	const span = drawn.length > 0 ? `from ${formatDate(drawn[0].date)} to ${formatDate(drawn[drawn.length - 1].date)}` : '';
	const description =
		`${drawn.length} dated events and changes ${span}: a diamond is a date known to the day, a bar a date known only to the month or year, two diamonds an either-or date.` +
		(later > 0 ? ` ${later} later epilogue event${later === 1 ? ' is' : 's are'} listed in the text below, not drawn.` : '');
	const title = accText(`What happened when: ${drawn.length} dated events and changes, each as precise as its source`);
	const out = ['gantt', `  accTitle: ${title}`, `  accDescr: ${accText(description)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %b %Y', '  tickInterval 2month', '  todayMarker off'];
	// One chronological list, no sections: section titles sit in a left column that labels placed left of a late
	// diamond would run into.
	let n = 0;
	for (const item of drawn) out.push(...rows(item, n++));
	const looks = new Set<LookName>(drawn.map((i) => ('oneOf' in i.date || precisionOf(i.date.value) === 'day' ? 'day' : 'span')));
	return {
		id: 'dated-events',
		reportId: bundle.report.id,
		kind: 'timeline',
		title,
		description: accText(description),
		source: `${out.join('\n')}\n`,
		edgeStyles: {},
		facts: items.map((i) => `${dateWithPrecision(i.date)}: ${i.epilogue ? 'epilogue, ' : ''}${i.text}.`),
		legend: legend().filter((entry) => looks.has(entry.style)),
	};
}
