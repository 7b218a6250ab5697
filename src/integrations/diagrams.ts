/**
 * The Astro integration that renders every report's diagrams before pages are built: pages then read finished
 * SVG from the cache and never start a browser themselves, and a warm build starts none at all.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { allDiagrams } from '../diagrams/generate.ts';
import { contentRoots, includeFixtures } from '../model/contentRoots.ts';
import { listReportFolders, loadReport } from '../model/loadReport.ts';
import { diagramsDisabled, renderDiagrams } from '../render/renderDiagrams.ts';

/** Generates and renders the diagrams of every report folder that validates (the content layer reports the rest). */
export async function prerenderDiagrams(logger?: Pick<AstroIntegrationLogger, 'info'>) {
	if (diagramsDisabled()) {
		logger?.info('diagrams are off (REORG_NO_DIAGRAMS=1): pages show their text equivalents only');
		return undefined;
	}
	const bundles = contentRoots()
		.flatMap(listReportFolders)
		.map((folder) => loadReport(folder).bundle)
		.filter((b) => b !== undefined && (!b.report.fixture || includeFixtures()));
	const diagrams = bundles.flatMap((b) => (b ? allDiagrams(b) : []));
	const stats = await renderDiagrams(diagrams);
	const perDiagram = stats.rendered > 0 ? `, ${(stats.renderMs / stats.rendered).toFixed(0)} ms a diagram after ${stats.browserStartMs.toFixed(0)} ms to start the browser` : ', no browser started';
	logger?.info(`${stats.total} diagrams: ${stats.cached} from the cache, ${stats.rendered} rendered${perDiagram}`);
	return stats;
}

/** Renders diagrams at the start of a build and of the dev server. */
export default function diagrams(): AstroIntegration {
	return {
		name: 'reorg-lens-diagrams',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				await prerenderDiagrams(logger);
			},
			'astro:server:setup': async ({ logger }) => {
				await prerenderDiagrams(logger);
			},
		},
	};
}
