import type { APIRoute } from 'astro';
import { xmlEscape } from '../render/svg.ts';
import { getReports } from '../utils/reports.ts';
import { viewOf } from '../utils/reportViews.ts';

/** An Atom feed with one entry per change, each linking to its permalink. */
export const GET: APIRoute = async ({ site }) => {
	const base = site as URL;
	const reports = await getReports();
	const entries = reports.flatMap((bundle) =>
		viewOf(bundle).published(base).map((c) => ({ c, bundle, updated: `${c.date.readings[c.date.readings.length - 1].padEnd(10, '-01').slice(0, 10)}T00:00:00Z` })),
	);
	const latest = entries.map((e) => e.updated).sort().at(-1) ?? '2000-01-01T00:00:00Z';
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Reorg Lens: every change</title>
  <id>${new URL('/', base).href}</id>
  <link rel="self" href="${new URL('/feed.xml', base).href}"/>
  <link href="${new URL('/', base).href}"/>
  <updated>${latest}</updated>
  <author><name>Reorg Lens</name></author>
${entries
	.map(
		({ c, bundle, updated }) => `  <entry>
    <title>${xmlEscape(c.title)}</title>
    <id>${c.permalink}</id>
    <link href="${c.permalink}"/>
    <updated>${updated}</updated>
    <summary>${xmlEscape(`${c.date.text}: ${c.title}. “${c.quote}” (${bundle.report.publisher}, “${bundle.report.title}”)`)}</summary>
  </entry>`,
	)
	.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
