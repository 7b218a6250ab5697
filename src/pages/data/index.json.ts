import type { APIRoute } from 'astro';
import { jsonSchemas } from '../../model/jsonSchemas.ts';
import { changesCsvPath, reportDataPath, reportPath } from '../../utils/paths.ts';
import { getReports } from '../../utils/reports.ts';

/** The open-data index: every report with the URLs of its JSON and CSV, and the schemas of the data files. */
export const GET: APIRoute = async ({ site }) => {
	const reports = await getReports();
	const abs = (path: string) => new URL(path, site).href;
	const body = {
		reports: reports.map(({ report, changes }) => ({
			id: report.id,
			title: report.title,
			publisher: report.publisher,
			published: report.published,
			article: abs(reportPath(report.id)),
			json: abs(reportDataPath(report.id)),
			csv: abs(changesCsvPath(report.id)),
			changes: changes.length,
		})),
		schemas: Object.keys(jsonSchemas()).map((name) => abs(`/schemas/${name}`)),
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
