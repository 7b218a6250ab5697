/**
 * Renders Mermaid source to SVG with the official mermaid package in headless Chromium, driven by Playwright. The
 * browser starts on the first batch that needs it; each page loads mermaid and the site's font once (so labels are
 * measured as readers see them) and then renders several diagrams per round trip. Mermaid is loaded as its ES module
 * build, served to the page from node_modules: the page then compiles only the chunks of the diagram types it draws
 * (2.5 MB for flowcharts and gantt charts) instead of the 5.5 MB bundle of every type, which took longer to load than
 * the site's diagrams take to draw. Chinese names are measured in the
 * site's CJK subset, which `useFontFaces` adds to every page before the diagrams that draw them.
 *
 * Output depends on the source alone: mermaid's ids are deterministic, and every random number mermaid or rough.js
 * draws (the curves of a dashed outline, for one) comes from a generator seeded by the diagram's source, so two cold
 * builds of the same commit give byte-identical SVG whatever the order or the batch a diagram is rendered in.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { RENDER_CHROMIUM_ARGS, requireRenderChromium } from './findChromium.ts';
import { MERMAID_CONFIG } from './mermaidConfig.ts';
import { interFontFace } from './siteFont.ts';

const require = createRequire(import.meta.url);

/** A Mermaid syntax or render error, with mermaid's own message. */
class MermaidRenderError extends Error {}

/**
 * Settings added to the site's mermaid config so that output is reproducible: ids counted from a fixed seed, and a
 * fixed seed for rough.js (which draws shape outlines even in the classic look).
 */
const REPRODUCIBLE_CONFIG = { deterministicIds: true, deterministicIDSeed: 'reorg-lens', handDrawnSeed: 1 } as const;

/** One diagram to render: the id mermaid renders it under, and its source. */
export interface RenderJob {
	renderId: string;
	source: string;
}

/** What the page returns for one diagram: well-formed SVG and mermaid's own render time, or mermaid's error. */
export type RenderResult = { svg: string; mermaidMs: number } | { error: string };

declare global {
	interface Window {
		mermaid: {
			initialize(config: unknown): void;
			render(id: string, source: string): Promise<{ svg: string }>;
		};
		reorgRender(jobs: RenderJob[]): Promise<RenderResult[]>;
	}
}

/** The render page's origin: requests to it never leave the process (see `serveRenderPage`). */
const ORIGIN = 'http://render.reorg-lens.invalid';

/** The folder of mermaid's ES module build and its chunks. */
const MERMAID_DIST = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));

/** The HTML of the render page: the site's font, inlined, and mermaid's module, served by `serveRenderPage`. */
function renderPageHtml(): string {
	return `<!doctype html><html><head><meta charset="utf-8"><style>
${interFontFace()}
body { font-family: 'Inter Variable', sans-serif; margin: 0; }
</style><script type="module">import mermaid from '/mermaid/mermaid.esm.min.mjs'; window.mermaid = mermaid;</script>
</head><body><div id="work"></div></body></html>`;
}

/**
 * Installed in the page: renders jobs one after another, each with Math.random seeded from its source (FNV-1a hash,
 * mulberry32 generator), and re-serialises mermaid's HTML-style `<br>` as XML.
 */
function installRenderer(): void {
	const nativeRandom = Math.random;
	const seeded = (text: string) => {
		let seed = 0x811c9dc5;
		for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 0x01000193);
		return () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	};
	window.reorgRender = async (jobs) => {
		const results: RenderResult[] = [];
		for (const { renderId, source } of jobs) {
			Math.random = seeded(source);
			const started = performance.now();
			try {
				const { svg } = await window.mermaid.render(renderId, source);
				const mermaidMs = performance.now() - started;
				const doc = new DOMParser().parseFromString(`<!doctype html><body>${svg}`, 'text/html');
				const root = doc.body.querySelector('svg');
				results.push(
					root
						? { svg: new XMLSerializer().serializeToString(root), mermaidMs }
						: { error: 'mermaid returned no SVG' },
				);
			} catch (error) {
				document.getElementById(`d${renderId}`)?.remove();
				results.push({ error: error instanceof Error ? error.message : String(error) });
			} finally {
				Math.random = nativeRandom;
			}
		}
		return results;
	};
}

/**
 * Answers the render page's requests: the page itself, and mermaid's module files from node_modules. Anything else,
 * or a path that leaves mermaid's folder, is refused, so the page can fetch nothing from the network.
 */
async function serveRenderPage(route: Route): Promise<void> {
	const path = decodeURIComponent(new URL(route.request().url()).pathname);
	if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: renderPageHtml() });
	const file = normalize(join(MERMAID_DIST, path.replace(/^\/mermaid\//, '')));
	if (!path.startsWith('/mermaid/') || !file.startsWith(MERMAID_DIST + sep) || !file.endsWith('.mjs'))
		return route.abort();
	const body = await readFile(file).catch(() => undefined);
	return body ? route.fulfill({ contentType: 'text/javascript; charset=utf-8', body }) : route.abort();
}

/** Adds a stylesheet of `@font-face` rules to a page and waits until every face it declares has loaded. */
async function addFontFaces(page: Page, css: string): Promise<void> {
	await page.addStyleTag({ content: css });
	await page.evaluate(async () => {
		await Promise.all([...document.fonts].map((face) => face.load()));
	});
}

/** Lines of the browser's own output kept, so a crash can be reported in its last words. */
const LAST_WORDS = 8;

/**
 * True when an error means the browser (or its page) died rather than mermaid refused a diagram: the build then
 * tries once more in a fresh browser.
 */
export function isBrowserCrash(error: unknown): boolean {
	return (
		error instanceof Error &&
		/Target (?:page, context or browser )?(?:has been )?closed|Browser (?:has been )?closed|browser has disconnected|crashed|Protocol error|Target crashed|Process failed to launch|exited|SIGKILL|SIGSEGV/i.test(
			error.message,
		)
	);
}

/** One browser with one or more pages, each rendering batches of diagrams. */
export class BrowserRenderer {
	private launching?: Promise<Browser>;
	private readonly pages: Promise<Page>[] = [];
	/** The inlined `@font-face` rules every page gets besides the site's Latin face. */
	private readonly fontFaces: string[] = [];
	/** The browser's last lines of output (its stderr, as Playwright relays it). */
	private readonly output: string[] = [];
	/** Milliseconds from launch until the first page could render, for the benchmark. */
	startMs = 0;

	/** The browser, launched on first use; other build-time drawing (the share cards) shares it. */
	browser(): Promise<Browser> {
		this.launching ??= chromium.launch({
			executablePath: requireRenderChromium(),
			args: RENDER_CHROMIUM_ARGS,
			timeout: 60_000,
			logger: {
				isEnabled: (name) => name === 'browser',
				log: (_name, _severity, message) => {
					this.output.push(String(message).slice(0, 300));
					this.output.splice(0, Math.max(0, this.output.length - LAST_WORDS));
				},
			},
		});
		return this.launching;
	}

	/** The last lines the browser wrote before it stopped, for the message of a build that fails on a crash. */
	lastWords(): string {
		const said = this.output.filter((line) => !/^<(?:launching|launched)/.test(line));
		return said.length > 0 ? said.join('\n') : '(the browser wrote nothing)';
	}

	private async openPage(): Promise<Page> {
		const started = performance.now();
		const page = await (await this.browser()).newPage();
		page.setDefaultTimeout(120_000);
		await page.route(`${ORIGIN}/**`, serveRenderPage);
		// A module script delays the load event until it and its imports have run, so mermaid is ready after goto.
		await page.goto(`${ORIGIN}/`);
		if (!(await page.evaluate(() => typeof window.mermaid?.render === 'function')))
			throw new Error('mermaid did not load in the render page');
		await page.evaluate(installRenderer);
		for (const css of this.fontFaces) await addFontFaces(page, css);
		await page.evaluate(
			async (config) => {
				await document.fonts.load('14px "Inter Variable"');
				window.mermaid.initialize(config);
			},
			{ ...MERMAID_CONFIG, ...REPRODUCIBLE_CONFIG } as unknown as Record<string, unknown>,
		);
		if (this.startMs === 0) this.startMs = performance.now() - started;
		return page;
	}

	/** The page at this index, opened on first use. */
	page(index: number): Promise<Page> {
		this.pages[index] ??= this.openPage();
		return this.pages[index];
	}

	/**
	 * Adds `@font-face` rules (inlined fonts) to every page, open or still to open, and waits until their faces have
	 * loaded, so the next diagrams are measured in them. The same rules twice are added once.
	 */
	async useFontFaces(css: string): Promise<void> {
		if (!css || this.fontFaces.includes(css)) return;
		this.fontFaces.push(css);
		await Promise.all(this.pages.map(async (page) => addFontFaces(await page, css)));
	}

	/** Renders a batch of diagrams in one round trip to the page at `pageIndex`. */
	async renderBatch(jobs: RenderJob[], pageIndex = 0): Promise<RenderResult[]> {
		const page = await this.page(pageIndex);
		return page.evaluate((jobs) => window.reorgRender(jobs), jobs);
	}

	/** Renders one diagram and returns well-formed SVG. */
	async render(renderId: string, source: string): Promise<string> {
		const [result] = await this.renderBatch([{ renderId, source }]);
		if ('error' in result) throw new MermaidRenderError(result.error);
		return result.svg;
	}

	/** Closes the browser if it was started; the next use starts a fresh one, with the same font faces. */
	async close(): Promise<void> {
		const browser = this.launching;
		this.launching = undefined;
		this.pages.length = 0;
		this.output.length = 0;
		await (await browser?.catch(() => undefined))?.close();
	}
}
