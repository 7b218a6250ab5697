/**
 * Finds a Chromium to drive with Playwright, without configuration: an environment variable, then Playwright's
 * own browser cache, then the usual system paths. The build, the benchmark and the tests all start their browser
 * through here, so one missing browser gets one clear instruction.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
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
