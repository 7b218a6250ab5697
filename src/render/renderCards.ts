/**
 * Renders share cards to 1200×630 PNG in headless Chromium and copies them into the built site. Each card is cached
 * by a hash of its HTML, stylesheet and fonts, so a warm build starts no browser; the build draws them at its start,
 * in the browser that drew its diagrams, and copies them into the site at its end. A cold run keeps its pages warm:
 * each loads the stylesheet and the fonts once (parsing an inlined font costs more than drawing a card), then only
 * the card's body is swapped, measured and captured; on machines with cores to spare, pages draw side by side. A
 * cached card is used only when it matches the hash recorded when it was drawn and decodes as a whole 1200×630 PNG
 * (verifiedCache.ts); a damaged one is drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { fitCard } from '../cards/cardFit.ts';
import { CARD_CSS, type Card } from '../cards/cardHtml.ts';
import { cacheDir, packageVersion } from './cache.ts';
import { checkPng } from './cacheChecks.ts';
import { readEntry, writeEntry } from './verifiedCache.ts';
import { RENDER_CHROMIUM_ARGS, renderBrowserIdentity, requireRenderChromium } from './findChromium.ts';
import { interFontFace } from './siteFont.ts';

/** The smallest title a card may draw: 11 px on a 300 px wide thumbnail. */
export const MIN_TITLE_PX = 44;

/** What a drawn card's title measured, in CSS px of the 1200 px card. */
interface TitleMeasure {
	path: string;
	/** The computed font size. */
	fontPx: number;
	/** The height of the shortest line box of the title. */
	linePx: number;
	/** True when a column of the picture is cut off at the bottom (too many or too long names). */
	clipped: boolean;
}

/**
 * How many pages draw cards side by side by default: one per core, at most four. While one page waits for its
 * capture (rastered and encoded in Chromium's other processes), the other lays out the next card: measured with
 * `node bench/cards.ts` in the headless shell on two cores, two pages drew a card in 0.78× the wall time of one
 * (42.2 against 54.1 ms) for 1.09× the CPU. (In the full browser it was the other way round: one page took 0.7× the
 * time of two.)
 */
export const cardPages = () => Math.max(1, Math.min(4, availableParallelism()));

/** How cards are captured, part of their cache key (with the browser's arguments, which decide its pixels too). */
const CAPTURE = ['png, optimizeForSpeed, 1200×630 at 1×', ...RENDER_CHROMIUM_ARGS].join(' ');

/** Whole cards only: the size every card is captured at. */
const checkCard = checkPng(1200, 630);

/** A browser that died while drawing a card, named so the build's message can say which. */
export class CardBrowserCrash extends Error {
	readonly path: string;
	constructor(path: string, cause: Error) {
		super(`the browser died while drawing the share card ${path}: ${cause.message.split('\n')[0]}`, { cause });
		this.path = path;
	}
}

const tooSmall = (t: TitleMeasure) => t.fontPx < MIN_TITLE_PX || t.linePx < MIN_TITLE_PX;

/** The full HTML document of a card, with the fonts given as @font-face rules. */
export function cardDocument(card: Pick<Card, 'body'>, fontFaces = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${fontFaces}${CARD_CSS}</style></head><body>${card.body}</body></html>`;
}

/** A page holding the card stylesheet and fonts, its fonts loaded, ready to draw one card after another. */
interface WarmPage {
	page: Page;
	cdp: CDPSession;
}

async function warmPage(browser: Browser, fontFaces: string): Promise<WarmPage> {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
	await page.setContent(cardDocument({ body: '' }, fontFaces));
	await page.evaluate(async () => {
		await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
	});
	return { page, cdp: await page.context().newCDPSession(page) };
}

/** Swaps a card into a warm page, fits its names (cardFit.ts), measures its title, and captures it as PNG. */
async function drawCard({ page, cdp }: WarmPage, card: Card): Promise<{ png: Buffer; title: TitleMeasure }> {
	await page.evaluate(async (body) => {
		document.body.innerHTML = body;
		await document.fonts.ready;
	}, card.body);
	await page.evaluate(fitCard);
	const measured = await page.evaluate(() => {
		const clipped = [...document.querySelectorAll('.side, .moves')].some(
			(el) => el.scrollHeight > el.clientHeight + 1,
		);
		const h1 = document.querySelector('h1');
		if (!h1) return { fontPx: 0, linePx: 0, clipped };
		const range = document.createRange();
		range.selectNodeContents(h1);
		const lines = [...range.getClientRects()].map((r) => r.height);
		return { fontPx: parseFloat(getComputedStyle(h1).fontSize), linePx: Math.min(...lines), clipped };
	});
	// Chromium's own capture, with fast compression: the cards are flat colour and text, so the files stay small.
	const shot = await cdp.send('Page.captureScreenshot', {
		format: 'png',
		optimizeForSpeed: true,
		clip: { x: 0, y: 0, width: 1200, height: 630, scale: 1 },
	});
	return { png: Buffer.from(shot.data, 'base64'), title: { path: card.path, ...measured } };
}

/** Options of a render: the fonts the cards use, where cached cards live, how many pages draw at once. */
export interface RenderCardsOptions {
	/** @font-face rules beyond the site's Latin face, for example the inlined CJK subset. */
	fontFaces?: string;
	/** The folder of cached PNGs. */
	dir?: string;
	/** Pages drawing side by side; by default `cardPages()`. */
	pages?: number;
	/**
	 * A running browser to draw in (left open), or a function that starts one only when a card is missing (the build
	 * shares the diagrams' browser this way); by default one is started for the cards missing and closed after.
	 */
	browser?: Browser | (() => Promise<Browser>);
}

/** What drawing a set of cards did: counts, each drawn title's measure, and the time to warm the pages and draw. */
export interface CardStats {
	total: number;
	rendered: number;
	titles: TitleMeasure[];
	/** Milliseconds spent starting the browser (if started here) and warming its pages. */
	startMs: number;
	/** Milliseconds spent drawing, after the pages were warm. */
	drawMs: number;
}

const cardsDir = (options: Pick<RenderCardsOptions, 'dir'>) => options.dir ?? join(cacheDir(), '..', 'cards');

/**
 * Each card with the cache file that holds (or will hold) its PNG; the key covers every input of its pixels: the
 * fonts, stylesheet and body, the capture settings, the browser that draws it, Playwright's version, this code and
 * the fitting of names (read from the project root, as pages run it from Astro's bundled chunks).
 */
function cacheFiles(cards: readonly Card[], fontFaces: string, dir: string) {
	const drawing = [
		CAPTURE,
		renderBrowserIdentity(),
		packageVersion('playwright-core'),
		...['render/renderCards.ts', 'cards/cardFit.ts'].map((f) =>
			createHash('sha256')
				.update(readFileSync(join(process.cwd(), 'src', f)))
				.digest('hex'),
		),
	];
	const fonts = createHash('sha256').update(fontFaces).update(JSON.stringify(drawing)).digest();
	return cards.map((card) => ({
		card,
		file: join(
			dir,
			`${createHash('sha256').update(fonts).update(CARD_CSS).update(card.body).digest('hex').slice(0, 32)}.png`,
		),
	}));
}

/**
 * Draws the cards missing from the cache into it, in warm pages; fails on a title under 44 px (such a card is not
 * cached, so the next build fails on it too). Starts no browser when every card is cached.
 */
export async function drawCards(cards: readonly Card[], options: RenderCardsOptions = {}): Promise<CardStats> {
	const fontFaces = interFontFace() + (options.fontFaces ?? '');
	const dir = cardsDir(options);
	mkdirSync(dir, { recursive: true });
	const missing = cacheFiles(cards, fontFaces, dir).filter((k) => readEntry(k.file, checkCard).state !== 'ok');
	const stats: CardStats = { total: cards.length, rendered: missing.length, titles: [], startMs: 0, drawMs: 0 };
	if (missing.length === 0) return stats;
	const given = options.browser;
	const started = performance.now();
	const browser =
		given === undefined
			? await chromium.launch({ executablePath: requireRenderChromium(), args: RENDER_CHROMIUM_ARGS })
			: typeof given === 'function'
				? await given()
				: given;
	try {
		const count = Math.max(1, Math.min(options.pages ?? cardPages(), missing.length));
		const queue = [...missing];
		const pages = await Promise.all(
			Array.from({ length: count }, () =>
				warmPage(browser, fontFaces).catch((error: Error) =>
					Promise.reject(new CardBrowserCrash('(none yet: while opening a page)', error)),
				),
			),
		);
		const warm = performance.now();
		await Promise.all(
			pages.map(async (page) => {
				for (let next = queue.shift(); next; next = queue.shift()) {
					const card = next.card;
					const { png, title } = await drawCard(page, card).catch((error: Error) =>
						Promise.reject(new CardBrowserCrash(card.path, error)),
					);
					stats.titles.push(title);
					if (tooSmall(title)) continue;
					writeEntry(next.file, png);
				}
			}),
		);
		Object.assign(stats, { startMs: warm - started, drawMs: performance.now() - warm });
		if (given !== undefined) await Promise.all(pages.map(({ page }) => page.close()));
	} finally {
		if (given === undefined) await browser.close();
	}
	const small = stats.titles.filter(tooSmall);
	if (small.length > 0) {
		throw new Error(
			`Share card titles drawn under ${MIN_TITLE_PX} px (11 px on a 300 px thumbnail): ${small.map((t) => `${t.path} (${t.fontPx} px type, ${t.linePx.toFixed(1)} px line)`).join(', ')}.\n` +
				'Hint: keep h1 font sizes in src/cards/cardCss.ts at 44 px or more.',
		);
	}
	return stats;
}

/** Copies every card from the cache into the built site at its path; each must have been drawn by `drawCards`. */
export function copyCards(
	cards: readonly Card[],
	outDir: string,
	options: Pick<RenderCardsOptions, 'fontFaces' | 'dir'> = {},
): void {
	for (const { card, file } of cacheFiles(cards, interFontFace() + (options.fontFaces ?? ''), cardsDir(options))) {
		const read = readEntry(file, checkCard);
		if (read.state !== 'ok')
			throw new Error(
				`Share card ${card.path} is ${read.state === 'damaged' ? `damaged in the card cache (${read.problem})` : 'not in the card cache'} (${file}).\nHint: cards are drawn at the start of the build; build again, and report it if it repeats.`,
			);
		const target = join(outDir, card.path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, read.bytes);
	}
}

/** Draws the cards missing from the cache (see `drawCards`), then copies every card to `outDir`. */
export async function renderCards(
	cards: readonly Card[],
	outDir: string,
	options: RenderCardsOptions = {},
): Promise<CardStats> {
	const stats = await drawCards(cards, options);
	copyCards(cards, outDir, options);
	return stats;
}
