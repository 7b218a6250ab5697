/**
 * Atom feeds (RFC 4287) of the changes: one for the whole site and one per report. Entry ids are `tag:` URIs
 * (RFC 4151) made of the report and change ids, never of the host, so moving the site or serving it under another
 * path changes no id; a renamed change keeps the id of its first name. Entries run newest first by the change's
 * date; each entry carries that date as written, with its precision (`dc:date`, "2021", "2021-12" or
 * "2021-12-10"), because Atom's `<updated>` must be a full instant: `<updated>` is the last day on which the
 * report can have appeared, the moment by which the entry's facts were published, not a day invented from a year.
 */
import { boundsOf, compareDates, readingsOf } from '../model/dates.ts';
import { publishChanges, type PublishedChange } from '../model/publish.ts';
import type { Change, ReportBundle } from '../model/schema.ts';
import { xmlEscape } from '../render/svg.ts';
import { config } from '../config.ts';
import { absoluteUrl, reportPath, withBase } from '../utils/paths.ts';

/** The tagging entity of every id: the project's name and the year it was first published (RFC 4151). */
export const TAG_AUTHORITY = 'reorg-lens,2026';

/** The permanent id of a change's entry. */
export function changeTag(reportId: string, change: Pick<Change, 'id' | 'formerIds'>): string {
	return `tag:${TAG_AUTHORITY}:reports/${reportId}/changes/${change.formerIds[0] ?? change.id}`;
}

/** The permanent id of a feed: the site's (no report) or one report's. */
export const feedTag = (reportId?: string) => `tag:${TAG_AUTHORITY}:${reportId ? `reports/${reportId}/feed` : 'feed'}`;

/** The link of a feed: the site's (no report) or one report's. */
export const feedPath = (reportId?: string) => withBase(reportId ? `/reports/${reportId}/feed.xml` : '/feed.xml');

/** One entry, with what it is sorted by. */
interface Entry {
	bundle: ReportBundle;
	change: Change;
	published: PublishedChange;
	updated: string;
}

/** The instant by which a report had certainly appeared: the end (UTC) of the last day its date allows. */
export function reportUpdated(bundle: ReportBundle): string {
	return `${new Date(boundsOf(bundle.report.published).last).toISOString().slice(0, 10)}T23:59:59Z`;
}

/** The entries of some reports, newest change first (by the latest day each date allows, then the earliest). */
export function feedEntries(bundles: readonly ReportBundle[], site = config.site): Entry[] {
	const entries = bundles.flatMap((bundle) => {
		const published = publishChanges(bundle, new URL(site));
		return bundle.changes.map((change, i) => ({ bundle, change, published: published[i], updated: reportUpdated(bundle) }));
	});
	return entries.sort((a, b) => -compareLatest(a.change, b.change) || a.published.permalink.localeCompare(b.published.permalink));
}

/** Orders two changes by the latest day their dates allow, then by the earliest. */
function compareLatest(a: Change, b: Change): number {
	return boundsOf(a.date).last - boundsOf(b.date).last || compareDates(a.date, b.date);
}

/** One entry as Atom XML. */
function entryXml({ bundle, change, published: c, updated }: Entry): string {
	const dates = readingsOf(change.date).map((d) => `    <dc:date>${d}</dc:date>`);
	return [
		'  <entry>',
		`    <id>${changeTag(bundle.report.id, change)}</id>`,
		`    <title>${xmlEscape(c.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${xmlEscape(c.permalink)}"/>`,
		`    <updated>${updated}</updated>`,
		...dates,
		`    <category term="${c.kind}"/>`,
		`    <summary>${xmlEscape(`${c.date.text}: ${c.title}. “${c.quote}” (${bundle.report.publisher}, “${bundle.report.title}”)`)}</summary>`,
		'  </entry>',
	].join('\n');
}

/** The Atom feed of some reports: every report for the site feed, or one. */
export function atomFeed(bundles: readonly ReportBundle[], report?: ReportBundle, site = config.site): string {
	const entries = feedEntries(report ? [report] : bundles, site);
	const updated = entries.map((e) => e.updated).sort().at(-1) ?? (report ? reportUpdated(report) : '2026-01-01T00:00:00Z');
	const title = report ? `Reorg Lens: the changes in “${report.report.title}”` : 'Reorg Lens: every change';
	const home = report ? reportPath(report.report.id) : withBase('/');
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <id>${feedTag(report?.report.id)}</id>
  <title>${xmlEscape(title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(absoluteUrl(feedPath(report?.report.id), site))}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(home, site))}"/>
  <updated>${updated}</updated>
  <author><name>Reorg Lens</name></author>
${entries.map(entryXml).join('\n')}
</feed>
`;
}
