/**
 * Access to the validated reports from pages and components. Pages read the very bundles the content loader
 * validated (and through `viewOf`, the diagrams and checked claims derived from them once), not copies. Components
 * find their report from the page URL, so that the article's MDX needs no imports and a report folder stays
 * self-contained. In the dev server, data that no longer validates makes every report page throw its problems, which
 * Astro's overlay shows until the data is fixed.
 */
import { getCollection, getEntry } from 'astro:content';
import { UnknownReportError } from '../model/errors.ts';
import { sortedNewestFirst } from '../load/reportSet.ts';
import type { ReportBundle } from '../model/schema.ts';
import { reportIdOfPath } from '../urls.ts';
import { currentProblems, storedBundle } from './reportLoader.ts';
import { viewOf, type ReportView } from './reportViews.ts';

type Entry = { id: string; digest?: string; data: unknown };

function bundleOf(entry: Entry): ReportBundle {
	return storedBundle(entry.id, entry.digest) ?? (entry.data as ReportBundle);
}

function throwProblems(): void {
	const error = currentProblems();
	if (error) throw error;
}

/** Every report bundle the build publishes, newest first by publication date. */
export async function getReports(): Promise<ReportBundle[]> {
	throwProblems();
	const entries = (await getCollection('reports')) as Entry[];
	return sortedNewestFirst(entries.map(bundleOf));
}

/** The report bundle with this id; fails the build, naming the id, when there is none. */
async function getReport(id: string): Promise<ReportBundle> {
	throwProblems();
	const entry = (await getEntry('reports', id)) as Entry | undefined;
	if (!entry) throw new UnknownReportError(id);
	return bundleOf(entry);
}

/** The id of the report a page belongs to, from a URL such as /reports/xiaomi-2021-12/… */
function reportIdFromUrl(url: URL): string {
	const id = reportIdOfPath(url.pathname);
	if (!id) throw new Error(`${url.pathname} is not a report page: report components belong in a report's article.`);
	return id;
}

/** The bundle of the report that a page belongs to. */
export async function getReportForUrl(url: URL): Promise<ReportBundle> {
	return getReport(reportIdFromUrl(url));
}

/** The view of the report that a page belongs to. */
export async function getViewForUrl(url: URL): Promise<ReportView> {
	return viewOf(await getReportForUrl(url));
}
