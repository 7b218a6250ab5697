import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportBundle } from '../../model/schema.ts';
import { jsonText, reportData } from '../../publish/openData.ts';
import { getReports } from '../../site/reports.ts';
import { withPageKeys } from '../../site/pageKeys.ts';

/** One report's open data: every entity, every change with its permalink, the claims with their status. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return withPageKeys(
		reports,
		reports.map((bundle) => ({ params: { report: bundle.report.id }, props: { bundle } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(jsonText(reportData((props as { bundle: ReportBundle }).bundle)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
