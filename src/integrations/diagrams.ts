/**
 * The Astro integration that renders every report's diagrams and share cards before pages are built, in one
 * browser: pages then read finished SVG from the cache and never start a browser themselves, a warm build starts none
 * at all, and the cards are copied into the site when it is written. It reads the same
 * report set as the content loader (validated once per build) and the same diagrams as the pages (one view per
 * report). In the dev server, the loader calls `renderChangedDiagrams` after each edit: only diagrams whose source
 * changed miss the cache, and they are drawn in one browser kept warm for the whole session. Damaged cache entries
 * are drawn again and named in the log; a browser that dies drawing cards is replaced once; and the build ends
 * with a last look at what it wrote (lastLook.ts): a failure at either end leaves no output folder (outputFolder.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isBrowserCrash } from '../render/browserRenderer.ts';
import { describeDamaged, takeDamaged } from '../render/verifiedCache.ts';
import { lastLook } from './lastLook.ts';
import { publishOrDiscard } from './outputFolder.ts';
import { homeCard, reportCards } from '../cards/cardHtml.ts';
import { siteCards } from '../cards/siteCards.ts';
import { loadSiteReports } from '../load/reportSet.ts';
import type { ReportBundle } from '../model/schema.ts';
import { BrowserRenderer } from '../render/browserRenderer.ts';
import { inlineCjkFontFace } from '../render/cjkFont.ts';
import {
	CardBrowserCrash,
	copyCards,
	drawCards,
	type CardStats,
	type RenderCardsOptions,
} from '../render/renderCards.ts';
import { isCached } from '../render/cache.ts';
import { diagramKeys, diagramsDisabled, renderDiagrams, type RenderStats } from '../render/renderDiagrams.ts';
import { viewOf } from '../site/reportViews.ts';
import { fileURLToPath } from 'node:url';

function describe(stats: RenderStats): string {
	const perDiagram =
		stats.rendered > 0
			? `, ${(stats.renderMs / stats.rendered).toFixed(0)} ms a diagram after ${stats.browserStartMs.toFixed(0)} ms to start the browser`
			: ', no browser started';
	const restarted = stats.restarts > 0 ? '; the browser died and a fresh one finished the drawing' : '';
	return `${stats.total} diagrams: ${stats.cached} from the cache, ${stats.rendered} rendered${perDiagram}${restarted}`;
}

/** Generates and renders the diagrams of every built report (the loader reports the folders that do not validate). */
async function prerenderDiagrams(
	logger?: Pick<AstroIntegrationLogger, 'info'>,
	bundles = loadSiteReports().bundles,
	warm?: BrowserRenderer,
) {
	if (diagramsDisabled()) {
		logger?.info('diagrams are off (REORG_NO_DIAGRAMS=1): pages show their text equivalents only');
		return undefined;
	}
	const stats = await renderDiagrams(
		bundles.flatMap((b) => viewOf(b).diagrams.all),
		undefined,
		warm,
	);
	logger?.info(describe(stats));
	return stats;
}

const WARM_KEY = Symbol.for('reorg-lens.warm-renderer');

/** The dev server's one browser, started on first use and kept open until the server stops. */
function warmRenderer(): BrowserRenderer {
	const slot = globalThis as Record<symbol, BrowserRenderer | undefined>;
	return (slot[WARM_KEY] ??= new BrowserRenderer());
}

/** One use of the warm browser at a time: its page renders one diagram after another. */
let queue: Promise<unknown> = Promise.resolve();
function withWarm<T>(use: (warm: BrowserRenderer) => Promise<T>): Promise<T> {
	const next = queue.then(() => use(warmRenderer()));
	queue = next.catch(() => undefined);
	return next;
}

/** Renders, in the dev server's one warm browser, the diagrams of edited reports that are not cached yet. */
export async function renderChangedDiagrams(bundles: ReportBundle[]): Promise<void> {
	const stats = await withWarm((warm) => prerenderDiagrams(undefined, bundles, warm));
	if (stats && stats.rendered > 0) console.info(`[reorg-lens] ${describe(stats)}`);
}

/** Every share card of these reports: the home page's, then each report's and its changes'. */
const cardsOf = (bundles: ReportBundle[], site = new URL('http://localhost:4321/')) => [
	homeCard(bundles),
	...bundles.flatMap((b) => reportCards(b, site)),
	...siteCards(bundles),
];

/**
 * Draws the cards in the renderer's browser; if that browser dies, once more in a fresh one (cards already drawn
 * are cached and not drawn again). A second death stops the build naming the card and the browser's last words.
 */
async function drawCardsRetrying(
	cards: ReturnType<typeof cardsOf>,
	options: RenderCardsOptions,
	renderer: BrowserRenderer,
	logger?: Pick<AstroIntegrationLogger, 'warn'>,
): Promise<CardStats> {
	const draw = () => drawCards(cards, { ...options, browser: () => renderer.browser() });
	const crashed = (error: unknown) => error instanceof CardBrowserCrash || isBrowserCrash(error);
	try {
		return await draw();
	} catch (error) {
		if (!crashed(error)) throw error;
		logger?.warn(`${(error as Error).message.split('\n')[0]}; drawing the cards again in a fresh browser`);
		await renderer.close();
	}
	try {
		return await draw();
	} catch (error) {
		if (!crashed(error)) throw error;
		throw new Error(
			`Drawing share cards: the browser died twice; ${(error as Error).message.split('\n')[0]}\nThe browser's last words:\n${renderer.lastWords()}\nHint: free memory and build again.`,
			{ cause: error },
		);
	}
}

/**
 * The build's drawing phase: every diagram not cached, then every share card not cached, in one browser that starts
 * only if something is missing. Returns what each part did (undefined when diagrams are off).
 */
export async function drawDiagramsAndCards(
	bundles: ReportBundle[],
	site?: URL,
	logger?: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
	renderer = new BrowserRenderer(),
): Promise<{ diagrams: RenderStats; cards: CardStats } | undefined> {
	try {
		const diagrams = await prerenderDiagrams(logger, bundles, renderer);
		if (!diagrams) return undefined;
		const cards = await drawCardsRetrying(
			cardsOf(bundles, site),
			{ fontFaces: await inlineCjkFontFace(bundles) },
			renderer,
			logger,
		);
		const drawn =
			cards.rendered > 0
				? ` in ${(cards.startMs + cards.drawMs).toFixed(0)} ms (${(cards.drawMs / cards.rendered).toFixed(1)} ms a card after ${cards.startMs.toFixed(0)} ms warming pages)`
				: '';
		logger?.info(
			`${cards.total} share cards: ${cards.total - cards.rendered} from the cache, ${cards.rendered} rendered${drawn}`,
		);
		const damaged = describeDamaged(takeDamaged());
		if (damaged) logger?.warn(damaged);
		return { diagrams, cards };
	} finally {
		await renderer.close();
	}
}

/**
 * A browser with its render page already opening, when some diagram of the site is not cached: started as a build
 * is set up, it boots while Astro syncs content and generates types instead of after. A warm build starts none. Any
 * failure here is left for the drawing to report (it awaits the same page).
 */
function prestart(): BrowserRenderer | undefined {
	try {
		const { bundles } = loadSiteReports();
		if (
			bundles
				.flatMap((b) => viewOf(b).diagrams.all)
				.flatMap(diagramKeys)
				.every((key) => isCached(key))
		)
			return undefined;
		const renderer = new BrowserRenderer();
		renderer.page(0).catch(() => undefined);
		return renderer;
	} catch {
		return undefined;
	}
}

/** Draws diagrams and cards at the start of a build (and diagrams at the start of the dev server); copies the cards in at its end. */
export default function diagrams(): AstroIntegration {
	let site: URL | undefined;
	let outDir: string | undefined;
	let prestarted: BrowserRenderer | undefined;
	return {
		name: 'reorg-lens-diagrams',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build' && !diagramsDisabled()) prestarted = prestart();
			},
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': async ({ logger }) => {
				await publishOrDiscard(outDir!, () =>
					drawDiagramsAndCards(loadSiteReports().bundles, site, logger, prestarted),
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const bundles = loadSiteReports().bundles;
				await publishOrDiscard(fileURLToPath(dir), async () => {
					if (!diagramsDisabled())
						copyCards(cardsOf(bundles, site), fileURLToPath(dir), {
							fontFaces: await inlineCjkFontFace(bundles),
						});
					const started = performance.now();
					const pages = lastLook(fileURLToPath(dir), bundles);
					logger.info(
						`last look: ${pages} pages parse whole, their inline SVG is well-formed and every report's text is there (${(performance.now() - started).toFixed(0)} ms)`,
					);
				});
			},
			'astro:server:setup': async ({ logger }) => {
				await withWarm((warm) => prerenderDiagrams(logger, undefined, warm));
				// Start the browser now, in the background, so that the first edit's diagrams render without waiting for it.
				if (!diagramsDisabled())
					withWarm((warm) => warm.render('rl-warm-up', 'flowchart LR\n  a --> b')).catch((e: Error) =>
						logger.warn(`the diagram browser did not start: ${e.message.split('\n')[0]}`),
					);
			},
			'astro:server:done': async () => {
				const slot = globalThis as Record<symbol, BrowserRenderer | undefined>;
				await slot[WARM_KEY]?.close();
				slot[WARM_KEY] = undefined;
			},
		},
	};
}
