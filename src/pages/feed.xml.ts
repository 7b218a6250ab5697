import type { APIRoute } from 'astro';
import { atomFeed } from '../publish/feed.ts';
import { getReports } from '../site/reports.ts';

/** The site's Atom feed: one entry per change of every report, newest first. */
export const GET: APIRoute = async () =>
	new Response(atomFeed(await getReports()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
