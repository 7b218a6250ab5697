/**
 * Access to the validated report bundles from pages and components. Components find their report from the page
 * URL, so that the article's MDX needs no imports and a report folder stays self-contained.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ReportBundle } from '../model/schema.ts';

/** Every report bundle the build publishes, newest first. */
export async function getReports(): Promise<ReportBundle[]> {
	const entries = await getCollection('reports');
	return entries.map((e) => e.data as ReportBundle).sort((a, b) => b.report.id.localeCompare(a.report.id));
}

/** The report bundle with this id; fails the build, naming the id, when there is none. */
export async function getReport(id: string): Promise<ReportBundle> {
	const entry = await getEntry('reports', id);
	if (!entry) throw new Error(`No report "${id}" in the content folders.`);
	return entry.data as ReportBundle;
}

/** The id of the report a page belongs to, from a URL such as /reports/xiaomi-2021-12/… */
export function reportIdFromUrl(url: URL): string {
	const match = url.pathname.match(/\/reports\/([^/]+)\//);
	if (!match) throw new Error(`${url.pathname} is not a report page: report components belong in a report's article.`);
	return match[1];
}

/** The bundle of the report that a page belongs to. */
export async function getReportForUrl(url: URL): Promise<ReportBundle> {
	return getReport(reportIdFromUrl(url));
}
