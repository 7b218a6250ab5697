import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDiagrams } from '../../../../diagrams/generate.ts';
import { allLayouts } from '../../../../diagrams/layouts.ts';
import type { Diagram } from '../../../../diagrams/types.ts';
import { readCached } from '../../../../render/cache.ts';
import { diagramKey, diagramsDisabled } from '../../../../render/renderDiagrams.ts';
import { getReports } from '../../../../utils/reports.ts';
import { withPageKeys } from '../../../../utils/pageKeys.ts';

/**
 * Every diagram as a standalone SVG at full size, for readers whose screen is narrower than the drawing: the same
 * drawing as the page inlines, with the site's diagram colours (light and dark, from global.css) and its panel
 * behind it, since outside the page no stylesheet defines them. A diagram with a narrow layout publishes it too, as
 * `<id>.narrow.svg`.
 */
export const getStaticPaths = (async () => {
	if (diagramsDisabled()) return [];
	const reports = await getReports();
	const paths = reports.flatMap((bundle) => allLayouts(allDiagrams(bundle)).map((d) => ({ params: { report: bundle.report.id, diagram: d.id }, props: { diagram: d } })));
	return withPageKeys(reports, paths);
}) satisfies GetStaticPaths;

/** The colour custom properties the diagrams use, as global.css declares them. */
function colours(): string {
	const css = readFileSync(join(process.cwd(), 'src', 'styles', 'global.css'), 'utf8');
	return [...css.matchAll(/^\s*(--(?:d-[\w-]+|panel|muted|rule|fg|accent)):\s*([^;]+);/gm)].map(([, name, value]) => `${name}:${value}`).join(';');
}

export const GET: APIRoute = ({ props }) => {
	const diagram = (props as { diagram: Diagram }).diagram;
	const svg = readCached(diagramKey(diagram));
	if (!svg) throw new Error(`Diagram "${diagram.id}" of report "${diagram.reportId}" was not rendered: run the build through \`npm run build\`.`);
	const standalone = svg.replace(/<style>/, `<style>:root{color-scheme:light dark;${colours()};background:var(--panel)}`);
	return new Response(standalone, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
