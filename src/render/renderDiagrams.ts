/**
 * Renders a batch of diagrams: each one comes from the cache when it can, and otherwise from the browser, which
 * starts only if some diagram is missing. Failures name the report, the diagram and mermaid's message.
 */
import type { Diagram } from '../diagrams/types.ts';
import { BrowserRenderer, MermaidRenderError } from './browserRenderer.ts';
import { cacheKey, readCached, writeCached } from './cache.ts';
import { ChromiumNotFoundError } from './findChromium.ts';
import { edgeCss, finishSvg, optimiseSvg } from './svg.ts';

/**
 * The id mermaid renders every diagram under. One fixed id keeps the output independent of render order (so the
 * cache is stable); svgo's prefix then makes each diagram's ids unique on the page. Never a diagram-type name.
 */
const RENDER_ID = 'rl';

/** What a batch cost, for the build log and the benchmark. */
export interface RenderStats {
	total: number;
	cached: number;
	rendered: number;
	browserStartMs: number;
	renderMs: number;
}

/** True when the build is asked to skip drawing (REORG_NO_DIAGRAMS=1), which only the benchmark's baseline does. */
export function diagramsDisabled(env: Record<string, string | undefined> = process.env): boolean {
	return env.REORG_NO_DIAGRAMS === '1';
}

/** The id prefix of a diagram's SVG: unique on every page that shows it, and never a diagram-type name. */
export function svgPrefix(diagram: Pick<Diagram, 'reportId' | 'id'>): string {
	return `rl-${diagram.reportId}-${diagram.id}`.replace(/[^A-Za-z0-9-]/g, '-');
}

/** The cache key of a diagram as rendered on the site. */
export function diagramKey(diagram: Diagram): string {
	return cacheKey({ source: `${diagram.source}${JSON.stringify(diagram.edgeStyles)}`, title: diagram.title, description: diagram.description, prefix: svgPrefix(diagram) });
}

/**
 * Renders every diagram that is not cached yet, one browser for the whole batch. A `renderer` passed in (the dev
 * server's warm one) is used and left open; otherwise one is started for the batch and closed after it.
 */
export async function renderDiagrams(diagrams: readonly Diagram[], cache?: string, warm?: BrowserRenderer): Promise<RenderStats> {
	const stats: RenderStats = { total: diagrams.length, cached: 0, rendered: 0, browserStartMs: 0, renderMs: 0 };
	const missing = diagrams.filter((d) => readCached(diagramKey(d), cache) === undefined);
	stats.cached = diagrams.length - missing.length;
	if (missing.length === 0) return stats;
	const renderer = warm ?? new BrowserRenderer();
	try {
		for (const diagram of missing) {
			const prefix = svgPrefix(diagram);
			const started = performance.now();
			let raw: string;
			try {
				raw = await renderer.render(RENDER_ID, diagram.source);
			} catch (error) {
				if (error instanceof MermaidRenderError) {
					throw new Error(`Diagram "${diagram.id}" of report "${diagram.reportId}" failed to render: ${error.message}`);
				}
				if (error instanceof ChromiumNotFoundError) throw error;
				throw new Error(`Diagram "${diagram.id}" of report "${diagram.reportId}": the browser failed: ${(error as Error).message.split('\n')[0]}`);
			}
			const svg = finishSvg(optimiseSvg(raw, prefix), prefix, diagram.title, diagram.description, edgeCss(`${prefix}-${RENDER_ID}`, diagram.edgeStyles));
			writeCached(diagramKey(diagram), svg, cache);
			stats.rendered++;
			stats.renderMs += performance.now() - started;
		}
	} finally {
		stats.browserStartMs = renderer.startMs;
		if (!warm) await renderer.close();
	}
	return stats;
}
