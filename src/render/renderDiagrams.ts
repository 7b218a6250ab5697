/**
 * Renders a batch of diagrams: each one comes from the cache when it can, and otherwise from the browser, which
 * starts only if some diagram is missing. Every layout of a diagram (its main drawing and its narrow one, see
 * diagrams/layouts.ts) is rendered and cached under its own key and SVG id prefix. A cached diagram is used only if it is whole (cache.ts verifies it); a
 * damaged one is drawn again and counted. A browser that dies mid-render is replaced once by a fresh one; a second
 * death stops the build naming the diagrams it was drawing and the browser's last words. Other failures name the
 * report, the diagram and mermaid's message.
 */
import { config, type ReorgConfig } from '../config.ts';
import { allLayouts, layoutsOf } from '../diagrams/layouts.ts';
import type { Diagram } from '../diagrams/types.ts';
import { BrowserRenderer, isBrowserCrash } from './browserRenderer.ts';
import { cacheKey, isCached, verifyCached, writeCached } from './cache.ts';
import { cjkCharacters, cjkFontFace, cjkFontFor } from './cjkFont.ts';
import { ChromiumNotFoundError } from './findChromium.ts';
import { renderParallelism, SvgPool } from './svgPool.ts';

/**
 * The id mermaid renders every diagram under. One fixed id keeps the output independent of render order (so the
 * cache is stable); svgo's prefix then makes each diagram's ids unique on the page. Never a diagram-type name.
 */
const RENDER_ID = 'rl';

/** What a batch cost, for the build log and the benchmark. */
export interface RenderStats {
	/** Layouts drawn or found: a diagram with a narrow layout counts twice. */
	total: number;
	cached: number;
	rendered: number;
	/** Cached entries found damaged, removed and drawn again (counted in `rendered` too). */
	damaged: number;
	/** Times the browser died and a fresh one took over (0 or 1). */
	restarts: number;
	/** From launching the browser until the first page could render. */
	browserStartMs: number;
	/** From then until the last diagram was finished and cached (rendering and svgo overlapped). */
	renderMs: number;
	/** The sum of mermaid.render's own time in the page, the floor of what rendering can cost. */
	mermaidMs: number;
	/** How many pages rendered and how many worker threads ran svgo. */
	pages: number;
	workers: number;
}

/** True when the build is asked to skip drawing (REORG_NO_DIAGRAMS=1), which only the benchmark's baseline does. */
export function diagramsDisabled(settings: Pick<ReorgConfig, 'diagramsOff'> = config): boolean {
	return settings.diagramsOff;
}

/**
 * The id prefix of a diagram's SVG: unique on every page that shows it, and never a diagram-type name. A narrow
 * layout's id ends in ".narrow", which becomes "--narrow": slugs have single dashes, so no other diagram has it.
 */
export function svgPrefix(diagram: Pick<Diagram, 'reportId' | 'id'>): string {
	return `rl-${diagram.reportId}-${diagram.id}`.replace(/\./g, '--').replace(/[^A-Za-z0-9-]/g, '-');
}

/**
 * The cache key of one drawing as rendered on the site: of the diagram's main drawing, or of one entry of
 * `layoutsOf(diagram)` (a narrow layout has its own id, source and edges, so its own key).
 */
export function diagramKey(diagram: Diagram): string {
	return cacheKey({
		source: `${diagram.source}${JSON.stringify(diagram.edgeStyles)}`,
		title: diagram.title,
		description: diagram.description,
		prefix: svgPrefix(diagram),
	});
}

/** The cache keys of every layout of a diagram, the main one first. */
export function diagramKeys(diagram: Diagram): string[] {
	return layoutsOf(diagram).map(diagramKey);
}

/** Diagrams per page round trip: enough to hide the round trip, few enough that svgo starts early. */
const BATCH = 4;

/** The error a failed diagram stops the build with, naming the report and the diagram. */
function diagramError(diagram: Diagram, message: string): Error {
	return new Error(`Diagram "${diagram.id}" of report "${diagram.reportId}" failed to render: ${message}`);
}

/** A browser that died while drawing these diagrams. */
class DiagramBrowserCrash extends Error {
	readonly diagrams: readonly Diagram[];
	readonly cause: Error;
	constructor(diagrams: readonly Diagram[], cause: Error) {
		super(cause.message);
		this.diagrams = diagrams;
		this.cause = cause;
	}
}

/** The message a build stops with when the browser died twice. */
function crashMessage(crash: DiagramBrowserCrash, lastWords: string): string {
	const names = crash.diagrams.map((d) => `"${d.id}" of report "${d.reportId}"`);
	return (
		`Rendering diagrams: the browser died twice, the second time while drawing diagram ${names.join(', ') || '(none yet: while starting)'}: ${crash.cause.message.split('\n')[0]}\n` +
		`The browser's last words:\n${lastWords}\n` +
		'Hint: a browser killed for want of memory or by a time limit dies like this; free memory (or set REORG_RENDER_PAGES=1) and build again.'
	);
}

/**
 * Draws these diagrams (none cached) with one renderer: each page takes the next few in one round trip and hands their
 * raw SVG to the svgo workers, then takes the next few at once, so Chromium renders while Node optimises.
 */
async function drawMissing(
	missing: readonly Diagram[],
	renderer: BrowserRenderer,
	pool: SvgPool,
	stats: RenderStats,
	cache?: string,
): Promise<void> {
	const queue = [...missing];
	const finished: Promise<void>[] = [];
	let readyAt = 0;
	const crashed = (batch: readonly Diagram[]) => (error: unknown) =>
		Promise.reject(
			isBrowserCrash(error)
				? new DiagramBrowserCrash(batch, error as Error)
				: error instanceof Error
					? error
					: new Error(String(error)),
		);
	// The Chinese names of these diagrams, cut from the same font as the site's subset, so labels are measured in the
	// face readers see, on any machine, with or without a CJK font installed.
	// The browser starts while the font is cut; the font is added to the page before the first diagram.
	const opening = renderer.page(0).catch(crashed([]));
	await renderer
		.useFontFaces(cjkFontFace(await cjkFontFor(cjkCharacters(missing.map((d) => d.source))), 'inline'))
		.catch(crashed([]));
	await opening;
	const renderOnPage = async (pageIndex: number) => {
		await renderer.page(pageIndex).catch(crashed([]));
		readyAt ||= performance.now();
		for (let batch = queue.splice(0, BATCH); batch.length > 0; batch = queue.splice(0, BATCH)) {
			const results = await renderer
				.renderBatch(
					batch.map((d) => ({ renderId: RENDER_ID, source: d.source })),
					pageIndex,
				)
				.catch(crashed(batch));
			results.forEach((result, i) => {
				const diagram = batch[i];
				if ('error' in result) throw diagramError(diagram, result.error);
				stats.mermaidMs += result.mermaidMs;
				const task = {
					raw: result.svg,
					prefix: svgPrefix(diagram),
					renderId: RENDER_ID,
					title: diagram.title,
					description: diagram.description,
					edgeStyles: diagram.edgeStyles,
				};
				finished.push(
					pool.finish(task).then(
						(svg) => writeCached(diagramKey(diagram), svg, cache),
						(error: Error) => Promise.reject(diagramError(diagram, error.message)),
					),
				);
			});
		}
	};
	try {
		await Promise.all(
			Array.from({ length: Math.min(stats.pages, Math.ceil(missing.length / BATCH)) }, (_, i) => renderOnPage(i)),
		);
		await Promise.all(finished);
	} finally {
		await Promise.allSettled(finished);
	}
	stats.browserStartMs = renderer.startMs;
	stats.renderMs = performance.now() - readyAt;
}

/**
 * Renders every diagram that is not cached yet (or whose cached entry is damaged), with one browser for the whole
 * batch. A renderer of the caller's (the dev server's warm one, or the build's, which draws the share cards next) is
 * used and left open; otherwise one is started for the batch and closed.
 */
export async function renderDiagrams(
	diagrams: readonly Diagram[],
	cache?: string,
	warm?: BrowserRenderer,
): Promise<RenderStats> {
	const { pages, workers } = renderParallelism();
	const layouts = allLayouts(diagrams);
	const stats: RenderStats = {
		total: layouts.length,
		cached: 0,
		rendered: 0,
		damaged: 0,
		restarts: 0,
		browserStartMs: 0,
		renderMs: 0,
		mermaidMs: 0,
		pages,
		workers,
	};
	const seen = new Set<string>();
	const missing = layouts.filter((d) => {
		const key = diagramKey(d);
		if (seen.has(key)) return false;
		seen.add(key);
		const state = verifyCached(key, cache);
		if (state === 'damaged') stats.damaged++;
		return state !== 'ok';
	});
	stats.cached = layouts.length - missing.length;
	if (missing.length === 0) return stats;
	const renderer = warm ?? new BrowserRenderer();
	const pool = new SvgPool(workers);
	try {
		for (let attempt = 1; ; attempt++) {
			try {
				await drawMissing(
					missing.filter((d) => !isCached(diagramKey(d), cache)),
					renderer,
					pool,
					stats,
					cache,
				);
				break;
			} catch (error) {
				if (!(error instanceof DiagramBrowserCrash)) throw error;
				if (attempt === 2) throw new Error(crashMessage(error, renderer.lastWords()), { cause: error });
				stats.restarts++;
				await renderer.close();
			}
		}
		stats.rendered = missing.length;
	} catch (error) {
		if (
			error instanceof ChromiumNotFoundError ||
			(error instanceof Error && /^(?:Diagram "|Rendering diagrams: )/.test(error.message))
		)
			throw error;
		throw new Error(`Rendering diagrams: the browser failed: ${(error as Error).message.split('\n')[0]}`, {
			cause: error,
		});
	} finally {
		await Promise.all([warm ? undefined : renderer.close(), pool.close()]);
	}
	return stats;
}
