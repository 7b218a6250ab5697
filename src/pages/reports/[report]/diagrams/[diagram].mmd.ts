import type { APIRoute, GetStaticPaths } from 'astro';
import { allLayouts } from '../../../../diagrams/layouts.ts';
import { getReports } from '../../../../utils/reports.ts';
import { viewOf } from '../../../../utils/reportViews.ts';
import { withPageKeys } from '../../../../utils/pageKeys.ts';

/** The Mermaid source of every diagram and of its narrow layout (`<id>.narrow.mmd`), published beside it for reuse and checking. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	const paths = reports.flatMap((bundle) => allLayouts(viewOf(bundle).diagrams.all).map((d) => ({ params: { report: bundle.report.id, diagram: d.id }, props: { source: d.source } })));
	return withPageKeys(reports, paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { source: string }).source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
