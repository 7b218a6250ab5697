/**
 * The published form of a report: what the open data, the feed and the change pages say of each change, derived
 * from the bundle once so that every output agrees.
 */
import { formatDate, isoOf, precisionOf, readingsOf } from './dates.ts';
import { changeLines } from './org.ts';
import type { Change, ReportBundle, ReportingLine } from './schema.ts';
import { lineText, nameOf } from './wording.ts';

/** A reporting line in words, for open data and pages. */
export interface PublishedLine {
	id: string;
	from: string;
	relation: ReportingLine['relation'];
	to: string;
	text: string;
}

/** A change as published: its data plus its permalink, dates in words and lines resolved. */
export interface PublishedChange {
	id: string;
	permalink: string;
	kind: Change['kind'];
	title: string;
	quote: string;
	rationale?: string;
	section: string;
	date: { readings: string[]; precision: string; approximate: boolean; ambiguous: boolean; text: string; note?: string };
	before: PublishedLine[];
	after: PublishedLine[];
	people: string[];
	units: string[];
	confidence: Change['confidence'];
	sources: string[];
	formerIds: string[];
}

function publishLine(bundle: ReportBundle, line: ReportingLine): PublishedLine {
	return { id: line.id, from: line.from, relation: line.relation, to: line.to, text: lineText(line, (id) => nameOf(bundle, id)) };
}

/** Every change of a bundle in its published form; `site` makes permalinks absolute. */
export function publishChanges(bundle: ReportBundle, site: URL): PublishedChange[] {
	return bundle.changes.map((c) => {
		const { before, after } = changeLines(bundle, c);
		const readings = readingsOf(c.date);
		return {
			id: c.id,
			permalink: new URL(`/reports/${bundle.report.id}/changes/${c.id}/`, site).href,
			kind: c.kind,
			title: c.title,
			quote: c.quote,
			rationale: c.rationale,
			section: c.section,
			date: {
				readings,
				precision: precisionOf(isoOf(c.date)),
				approximate: 'value' in c.date ? c.date.approximate : false,
				ambiguous: readings.length > 1,
				text: formatDate(c.date),
				note: c.date.note,
			},
			before: before.map((l) => publishLine(bundle, l)),
			after: after.map((l) => publishLine(bundle, l)),
			people: c.people,
			units: c.units,
			confidence: c.confidence,
			sources: c.sources,
			formerIds: c.formerIds,
		};
	});
}

/** Quotes a CSV field when it needs to be. */
export function csvField(value: string): string {
	return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV of a report's changes (as `publishChanges` gives them), one row a change. */
export function changesCsv(published: readonly PublishedChange[]): string {
	const header = ['id', 'permalink', 'kind', 'title', 'date', 'date_precision', 'date_ambiguous', 'quote', 'before', 'after', 'people', 'units', 'confidence', 'sources'];
	const rows = published.map((c) => [
		c.id,
		c.permalink,
		c.kind,
		c.title,
		c.date.readings.join(' | '),
		c.date.precision,
		String(c.date.ambiguous),
		c.quote,
		c.before.map((l) => l.text).join('; '),
		c.after.map((l) => l.text).join('; '),
		c.people.join(' '),
		c.units.join(' '),
		c.confidence,
		c.sources.join(' '),
	]);
	return `${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** How to cite a change, as plain text and as BibTeX. */
export function citation(bundle: ReportBundle, change: PublishedChange): { text: string; bibtex: string } {
	const r = bundle.report;
	const text = `Reorg Lens, “${change.title}”, in the annotated edition of ${r.publisher}, “${r.title}” (${formatDate(r.published)}). ${change.permalink}`;
	const tex = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
	const bibtex = [
		`@misc{reorglens-${r.id}-${change.id},`,
		`  title = {{${tex(change.title)}}},`,
		'  author = {{Reorg Lens}},',
		`  note = {Annotated edition of ${tex(r.publisher)}, "${tex(r.title)}"},`,
		`  howpublished = {\\url{${change.permalink}}}`,
		'}',
	].join('\n');
	return { text, bibtex };
}
