import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, dirname, relative, sep } from 'node:path';
import { siteOptions } from './load/reportSet.ts';
import { ReportBundleSchema } from './model/schema.ts';
import { reportLoader } from './site/reportLoader.ts';
import { renderChangedDiagrams } from './integrations/diagrams.ts';

const options = siteOptions();
const roots = options.roots;

/** The deepest folder that holds every content root: the glob loader takes one base and no pattern above it. */
function commonBase(paths: string[]): string {
	const split = paths.map((p) => p.split(sep));
	let depth = 0;
	while (depth < split[0].length && split.every((parts) => parts[depth] === split[0][depth])) depth++;
	return split[0].slice(0, depth).join(sep) || sep;
}
const base = commonBase(roots);

/** Every report folder's data, validated in full; one invalid folder stops the build with all its problems. */
const reports = defineCollection({
	loader: reportLoader({ ...options, onChange: renderChangedDiagrams }),
	schema: ReportBundleSchema,
});

/** The annotated article of each report folder, keyed by the folder name. */
const articles = defineCollection({
	loader: glob({
		pattern: roots.map((root) => `${relative(base, root) || '.'}/*/article.mdx`.replace(/^\.\//, '')),
		base,
		generateId: ({ entry }) => basename(dirname(entry)),
	}),
});

export const collections = { reports, articles };
