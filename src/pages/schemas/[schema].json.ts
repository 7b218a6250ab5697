import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedSchemas } from '../../publish/openData.ts';
import { withPageKeys } from '../../site/pageKeys.ts';

/**
 * The JSON Schemas of the published files, generated from their zod schemas at each build, so they cannot fall
 * behind the data. (The input-file schemas are files in public/schemas/, written by `npm run schemas`.)
 */
export const getStaticPaths = (async () =>
	withPageKeys(
		[],
		Object.entries(publishedSchemas()).map(([file, text]) => ({
			params: { schema: file.replace(/\.json$/, '') },
			props: { text },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/schema+json' } });
