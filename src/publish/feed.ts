/**
 * Atom feeds (RFC 4287) of the changes: one for the whole site and one per report. Entry ids are `tag:` URIs
 * (RFC 4151) made of the report and change ids, never of the host, so moving the site or serving it under another
 * path changes no id; a renamed change keeps the id of its first name. Only Atom's own date elements are used, each
 * a full RFC 3339 instant, because feed readers (Python feedparser, the npm parsers) read nothing else reliably: an
 * entry's `<published>` and `<updated>` are the instant by which its change had certainly happened (the end, UTC, of
 * the last day its date allows, but never after its report appeared), so a change dated only "2021" is not dated
 * 1 January. The date as the report gives it, with its precision, stays in the entry's words. The feed's own
 * `<updated>` is the latest change to what it lists, a newly added report included (see contentDate.ts).
 */
import { boundsOf, compareDates } from '../model/dates.ts';
import { publishChanges, type PublishedChange } from '../model/publish.ts';
import type { Change, ReportBundle } from '../model/schema.ts';
import { xmlEscape } from '../diagrams/escape.ts';
import { config } from '../config.ts';
import { absoluteUrl, feedPath, reportPath, withBase } from '../urls.ts';
import { contentChangedAt, toInstant } from './contentDate.ts';
import { SITE_TITLE } from '../consts.ts';

/** The tagging entity of every id: the project's name and the year it was first published (RFC 4151). */
const TAG_AUTHORITY = 'reorg-lens,2026';

/** The permanent id of a change's entry. */
export function changeTag(reportId: string, change: Pick<Change, 'id' | 'formerIds'>): string {
	return `tag:${TAG_AUTHORITY}:reports/${reportId}/changes/${change.formerIds[0] ?? change.id}`;
}

/** The permanent id of a feed: the site's (no report) or one report's. */
const feedTag = (reportId?: string) => `tag:${TAG_AUTHORITY}:${reportId ? `reports/${reportId}/feed` : 'feed'}`;

/** One entry, with what it is sorted by. */
interface Entry {
	bundle: ReportBundle;
	change: Change;
	published: PublishedChange;
	/** The entry's `<published>` and `<updated>`: when its change had certainly happened (RFC 3339). */
	updated: string;
}

/** The instant by which a report had certainly appeared: the end (UTC) of the last day its date allows. */
export function reportUpdated(bundle: ReportBundle): string {
	return toInstant(boundsOf(bundle.report.published).last + DAY_END);
}

/** The last second of a UTC day, from its midnight. */
const DAY_END = 86_399_000;

/** The instant by which a change had certainly happened: the end of the last day its date allows, capped by its
 * report's appearance (a report cannot tell of what happened after it; a year-only date may end on 31 December). */
export function changeUpdated(bundle: ReportBundle, change: Change): string {
	const last = Math.min(boundsOf(change.date).last, boundsOf(bundle.report.published).last);
	return toInstant(last + DAY_END);
}

/** The entries of some reports, newest change first (by the latest day each date allows, then the earliest). */
export function feedEntries(bundles: readonly ReportBundle[], site = config.site): Entry[] {
	const entries = bundles.flatMap((bundle) => {
		const published = publishChanges(bundle, new URL(site));
		return bundle.changes.map((change, i) => ({
			bundle,
			change,
			published: published[i],
			updated: changeUpdated(bundle, change),
		}));
	});
	return entries.sort(
		(a, b) =>
			b.updated.localeCompare(a.updated) ||
			-compareLatest(a.change, b.change) ||
			a.published.permalink.localeCompare(b.published.permalink),
	);
}

/** Orders two changes by the latest day their dates allow, then by the earliest. */
function compareLatest(a: Change, b: Change): number {
	return boundsOf(a.date).last - boundsOf(b.date).last || compareDates(a.date, b.date);
}

/** One entry as Atom XML. */
function entryXml({ bundle, change, published: c, updated }: Entry): string {
	return [
		'  <entry>',
		`    <id>${changeTag(bundle.report.id, change)}</id>`,
		`    <title>${xmlEscape(c.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${xmlEscape(c.permalink)}"/>`,
		`    <published>${updated}</published>`,
		`    <updated>${updated}</updated>`,
		`    <category term="${c.kind}"/>`,
		`    <summary>${xmlEscape(`${c.date.text}: ${c.title}. “${c.quote}” (${bundle.report.publisher}, “${bundle.report.title}”)`)}</summary>`,
		'  </entry>',
	].join('\n');
}

/** The Atom feed of some reports: every report for the site feed, or one. */
export function atomFeed(
	bundles: readonly ReportBundle[],
	report?: ReportBundle,
	site = config.site,
	changedAt: (reportId: string) => string | undefined = contentChangedAt,
): string {
	const listed = report ? [report] : bundles;
	const entries = feedEntries(listed, site);
	const instants = [
		...entries.map((e) => e.updated),
		...listed.map((b) => changedAt(b.report.id) ?? reportUpdated(b)),
	];
	const updated = instants.sort().at(-1) ?? '2026-01-01T00:00:00Z';
	const title = report ? `${SITE_TITLE}: the changes in “${report.report.title}”` : `${SITE_TITLE}: every change`;
	const home = report ? reportPath(report.report.id) : withBase('/');
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${feedTag(report?.report.id)}</id>
  <title>${xmlEscape(title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(absoluteUrl(feedPath(report?.report.id), site))}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(home, site))}"/>
  <updated>${updated}</updated>
  <author><name>${SITE_TITLE}</name></author>
${entries.map(entryXml).join('\n')}
</feed>
`;
}
