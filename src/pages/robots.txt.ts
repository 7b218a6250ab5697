import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../urls.ts';

/** Crawlers may read everything; the sitemap lists the pages. */
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml'))}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
