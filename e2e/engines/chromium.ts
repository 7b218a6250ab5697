/**
 * The Chromium driver: Playwright over the DevTools protocol, with the Chromium the build uses. Colour scheme is an
 * emulated media feature, switched in the running page; a page without scripts needs a browser context of its own,
 * so `setMode` opens a new context when that changes.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/render/findChromium.ts';
import { settled, type EngineDriver, type Mode, type PageFunction, type Viewport } from './driver.ts';

/** A page's evaluate as the layer calls it. */
interface Evaluating {
	evaluate(fn: unknown, arg: unknown): Promise<unknown>;
}

/** Starts Chromium and returns its driver. */
export async function launchChromium(): Promise<EngineDriver> {
	const browser: Browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	let context: BrowserContext | undefined;
	let page: Page | undefined;
	let mode: Mode = { scheme: 'light', scripts: true };
	const current = () => {
		if (!page) throw new Error('chromium: no page is open; call open() first');
		return page;
	};
	async function setMode(next: Mode) {
		if (!context || next.scripts !== mode.scripts) {
			await context?.close();
			context = await browser.newContext({ javaScriptEnabled: next.scripts, colorScheme: next.scheme });
			page = await context.newPage();
		}
		mode = next;
		await current().emulateMedia({ colorScheme: next.scheme });
	}
	return {
		engine: 'chromium',
		scriptsOff: true,
		version: () => Promise.resolve(`Chromium ${browser.version()}`),
		setMode,
		async open(url, viewport) {
			if (!context) await setMode(mode);
			await current().setViewportSize(viewport);
			await current().goto(url, { waitUntil: 'load' });
			await current().evaluate(settled);
		},
		async resize(viewport: Viewport) {
			await current().setViewportSize(viewport);
			await current().evaluate(settled);
		},
		// The layer's page functions take one JSON argument; Playwright's own typing of it adds nothing here.
		evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
			(current() as unknown as Evaluating).evaluate(fn, arg) as Promise<R>,
		async screenshot(path) {
			await current().screenshot({ path });
		},
		async close() {
			await browser.close();
		},
	};
}
