/**
 * The published form of a report: what the open data, the feed and the change pages say of each change, derived
 * from the bundle once so that every output agrees.
 */
import { formatDate, isoOf, type Precision, precisionOf, readingsOf } from './dates.ts';
import { perBundle } from './memo.ts';
import { changeLines } from './org.ts';
import type { Change, ReportBundle, ReportingLine } from './schema.ts';
import { changePath } from '../urls.ts';
import { lineText, nameOf } from './wording.ts';
import { SITE_TITLE } from '../consts.ts';

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
	date: {
		readings: string[];
		precision: Precision;
		approximate: boolean;
		ambiguous: boolean;
		text: string;
		note?: string;
	};
	before: PublishedLine[];
	after: PublishedLine[];
	people: string[];
	units: string[];
	confidence: Change['confidence'];
	sources: string[];
	formerIds: string[];
}

function publishLine(bundle: ReportBundle, line: ReportingLine): PublishedLine {
	return {
		id: line.id,
		from: line.from,
		relation: line.relation,
		to: line.to,
		text: lineText(line, (id) => nameOf(bundle, id)),
	};
}

const publishedBySite = perBundle('published-changes', () => new Map<string, PublishedChange[]>());

/** Every change of a bundle in its published form; `site` makes permalinks absolute. Made once per bundle and site. */
export function publishChanges(bundle: ReportBundle, site: URL): PublishedChange[] {
	const bySite = publishedBySite(bundle);
	let list = bySite.get(site.href);
	if (!list) bySite.set(site.href, (list = publish(bundle, site)));
	return list;
}

function publish(bundle: ReportBundle, site: URL): PublishedChange[] {
	return bundle.changes.map((c) => {
		const { before, after } = changeLines(bundle, c);
		const readings = readingsOf(c.date);
		return {
			id: c.id,
			permalink: new URL(changePath(bundle.report.id, c.id), site).href,
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

/** How to cite a change, as plain text and as BibTeX. */
export function citation(bundle: ReportBundle, change: PublishedChange): { text: string; bibtex: string } {
	const r = bundle.report;
	const text = `${SITE_TITLE}, “${change.title}”, in the annotated edition of ${r.publisher}, “${r.title}” (${formatDate(r.published)}). ${change.permalink}`;
	const tex = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
	const bibtex = [
		`@misc{reorglens-${r.id}-${change.id},`,
		`  title = {{${tex(change.title)}}},`,
		`  author = {{${SITE_TITLE}}},`,
		`  note = {Annotated edition of ${tex(r.publisher)}, "${tex(r.title)}"},`,
		`  howpublished = {\\url{${change.permalink}}}`,
		'}',
	].join('\n');
	return { text, bibtex };
}
