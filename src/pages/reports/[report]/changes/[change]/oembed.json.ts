import type { APIRoute, GetStaticPaths } from 'astro';
import { publishChanges } from '../../../../../model/publish.ts';
import type { ReportBundle } from '../../../../../model/schema.ts';
import { oembed } from '../../../../../publish/embed.ts';
import { jsonText } from '../../../../../publish/openData.ts';
import { getReports } from '../../../../../site/reports.ts';
import { withPageKeys } from '../../../../../site/pageKeys.ts';

/** The static oEmbed response of each change, which its page names for sites that embed a pasted URL. */
export const getStaticPaths = (async () => {
	const reports = await getReports();
	const paths = reports.flatMap((bundle) =>
		bundle.changes.map((change, index) => ({
			params: { report: bundle.report.id, change: change.id },
			props: { bundle, index },
		})),
	);
	return withPageKeys(reports, paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { bundle, index } = props as { bundle: ReportBundle; index: number };
	return new Response(jsonText(oembed(bundle, publishChanges(bundle, site as URL)[index])), {
		headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
	});
};
