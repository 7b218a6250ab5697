/**
 * Search with Pagefind: after a build, the pages are indexed into /pagefind/. Readers load its files only from the
 * search page and only when they search; every other page, and the site without JavaScript, do without it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Indexes the built site's articles, change pages, people and units. */
export default function search(): AstroIntegration {
	return {
		name: 'reorg-lens-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pagefind = await import('pagefind');
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const site = fileURLToPath(dir);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0)
					throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				await index.writeFiles({ outputPath: `${site}/pagefind` });
				await pagefind.close();
				logger.info(`search index: ${added.page_count} pages`);
			},
		},
	};
}
