/**
 * The site's configuration: the one module that reads environment variables. `normalizeConfig` reads an
 * environment once into a typed, frozen object, and every other module (the Astro config, the content loader, the
 * diagram renderer, the tests) imports `config` from here instead of reading `process.env`, so each setting has
 * one name, one default and one place where it is documented (README, “Configuration”). Tests build their own
 * configuration from a made-up environment with `normalizeConfig`.
 */
import { join, resolve } from 'node:path';

/** Where a headless Chromium can be found, as the environment says. */
export interface ChromiumSettings {
	/** Browser binaries named explicitly (CHROMIUM_PATH, then PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), first wins. */
	readonly explicit: readonly string[];
	/** Playwright's browser download folder (PLAYWRIGHT_BROWSERS_PATH), when it is not the default. */
	readonly playwrightBrowsers?: string;
	/** The user's cache folder on Linux (XDG_CACHE_HOME), where Playwright keeps browsers by default. */
	readonly cacheHome?: string;
	/** The user's local application data on Windows (LOCALAPPDATA), where Playwright keeps browsers by default. */
	readonly localAppData?: string;
}

/** Every setting of a build, a test run or a command, after defaults. */
export interface ReorgConfig {
	/** The public origin of the site as configured (SITE_URL), such as "https://news.example"; unset for local use. */
	readonly siteUrl?: string;
	/** The origin every absolute URL starts with: the configured one, or LOCAL_SITE for local use. */
	readonly site: string;
	/** The path the site is served under (BASE_PATH, or the path of SITE_URL), with a slash at each end: "/" or "/reorg-lens/". */
	readonly base: string;
	/** The folders that hold report folders (REORG_CONTENT, comma-separated), as absolute paths. */
	readonly contentRoots: readonly string[];
	/** True when REORG_CONTENT chose the content folders, so the published reports are not the ones being built. */
	readonly customContent: boolean;
	/** True when fixture reports (report.yaml `fixture: true`) are built too (REORG_FIXTURES=1), which only tests ask. */
	readonly fixtures: boolean;
	/** The folder the site is built into (REORG_OUT_DIR), as an absolute path. */
	readonly outDir: string;
	/** Where rendered diagrams are cached between builds (REORG_DIAGRAM_CACHE), as an absolute path. */
	readonly diagramCacheDir: string;
	/** True when Astro reuses unchanged pages of the previous build (REORG_INCREMENTAL=1; see docs/scale.md). */
	readonly incremental: boolean;
	/** True when the build skips drawing diagrams (REORG_NO_DIAGRAMS=1), which only the benchmark's baseline does. */
	readonly diagramsOff: boolean;
	/** Where to look for Chromium first. */
	readonly chromium: ChromiumSettings;
	/** The port the end-to-end tests serve the built site on (E2E_PORT). */
	readonly e2ePort: number;
	/** True on a continuous-integration machine (CI), where test output is a plain list and golden files must exist. */
	readonly ci: boolean;
	/** True when the golden-file tests rewrite their files after a deliberate change (UPDATE_GOLDEN=1). */
	readonly updateGolden: boolean;
	/** What the three-engine checks (`npm run test:engines`) run and keep. */
	readonly engines: EngineSettings;
	/** Pages and svgo workers of the diagram renderer. */
	readonly render: RenderSettings;
}

/** What the three-engine checks run and keep. */
interface EngineSettings {
	/** The engines to run (ENGINES, comma-separated: chromium, firefox, webkit; default all three). */
	readonly names: readonly string[];
	/** A folder to save screenshots of each engine, width and theme in (ENGINES_SCREENSHOTS), or none. */
	readonly screenshots?: string;
	/** True to log how long each page took to open and measure (ENGINES_DEBUG=1). */
	readonly debug: boolean;
	/** The built pages to visit, each a path or, ending in *, a path prefix (ENGINES_PAGES, comma-separated; default every page). */
	readonly pages: readonly string[];
}

/** How diagram rendering shares the machine; unset, it follows the number of cores. */
export interface RenderSettings {
	/** Chromium pages rendering at once (REORG_RENDER_PAGES). */
	readonly pages?: number;
	/** Worker threads running svgo (REORG_SVG_WORKERS; 0 runs it in the main thread). */
	readonly svgWorkers?: number;
}

/** An environment: process.env, or a made-up one in tests. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The origin of a site built for local use only: `npm start` serves it here. */
const LOCAL_SITE = 'http://localhost:4321';

/** The one line a build for publishing prints when no public URL is set. */
export const NO_SITE_URL_MESSAGE =
	'SITE_URL is not set: a build for publishing needs the public URL of the site, such as SITE_URL=https://news.example/reorg-lens/ npm run build (npm start builds for http://localhost:4321 without it).';

/** The default folder of published reports. */
const DEFAULT_CONTENT_ROOT = 'content/reports';

/** The default port of the end-to-end tests' server. */
const DEFAULT_E2E_PORT = 4399;

/** A value that is set and not blank, trimmed. */
export function setting(env: Env, name: string): string | undefined {
	const value = env[name]?.trim();
	return value ? value : undefined;
}

/** A positive whole number from the environment, or the default when unset. */
export function count(env: Env, name: string, fallback: number): number {
	const raw = setting(env, name);
	const value = Number(raw ?? fallback);
	if (!Number.isInteger(value) || value <= 0)
		throw new Error(
			`${name} is "${raw}", which is not a positive whole number: set it to a number such as ${fallback}, or unset it.`,
		);
	return value;
}

/** "/", or the path with one slash at each end: "reorg-lens" and "/reorg-lens" become "/reorg-lens/". */
export function normalizeBase(path: string | undefined): string {
	const inner = (path ?? '').split('/').filter(Boolean).join('/');
	return inner ? `/${inner}/` : '/';
}

/**
 * The public origin and base path from SITE_URL and BASE_PATH. SITE_URL may carry the base path itself
 * ("https://user.github.io/reorg-lens/"); BASE_PATH, when also set, must agree with it.
 */
function siteAndBase(env: Env): { siteUrl?: string; base: string } {
	const raw = setting(env, 'SITE_URL');
	const basePath = setting(env, 'BASE_PATH');
	if (!raw) return { base: normalizeBase(basePath) };
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`SITE_URL is "${raw}", which is not a URL: set it to the public address of the site, such as https://news.example/reorg-lens/.`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(
			`SITE_URL is "${raw}": it must start with https:// (or http://), such as https://news.example/reorg-lens/.`,
		);
	}
	if (url.search || url.hash)
		throw new Error(`SITE_URL is "${raw}": leave out the query and fragment; give the site's address only.`);
	const fromUrl = normalizeBase(url.pathname);
	if (basePath !== undefined && fromUrl !== '/' && normalizeBase(basePath) !== fromUrl) {
		throw new Error(
			`SITE_URL ends in the path ${fromUrl} but BASE_PATH is "${basePath}": set the path in one of them only.`,
		);
	}
	return { siteUrl: url.origin, base: basePath !== undefined ? normalizeBase(basePath) : fromUrl };
}

/** Reads an environment into the configuration; `cwd` anchors relative paths. */
export function normalizeConfig(env: Env, cwd = process.cwd()): ReorgConfig {
	const roots =
		setting(env, 'REORG_CONTENT')
			?.split(',')
			.map((s) => s.trim())
			.filter(Boolean) ?? [];
	const port = count(env, 'E2E_PORT', DEFAULT_E2E_PORT);
	if (port > 65535)
		throw new Error(
			`E2E_PORT is "${env.E2E_PORT}", which is not a port number: set it to a number such as ${DEFAULT_E2E_PORT}, or unset it.`,
		);
	const chromium: ChromiumSettings = {
		explicit: [setting(env, 'CHROMIUM_PATH'), setting(env, 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH')].filter(
			(p): p is string => p !== undefined,
		),
		playwrightBrowsers: setting(env, 'PLAYWRIGHT_BROWSERS_PATH'),
		cacheHome: setting(env, 'XDG_CACHE_HOME'),
		localAppData: setting(env, 'LOCALAPPDATA'),
	};
	const { siteUrl, base } = siteAndBase(env);
	return deepFreeze({
		siteUrl,
		site: siteUrl ?? LOCAL_SITE,
		base,
		contentRoots: (roots.length > 0 ? roots : [DEFAULT_CONTENT_ROOT]).map((p) => resolve(cwd, p)),
		customContent: roots.length > 0,
		fixtures: env.REORG_FIXTURES === '1',
		outDir: resolve(cwd, setting(env, 'REORG_OUT_DIR') ?? 'dist'),
		diagramCacheDir: resolve(
			cwd,
			setting(env, 'REORG_DIAGRAM_CACHE') ?? join('node_modules', '.cache', 'reorg-lens', 'diagrams'),
		),
		diagramsOff: env.REORG_NO_DIAGRAMS === '1',
		incremental: env.REORG_INCREMENTAL === '1',
		chromium,
		e2ePort: port,
		ci: Boolean(setting(env, 'CI')) && env.CI !== 'false',
		updateGolden: env.UPDATE_GOLDEN === '1',
		engines: {
			names: (setting(env, 'ENGINES') ?? 'chromium,firefox,webkit')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean),
			screenshots: setting(env, 'ENGINES_SCREENSHOTS'),
			debug: Boolean(setting(env, 'ENGINES_DEBUG')),
			pages: (setting(env, 'ENGINES_PAGES') ?? '')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean),
		},
		render: {
			pages: setting(env, 'REORG_RENDER_PAGES') ? count(env, 'REORG_RENDER_PAGES', 1) : undefined,
			// 0 is allowed: svgo then runs in the main thread.
			svgWorkers:
				setting(env, 'REORG_SVG_WORKERS') === '0'
					? 0
					: setting(env, 'REORG_SVG_WORKERS')
						? count(env, 'REORG_SVG_WORKERS', 1)
						: undefined,
		},
	});
}

/** Freezes an object and everything in it, so no module can change a setting for the others. */
function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

/** This process's configuration, read from its environment once. */
export const config: ReorgConfig = normalizeConfig(process.env);
