/**
 * The Firefox driver: puppeteer-core over WebDriver BiDi, with Debian's Firefox ESR. Firefox ESR's BiDi has no
 * command to emulate a colour scheme or to turn page scripts off (emulation.setMediaFeaturesOverride and
 * emulation.setScriptingEnabled answer "unknown command"), so the colour scheme is a launch preference: `setMode` starts the
 * browser again when it changes, and the runner groups its pages by mode so that happens once a run. Scripts cannot
 * be turned off: with `javascript.enabled` false, BiDi's script.callFunction never answers, so the driver measures
 * nothing, and says so (`scriptsOff: false`).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EngineMissingError, settled, type EngineDriver, type Mode, type PageFunction } from './driver.ts';

/** Where Debian installs Firefox ESR. */
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * The preferences that put Firefox in a mode: 0 asks pages for dark, 1 for light. Overlay scrollbars, as on a phone
 * and as the other two drivers have them: headless Firefox otherwise keeps 12 px of a 390 px viewport for its
 * scrollbar and lays the page out 378 px wide.
 */
function prefs(mode: Mode): Record<string, unknown> {
	return {
		'layout.css.prefers-color-scheme.content-override': mode.scheme === 'dark' ? 0 : 1,
		'ui.useOverlayScrollbars': 1,
	};
}

/** Returns the Firefox driver; the browser starts with the first mode. */
export function launchFirefox(): Promise<EngineDriver> {
	const executablePath = FIREFOX.find((p) => existsSync(p));
	if (!executablePath)
		return Promise.reject(
			new EngineMissingError(
				'firefox',
				'firefox-esr',
				'Install it with `apt-get install firefox-esr` (.ci/run does).',
			),
		);
	let browser: Browser | undefined;
	let page: Page | undefined;
	let mode: Mode | undefined;
	const current = () => {
		if (!page) throw new Error('firefox: no page is open; call setMode() and open() first');
		return page;
	};
	return Promise.resolve({
		engine: 'firefox',
		// With javascript.enabled off, Firefox ESR's BiDi script.callFunction never answers.
		scriptsOff: false,
		version: async () =>
			browser ? (await browser.version()).replace(/^firefox\//, 'Firefox ') : 'Firefox (not started)',
		async setMode(next) {
			if (!next.scripts) throw new Error('firefox: page scripts cannot be turned off (see scriptsOff)');
			if (browser && mode && mode.scheme === next.scheme) return;
			await browser?.close();
			browser = await puppeteer.launch({
				browser: 'firefox',
				protocol: 'webDriverBiDi',
				executablePath,
				headless: true,
				protocolTimeout: 30_000,
				extraPrefsFirefox: prefs(next),
			});
			page = (await browser.pages())[0] ?? (await browser.newPage());
			mode = next;
		},
		async open(url, viewport) {
			await current().setViewport(viewport);
			await current().goto(url, { waitUntil: 'load' });
			await current().evaluate(settled);
		},
		async resize(viewport) {
			await current().setViewport(viewport);
			await current().evaluate(settled);
		},
		evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
			(current() as unknown as { evaluate(fn: unknown, arg: unknown): Promise<unknown> }).evaluate(
				fn,
				arg,
			) as Promise<R>,
		async screenshot(path) {
			await current().screenshot({ path: path });
		},
		async close() {
			await browser?.close();
			browser = undefined;
		},
	});
}
