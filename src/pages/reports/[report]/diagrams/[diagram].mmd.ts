import type { APIRoute, GetStaticPaths } from 'astro';
import { allDiagrams } from '../../../../diagrams/generate.ts';
import { getReports } from '../../../../utils/reports.ts';

/** The Mermaid source of every diagram, published beside it for reuse and checking. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	return reports.flatMap((bundle) =>
		allDiagrams(bundle).map((d) => ({ params: { report: bundle.report.id, diagram: d.id }, props: { source: d.source } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { source: string }).source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
