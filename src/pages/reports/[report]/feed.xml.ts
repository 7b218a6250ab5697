import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportBundle } from '../../../model/schema.ts';
import { atomFeed } from '../../../publish/feed.ts';
import { getReports } from '../../../utils/reports.ts';

/** One report's Atom feed: its changes, newest first, with the same entry ids as the site feed. */
export const getStaticPaths = (async () => (await getReports()).map((bundle) => ({ params: { report: bundle.report.id }, props: { bundle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(atomFeed(await getReports(), (props as { bundle: ReportBundle }).bundle), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
