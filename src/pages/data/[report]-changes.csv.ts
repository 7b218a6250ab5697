import type { APIRoute, GetStaticPaths } from 'astro';
import { changesCsv } from '../../model/publish.ts';
import type { ReportBundle } from '../../model/schema.ts';
import { getReports } from '../../utils/reports.ts';
import { viewOf } from '../../utils/reportViews.ts';

/** One report's changes as CSV, one row a change. */
export const getStaticPaths = (async () => (await getReports()).map((bundle) => ({ params: { report: bundle.report.id }, props: { bundle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	new Response(changesCsv(viewOf((props as { bundle: ReportBundle }).bundle).published(site as URL)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
