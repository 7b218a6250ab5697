import type { APIRoute, GetStaticPaths } from 'astro';
import { cjkFont } from '../../render/cjkFont.ts';
import { getReports } from '../../site/reports.ts';

/** The CJK font subset of the built reports, under a name that changes with its bytes (none when no report has CJK text). */
export const getStaticPaths = (async () => {
	const font = await cjkFont(await getReports());
	// The file name is a hash of the bytes.
	return font ? [{ params: { font: font.fileName }, props: { bytes: font.bytes }, cacheKey: font.fileName }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(new Uint8Array((props as { bytes: Buffer }).bytes), { headers: { 'Content-Type': 'font/woff2' } });
