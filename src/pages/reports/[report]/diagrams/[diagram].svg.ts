import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDiagrams } from '../../../../diagrams/generate.ts';
import { allLayouts } from '../../../../diagrams/layouts.ts';
import type { Diagram } from '../../../../diagrams/types.ts';
import { readCached } from '../../../../render/cache.ts';
import { paletteFrom, standaloneSvg, type Palette } from '../../../../render/standaloneSvg.ts';
import { diagramKey, diagramsDisabled } from '../../../../render/renderDiagrams.ts';
import { getReports } from '../../../../site/reports.ts';
import { withPageKeys } from '../../../../site/pageKeys.ts';

/**
 * Every diagram as a standalone SVG at full size, for readers whose screen is narrower than the drawing and for any
 * other viewer: the same drawing as the page inlines, with the site's diagram colours written in as plain values
 * (light, and dark under prefers-color-scheme, from global.css) and its panel behind it (see standaloneSvg.ts). A
 * diagram with a narrow layout publishes it too, as `<id>.narrow.svg`.
 */
export const getStaticPaths = (async () => {
	if (diagramsDisabled()) return [];
	const reports = await getReports();
	const paths = reports.flatMap((bundle) =>
		allLayouts(allDiagrams(bundle)).map((d) => ({
			params: { report: bundle.report.id, diagram: d.id },
			props: { diagram: d },
		})),
	);
	return withPageKeys(reports, paths);
}) satisfies GetStaticPaths;

let palette: Palette | undefined;

/** The site's theme colours, read from global.css once a build. */
function sitePalette(): Palette {
	palette ??= paletteFrom(readFileSync(join(process.cwd(), 'src', 'styles', 'global.css'), 'utf8'));
	return palette;
}

export const GET: APIRoute = ({ props }) => {
	const diagram = (props as { diagram: Diagram }).diagram;
	const svg = readCached(diagramKey(diagram));
	if (!svg)
		throw new Error(
			`Diagram "${diagram.id}" of report "${diagram.reportId}" was not rendered: run the build through \`npm run build\`.`,
		);
	return new Response(standaloneSvg(svg, sitePalette()), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
};
