/**
 * The height each oEmbed declares, measured in the built embed pages: each is opened in headless Chromium at the
 * declared width, laid out at its natural size (the `measuring` class of the Embed layout), once as it opens and
 * once with "the same facts as text" open, and the taller of the two is written into its `oembed.json` (its
 * `height` and the height of the iframe in its `html`). Measuring the page a host will frame, rather than estimating
 * it, keeps the declaration true when words, fonts or diagrams change. The pages are served to the browser from the
 * built folder through request interception, so no server or port is needed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireRenderChromium } from '../render/findChromium.ts';
import { jsonText } from './openData.ts';
import { EMBED_SIZE } from './embed.ts';

const ORIGIN = 'http://embed.invalid';
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
};

/** Serves a page's requests from the built site under `base`. */
async function serveFrom(page: Page, root: string, base: string): Promise<void> {
	await page.route(`${ORIGIN}/**`, async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname).slice(base.length);
		const file = join(root, path, path.endsWith('/') || path === '' ? 'index.html' : '');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
		await route.fulfill({
			status: 200,
			body: readFileSync(file),
			contentType: TYPES[extname(file)] ?? 'application/octet-stream',
		});
	});
}

/** The height the loaded embed page needs, closed and with its facts as text open; the drawing at its own size, or
 * at most `drawingAtMost` px tall (the drawing shrinks in a frame, the words do not). */
async function neededHeights(page: Page, drawingAtMost = Infinity): Promise<{ closed: number; open: number }> {
	return page.evaluate(
		async (most) => {
			// A face loads only once some text is laid out in it, and `fonts.ready` may settle before that starts: load
			// every face the page declares, so the words are measured in the fonts a reader gets, the same every build.
			await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
			await document.fonts.ready;
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const root = document.documentElement;
			root.classList.add('measuring');
			const drawing = document.querySelector<HTMLElement>('figure.diagram .figure-box');
			const drawn = drawing?.getBoundingClientRect().height ?? 0;
			const height = () =>
				Math.ceil(document.body.getBoundingClientRect().height - Math.max(0, drawn - Math.min(drawn, most)));
			const closed = height();
			document.querySelectorAll('details').forEach((d) => (d.open = true));
			const open = Math.ceil(document.body.getBoundingClientRect().height);
			document.querySelectorAll('details').forEach((d) => (d.open = false));
			root.classList.remove('measuring');
			return { closed, open };
		},
		Number.isFinite(drawingAtMost) ? drawingAtMost : 1e9,
	);
}

/** The narrow frame the page must also fit at the declared height. */
const NARROW_FRAME = { width: 360 } as const;

/** One embed page's measure. */
export interface EmbedMeasure {
	/** The embed page's path within the site, such as "/reports/x/changes/y/embed/". */
	path: string;
	/** The natural height at the declared width, with the facts as text closed and open. */
	closed: number;
	open: number;
	/** What a 360 px frame needs at its natural height (the phone layout at its own size), closed and open. */
	narrow: { closed: number; open: number };
	/** The height now declared: the largest of these. */
	declared: number;
}

/** Embed pages measured at once: each in two browser pages, one a width; 150 in a row took a minute. */
const AT_ONCE = 2;

/** Measures every embed page of a built site whose oEmbed JSON is beside it, and writes the heights in. */
export async function declareEmbedHeights(
	root: string,
	base: string,
	embedPaths: readonly string[],
): Promise<EmbedMeasure[]> {
	if (embedPaths.length === 0) return [];
	const browser = await chromium.launch({ executablePath: requireRenderChromium(), args: CHROMIUM_ARGS });
	try {
		const measures = new Array<EmbedMeasure>(embedPaths.length);
		let next = 0;
		const worker = async () => {
			const wide = await browser.newPage({ viewport: { width: EMBED_SIZE.width, height: EMBED_SIZE.height } });
			const small = await browser.newPage({ viewport: { width: NARROW_FRAME.width, height: EMBED_SIZE.height } });
			await Promise.all([serveFrom(wide, root, base), serveFrom(small, root, base)]);
			for (let i = next++; i < embedPaths.length; i = next++) {
				const path = embedPaths[i];
				const url = `${ORIGIN}${base}${path.replace(/^\//, '')}`;
				// At 360 px the figure shows its phone layout at its own size (labels of 12 px or more), so the frame needs
				// the page's natural height there too.
				const [{ closed, open }, narrow] = await Promise.all([
					wide.goto(url).then(() => neededHeights(wide)),
					small.goto(url).then(() => neededHeights(small)),
				]);
				const declared = Math.max(closed, open, narrow.closed, narrow.open);
				rewriteOembed(join(root, path.replace(/^\//, ''), '..', 'oembed.json'), declared);
				measures[i] = { path, closed, open, narrow, declared };
			}
		};
		await Promise.all(Array.from({ length: Math.min(AT_ONCE, embedPaths.length) }, worker));
		return measures;
	} finally {
		await browser.close();
	}
}

/** Writes a measured height into an oEmbed JSON file. */
function rewriteOembed(file: string, height: number): void {
	const oembed = JSON.parse(readFileSync(file, 'utf8')) as { height: number; html: string };
	oembed.height = height;
	oembed.html = String(oembed.html).replace(/\sheight="\d+"/, ` height="${height}"`);
	writeFileSync(file, jsonText(oembed));
}
