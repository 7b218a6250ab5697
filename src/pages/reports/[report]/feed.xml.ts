import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportBundle } from '../../../model/schema.ts';
import { atomFeed } from '../../../publish/feed.ts';
import { getReports } from '../../../site/reports.ts';
import { withPageKeys } from '../../../site/pageKeys.ts';

/** One report's Atom feed: its changes, newest first, with the same entry ids as the site feed. */
// A report's feed lists the other reports too, so its key covers all of them.
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return withPageKeys(
		reports,
		reports.map((bundle) => ({ params: { report: bundle.report.id }, props: { bundle } })),
		reports,
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(atomFeed(await getReports(), (props as { bundle: ReportBundle }).bundle), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
