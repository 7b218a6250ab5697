import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportBundle } from '../../model/schema.ts';
import { changesCsv } from '../../publish/csv.ts';
import { getReports } from '../../site/reports.ts';
import { withPageKeys } from '../../site/pageKeys.ts';

/** One report's changes as CSV, one row a change. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return withPageKeys(
		reports,
		reports.map((bundle) => ({ params: { report: bundle.report.id }, props: { bundle } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(changesCsv((props as { bundle: ReportBundle }).bundle), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
