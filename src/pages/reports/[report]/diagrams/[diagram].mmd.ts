import type { APIRoute, GetStaticPaths } from 'astro';
import { allLayouts } from '../../../../diagrams/layouts.ts';
import { getReports } from '../../../../site/reports.ts';
import { viewOf } from '../../../../site/reportViews.ts';
import { withPageKeys } from '../../../../site/pageKeys.ts';

/** The Mermaid source of every diagram and of its narrow layout (`<id>.narrow.mmd`), published beside it for reuse and checking. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	const paths = reports.flatMap((bundle) =>
		allLayouts(viewOf(bundle).diagrams.all).map((d) => ({
			params: { report: bundle.report.id, diagram: d.id },
			props: { source: d.source },
		})),
	);
	return withPageKeys(reports, paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { source: string }).source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
