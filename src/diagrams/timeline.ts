/**
 * The timeline of a report's dated events and changes, each with its precision: a date known to the year or the
 * month says so, an approximate one says "about", and an ambiguous one shows every reading.
 */
import { compareDates, formatDate, precisionOf } from '../model/dates.ts';
import type { FuzzyDate, ReportBundle } from '../model/schema.ts';
import { accText, timelineText } from './escape.ts';
import type { Diagram } from './types.ts';

interface Item {
	date: FuzzyDate;
	text: string;
	epilogue: boolean;
	change: boolean;
}

/** The words for a date with its precision made explicit. */
export function dateWithPrecision(date: FuzzyDate): string {
	if ('oneOf' in date) return `${formatDate(date)} (ambiguous)`;
	const precision = precisionOf(date.value);
	const base = formatDate(date);
	return precision === 'day' ? base : `${base} (${precision} only)`;
}

/** The timeline diagram of a report. */
export function timeline(bundle: ReportBundle): Diagram {
	const items: Item[] = [
		...bundle.events.map((e) => ({ date: e.date, text: e.title, epilogue: e.epilogue, change: false })),
		...bundle.changes.map((c) => ({ date: c.date, text: c.title, epilogue: false, change: true })),
	].sort((a, b) => compareDates(a.date, b.date) || a.text.localeCompare(b.text));
	const description = `${items.length} dated events and changes from ${formatDate(items[0].date)} to ${formatDate(items[items.length - 1].date)}, each with the precision of its date.`;
	const out = ['timeline TD', `  title ${timelineText('Dated events and changes')}`];
	// No year sections: in the top-down layout they overlap the rows, and every date carries its year anyway.
	for (const item of items) {
		const text = `${item.epilogue ? 'Epilogue – ' : item.change ? 'Change – ' : ''}${item.text}`;
		out.push(`  ${timelineText(dateWithPrecision(item.date))} : ${timelineText(text)}`);
	}
	return {
		id: 'dated-events',
		reportId: bundle.report.id,
		kind: 'timeline',
		title: accText(`Timeline: ${items.length} dated events and changes`),
		description: accText(description),
		source: `${out.join('\n')}\n`,
		edgeStyles: {},
		facts: items.map((i) => `${dateWithPrecision(i.date)}: ${i.epilogue ? 'epilogue, ' : ''}${i.text}.`),
		legend: [],
	};
}
