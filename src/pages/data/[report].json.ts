import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportBundle } from '../../model/schema.ts';
import { reportPath } from '../../utils/paths.ts';
import { getReports } from '../../utils/reports.ts';
import { viewOf } from '../../utils/reportViews.ts';

/** One report's open data: every entity, every change with its permalink, the claims with their status. */
export const getStaticPaths = (async () => (await getReports()).map((bundle) => ({ params: { report: bundle.report.id }, props: { bundle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const bundle = (props as { bundle: ReportBundle }).bundle;
	const base = site as URL;
	const view = viewOf(bundle);
	const body = {
		report: { ...bundle.report, article: new URL(reportPath(bundle.report.id), base).href },
		sources: bundle.sources,
		people: bundle.people,
		units: bundle.units,
		positions: bundle.positions,
		reportingLines: bundle.lines,
		events: bundle.events,
		changes: view.published(base),
		claims: view.claims.map(({ claim, status, why }) => ({ ...claim, status, why })),
		diagrams: view.diagrams.all.map((d) => ({ id: d.id, kind: d.kind, title: d.title, source: new URL(`/reports/${bundle.report.id}/diagrams/${d.id}.mmd`, base).href })),
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
