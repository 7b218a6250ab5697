/**
 * Renders Mermaid source to SVG with the official mermaid package in one page of headless Chromium, driven by
 * Playwright. The browser starts on the first diagram that needs it and serves every later one; the page loads
 * the site's font so labels are measured as readers see them.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './findChromium.ts';
import { MERMAID_CONFIG } from './mermaidConfig.ts';
import { interFontFace } from './siteFont.ts';

const require = createRequire(import.meta.url);

/** A Mermaid syntax or render error, with mermaid's own message. */
export class MermaidRenderError extends Error {}

declare global {
	interface Window {
		mermaid: {
			initialize(config: unknown): void;
			render(id: string, source: string): Promise<{ svg: string }>;
		};
	}
}

/** The HTML of the render page: the site's font, inlined, so nothing is fetched. */
function renderPageHtml(): string {
	return `<!doctype html><html><head><meta charset="utf-8"><style>
${interFontFace()}
body { font-family: 'Inter Variable', sans-serif; margin: 0; }
</style></head><body><div id="work"></div></body></html>`;
}

/** One browser and one page that render diagrams one after another. */
export class BrowserRenderer {
	private browser?: Browser;
	private page?: Page;
	/** Milliseconds spent starting the browser and loading mermaid, for the benchmark. */
	startMs = 0;

	private async ready(): Promise<Page> {
		if (this.page) return this.page;
		const started = performance.now();
		this.browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, timeout: 60_000 });
		const page = await this.browser.newPage();
		page.setDefaultTimeout(60_000);
		await page.setContent(renderPageHtml());
		await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
		await page.evaluate(async (config) => {
			await document.fonts.load('14px "Inter Variable"');
			window.mermaid.initialize(config);
		}, MERMAID_CONFIG as unknown as Record<string, unknown>);
		this.page = page;
		this.startMs = performance.now() - started;
		return page;
	}

	/** Renders one diagram and returns well-formed SVG (mermaid's HTML-style `<br>` re-serialised as XML). */
	async render(renderId: string, source: string): Promise<string> {
		const page = await this.ready();
		const result = await page.evaluate(
			async ({ renderId, source }) => {
				try {
					const { svg } = await window.mermaid.render(renderId, source);
					const doc = new DOMParser().parseFromString(`<!doctype html><body>${svg}`, 'text/html');
					const root = doc.body.querySelector('svg');
					if (!root) return { error: 'mermaid returned no SVG' };
					return { svg: new XMLSerializer().serializeToString(root) };
				} catch (error) {
					document.getElementById(`d${renderId}`)?.remove();
					return { error: error instanceof Error ? error.message : String(error) };
				}
			},
			{ renderId, source },
		);
		if ('error' in result) throw new MermaidRenderError(result.error ?? 'unknown error');
		return result.svg as string;
	}

	/** Closes the browser if it was started. */
	async close(): Promise<void> {
		await this.browser?.close();
		this.browser = undefined;
		this.page = undefined;
	}
}
