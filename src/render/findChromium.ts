/**
 * Finds a Chromium to drive with Playwright, without configuration: an environment variable, then Playwright's
 * own browser cache, then the usual system paths. The build, the benchmark and the tests all start their browser
 * through here, so one missing browser gets one clear instruction. Drawing at build time prefers Chromium's headless
 * shell where one is installed: it is the same engine without the desktop browser's layers, and measured on the real
 * site it drew the diagrams in 0.79× the time and the share cards in about 0.8×. Tests of what readers see keep the
 * full browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { basename, join } from 'node:path';
import { config, type ChromiumSettings } from '../config.ts';

/** The one line printed when no browser is found. */
export const NO_CHROMIUM_MESSAGE =
	'No Chromium found. Run `npm run setup` (it installs one where it can), or install Chromium or Chrome, or set CHROMIUM_PATH to its binary.';

/** Thrown when no Chromium can be found; its message is the one-line instruction. */
export class ChromiumNotFoundError extends Error {
	constructor() {
		super(NO_CHROMIUM_MESSAGE);
		this.name = 'ChromiumNotFoundError';
	}
}

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The candidates in the order they are tried, for messages and tests. */
export function chromiumCandidates(settings: ChromiumSettings = config.chromium): string[] {
	return [...settings.explicit, ...playwrightCacheBinaries(settings), ...SYSTEM_PATHS];
}

/** Returns the path of the first Chromium that exists, or undefined. */
export function findChromium(settings: ChromiumSettings = config.chromium): string | undefined {
	const explicit = settings.explicit[0];
	if (explicit && !existsSync(explicit)) {
		throw new Error(`CHROMIUM_PATH points at ${explicit}, which does not exist. Fix the path or unset it.`);
	}
	return chromiumCandidates(settings).find((p) => existsSync(p));
}

/** Like findChromium, but throws the one-line instruction when there is none. */
export function requireChromium(settings: ChromiumSettings = config.chromium): string {
	const found = findChromium(settings);
	if (!found) throw new ChromiumNotFoundError();
	return found;
}

/** Chromium's headless shell where system packages put it (Debian: `chromium-headless-shell`). */
const HEADLESS_SHELL_PATHS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chrome-headless-shell'];

/**
 * The Chromium that draws diagrams and share cards at build time: CHROMIUM_PATH if set, else a headless shell if one
 * is installed, else the browser `requireChromium` finds.
 */
export function requireRenderChromium(settings: ChromiumSettings = config.chromium): string {
	if (settings.explicit.length > 0) return requireChromium(settings);
	const shells = [
		...HEADLESS_SHELL_PATHS,
		...playwrightCacheBinaries(settings).filter((p) => p.includes('headless-shell')),
	];
	return shells.find((p) => existsSync(p)) ?? requireChromium(settings);
}

const identities = new Map<string, string>();

/**
 * What identifies a browser's drawing, for the keys of what it draws: its name and the version it reports (the
 * headless shell and the full browser lay text out slightly differently, and versions may too), or, where it will not
 * say, its binary's name and size.
 */
export function browserIdentity(path: string): string {
	let identity = identities.get(path);
	if (identity === undefined) {
		const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout?.trim();
		const real = existsSync(path) ? realpathSync(path) : path;
		identity = `${basename(path)} ${version || `${basename(real)} ${existsSync(real) ? statSync(real).size : 'missing'}`}`;
		identities.set(path, identity);
	}
	return identity;
}

/**
 * The identity of the browser that draws at build time, or "no Chromium" when there is none: a build whose every
 * diagram and card is cached, or one without diagrams, needs no browser, only its keys.
 */
export function renderBrowserIdentity(settings: ChromiumSettings = config.chromium): string {
	try {
		return browserIdentity(requireRenderChromium(settings));
	} catch (error) {
		if (error instanceof ChromiumNotFoundError) return 'no Chromium';
		throw error;
	}
}

/** Chromium binaries in Playwright's download cache, newest build first. */
function playwrightCacheBinaries(settings: ChromiumSettings): string[] {
	const os = platform();
	const cache =
		settings.playwrightBrowsers && settings.playwrightBrowsers !== '0'
			? settings.playwrightBrowsers
			: os === 'darwin'
				? join(homedir(), 'Library', 'Caches', 'ms-playwright')
				: os === 'win32'
					? join(settings.localAppData ?? homedir(), 'ms-playwright')
					: join(settings.cacheHome ?? join(homedir(), '.cache'), 'ms-playwright');
	if (!existsSync(cache)) return [];
	const builds = readdirSync(cache)
		.filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
		.sort((a, b) => Number(b.split('-').pop()) - Number(a.split('-').pop()));
	const inside = [
		['chrome-linux64', 'chrome'],
		['chrome-linux', 'chrome'],
		['chrome-headless-shell-linux64', 'chrome-headless-shell'],
		['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
		['chrome-win', 'chrome.exe'],
	];
	return builds.flatMap((b) => inside.map((parts) => join(cache, b, ...parts)));
}

/** Launch arguments for a headless Chromium that makes no network request of its own and runs as root. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/**
 * The arguments of the browser that draws at build time (diagrams and share cards). Partial raster is off: with it
 * Chromium redraws only the part of a tile that changed, and a share card drawn in a page that had drawn other cards
 * came out a few pixels different from the same card drawn fresh, so two cold builds differed (a card drawn, then
 * another, then the first again, in one page). It costs nothing measurable: on the fixtures' 112 cards at load 11,
 * 6 interleaved rounds, a card took 0.99× the time without it (median of the round-by-round ratios).
 */
export const RENDER_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-partial-raster'];
