/**
 * The Astro integration that renders every report's diagrams before pages are built: pages then read finished
 * SVG from the cache and never start a browser themselves, and a warm build starts none at all.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { allDiagrams } from '../diagrams/generate.ts';
import { contentRoots, includeFixtures } from '../model/contentRoots.ts';
import { listReportFolders, loadReport } from '../model/loadReport.ts';
import { homeCard, reportCards } from '../cards/cardHtml.ts';
import type { ReportBundle } from '../model/schema.ts';
import { inlineCjkFontFace } from '../render/cjkFont.ts';
import { renderCards } from '../render/renderCards.ts';
import { diagramsDisabled, renderDiagrams } from '../render/renderDiagrams.ts';
import { fileURLToPath } from 'node:url';

/** Every report folder that validates and is built (the content layer reports the others). */
function builtBundles(): ReportBundle[] {
	return contentRoots()
		.flatMap(listReportFolders)
		.map((folder) => loadReport(folder).bundle)
		.filter((b): b is ReportBundle => b !== undefined && (!b.report.fixture || includeFixtures()));
}

/** Generates and renders the diagrams of every built report. */
export async function prerenderDiagrams(logger?: Pick<AstroIntegrationLogger, 'info'>) {
	if (diagramsDisabled()) {
		logger?.info('diagrams are off (REORG_NO_DIAGRAMS=1): pages show their text equivalents only');
		return undefined;
	}
	const diagrams = builtBundles().flatMap(allDiagrams);
	const stats = await renderDiagrams(diagrams);
	const perDiagram = stats.rendered > 0 ? `, ${(stats.renderMs / stats.rendered).toFixed(0)} ms a diagram after ${stats.browserStartMs.toFixed(0)} ms to start the browser` : ', no browser started';
	logger?.info(`${stats.total} diagrams: ${stats.cached} from the cache, ${stats.rendered} rendered${perDiagram}`);
	return stats;
}

/** Renders diagrams at the start of a build and of the dev server, and share cards at the end of a build. */
export default function diagrams(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'reorg-lens-diagrams',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (diagramsDisabled()) return;
				const bundles = builtBundles();
				const base = site ?? new URL('http://localhost:4321/');
				const cards = [homeCard(bundles), ...bundles.flatMap((b) => reportCards(b, base))];
				const stats = await renderCards(cards, fileURLToPath(dir), { fontFaces: await inlineCjkFontFace(bundles) });
				logger.info(`${stats.total} share cards: ${stats.total - stats.rendered} from the cache, ${stats.rendered} rendered`);
			},
			'astro:build:start': async ({ logger }) => {
				await prerenderDiagrams(logger);
			},
			'astro:server:setup': async ({ logger }) => {
				await prerenderDiagrams(logger);
			},
		},
	};
}
