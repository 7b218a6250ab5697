import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, dirname, relative } from 'node:path';
import { contentRoots, includeFixtures } from './model/contentRoots.ts';
import { ReportBundleSchema } from './model/schema.ts';
import { reportLoader } from './utils/reportLoader.ts';

const roots = contentRoots();

/** Every report folder's data, validated in full; one invalid folder stops the build with all its problems. */
const reports = defineCollection({
	loader: reportLoader(roots, includeFixtures()),
	schema: ReportBundleSchema,
});

/** The annotated article of each report folder, keyed by the folder name. */
const articles = defineCollection({
	loader: glob({
		pattern: roots.map((root) => `${relative(process.cwd(), root)}/*/article.mdx`),
		base: '.',
		generateId: ({ entry }) => basename(dirname(entry)),
	}),
});

export const collections = { reports, articles };
