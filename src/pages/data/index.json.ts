import type { APIRoute } from 'astro';
import { dataIndex, jsonText } from '../../publish/openData.ts';
import { getReports } from '../../site/reports.ts';

/** The open-data index: every report with the URLs of its JSON and CSV, and the schemas, published and input. */
export const GET: APIRoute = async () =>
	new Response(jsonText(dataIndex(await getReports())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
