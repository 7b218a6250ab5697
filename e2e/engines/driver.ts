/**
 * The one layer the engine checks speak to. Readers use Chromium, Firefox and WebKit; Playwright drives only the
 * first as Debian ships it, so each engine has its own driver (Playwright for Chromium, puppeteer-core over WebDriver
 * BiDi for Firefox ESR, selenium-webdriver with WebKitWebDriver for WebKitGTK) behind this interface, and the checks
 * are written once against it. A driver keeps one browser per engine for the whole run; what it cannot switch in a
 * running browser (Firefox's colour scheme and scripts are launch preferences) it switches by starting the browser
 * again, which `setMode` makes explicit so the runner can group its work by mode.
 */

/** The engines the checks run in. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The colour scheme the page is shown in, as the reader's system asks for it (prefers-color-scheme). */
export type Scheme = 'light' | 'dark';

/** A viewport in CSS px. */
export interface Viewport {
	width: number;
	height: number;
}

/** How a browser shows pages: colour scheme and whether the page's own scripts run. */
export interface Mode {
	scheme: Scheme;
	/** False: the page's scripts do not run (the driver can still evaluate its measuring functions). */
	scripts: boolean;
}

/** A function evaluated in the page: it must be self-contained (it is sent as source) and return JSON. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** One engine's browser, driven by its own protocol. */
export interface EngineDriver {
	readonly engine: EngineName;
	/** False when the driver cannot evaluate in a page whose own scripts are off; the runner then skips that mode. */
	readonly scriptsOff: boolean;
	/** The browser's name and version as it reports them, for the summary. */
	version(): Promise<string>;
	/** Shows the following pages in this mode (may restart the browser). */
	setMode(mode: Mode): Promise<void>;
	/** Opens a URL at a viewport size and waits for the page and its fonts to load. */
	open(url: string, viewport: Viewport): Promise<void>;
	/** Changes the viewport of the open page without reloading it, and waits for layout. */
	resize(viewport: Viewport): Promise<void>;
	/** Evaluates a self-contained function in the page with one JSON argument. */
	evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
	/** Writes a PNG of the viewport as it is. */
	screenshot(path: string): Promise<void>;
	/** Ends the browser and anything started for it. */
	close(): Promise<void>;
}

/**
 * Waits in the page until its fonts are in, then forces layout, so that positions are final. (Not animation
 * frames: in a page whose scripts are off, Chromium never runs their callbacks.)
 */
export function settled(): Promise<number> {
	return document.fonts.ready.then(() => document.documentElement.getBoundingClientRect().height);
}

/** The error a driver throws when its browser or driver program is missing, with what to install. */
export class EngineMissingError extends Error {
	constructor(engine: EngineName, what: string, fix: string) {
		super(`${engine}: ${what} not found. ${fix}`);
		this.name = 'EngineMissingError';
	}
}
