import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config, count, normalizeBase, normalizeConfig } from './config.ts';

describe('the configuration', () => {
	it('has a default for every setting, with paths made absolute', () => {
		const c = normalizeConfig({}, '/repo');
		expect(c).toEqual({
			siteUrl: undefined,
			site: 'http://localhost:4321',
			base: '/',
			contentRoots: ['/repo/content/reports'],
			customContent: false,
			fixtures: false,
			outDir: '/repo/dist',
			diagramCacheDir: '/repo/node_modules/.cache/reorg-lens/diagrams',
			diagramsOff: false,
			incremental: false,
			chromium: { explicit: [], playwrightBrowsers: undefined, cacheHome: undefined, localAppData: undefined },
			e2ePort: 4399,
			engines: { names: ['chromium', 'firefox', 'webkit'], screenshots: undefined, debug: false, pages: [] },
			ci: false,
			updateGolden: false,
			render: { pages: undefined, svgWorkers: undefined },
		});
	});

	it('reads each variable into its setting', () => {
		const c = normalizeConfig(
			{
				SITE_URL: 'https://example.org',
				BASE_PATH: 'reorg-lens',
				REORG_CONTENT: 'a, /abs/b ,',
				REORG_FIXTURES: '1',
				REORG_OUT_DIR: 'out',
				REORG_DIAGRAM_CACHE: '/tmp/cache',
				REORG_NO_DIAGRAMS: '1',
				REORG_INCREMENTAL: '1',
				CHROMIUM_PATH: '/opt/chrome',
				PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/pw',
				E2E_PORT: '4404',
				CI: 'true',
			},
			'/repo',
		);
		expect(c.siteUrl).toBe('https://example.org');
		expect(c.site).toBe('https://example.org');
		expect(c.base).toBe('/reorg-lens/');
		expect(c.contentRoots).toEqual(['/repo/a', '/abs/b']);
		expect(c.customContent).toBe(true);
		expect([c.fixtures, c.diagramsOff, c.incremental, c.ci]).toEqual([true, true, true, true]);
		expect(c.outDir).toBe('/repo/out');
		expect(c.diagramCacheDir).toBe('/tmp/cache');
		expect(c.chromium.explicit).toEqual(['/opt/chrome', '/opt/pw']);
		expect(c.e2ePort).toBe(4404);
	});

	it('treats blank variables as unset, as an empty REORG_CONTENT= in a script means', () => {
		const c = normalizeConfig({ REORG_CONTENT: '', SITE_URL: ' ', CHROMIUM_PATH: '' }, '/repo');
		expect(c.customContent).toBe(false);
		expect(c.siteUrl).toBeUndefined();
		expect(c.chromium.explicit).toEqual([]);
	});

	it('takes the base path from the path of SITE_URL, or from BASE_PATH when they agree', () => {
		expect(normalizeConfig({ SITE_URL: 'https://user.github.io/reorg-lens' })).toMatchObject({
			siteUrl: 'https://user.github.io',
			base: '/reorg-lens/',
		});
		expect(normalizeConfig({ SITE_URL: 'https://news.example/a/', BASE_PATH: '/a' }).base).toBe('/a/');
		expect(normalizeConfig({ SITE_URL: 'https://news.example', BASE_PATH: 'b' }).base).toBe('/b/');
		expect(() => normalizeConfig({ SITE_URL: 'https://news.example/a/', BASE_PATH: '/b/' })).toThrow(
			/SITE_URL ends in the path \/a\/ but BASE_PATH is "\/b\/": set the path in one of them only/,
		);
	});

	it('names a SITE_URL that is not a web address, and says what to write', () => {
		expect(() => normalizeConfig({ SITE_URL: 'news.example' })).toThrow(
			/SITE_URL is "news.example", which is not a URL: set it to the public address of the site, such as https:/,
		);
		expect(() => normalizeConfig({ SITE_URL: 'ftp://news.example/' })).toThrow(/must start with https:\/\//);
		expect(() => normalizeConfig({ SITE_URL: 'https://news.example/?x=1' })).toThrow(/leave out the query/);
	});

	it('writes a base path with one slash at each end', () => {
		expect(['', '/', 'x', '/x', 'x/', '//x//y/'].map(normalizeBase)).toEqual([
			'/',
			'/',
			'/x/',
			'/x/',
			'/x/',
			'/x/y/',
		]);
	});

	it('names a bad number and how to fix it', () => {
		expect(() => normalizeConfig({ E2E_PORT: 'abc' })).toThrow(
			/E2E_PORT is "abc", which is not a positive whole number: set it to a number such as 4399/,
		);
		expect(() => normalizeConfig({ E2E_PORT: '70000' })).toThrow(/not a port number/);
		expect(() => count({ BENCH_REPORTS: '-3' }, 'BENCH_REPORTS', 200)).toThrow(/BENCH_REPORTS is "-3"/);
	});

	it('is frozen, so no module changes a setting for the others', () => {
		expect(Object.isFrozen(config)).toBe(true);
		expect(Object.isFrozen(config.contentRoots)).toBe(true);
		expect(Object.isFrozen(config.chromium.explicit)).toBe(true);
	});

	it('is the only module that reads the environment (others only hand it on to a child process)', () => {
		const code = (dir: string): string[] =>
			readdirSync(join(process.cwd(), dir), { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? code(join(dir, e.name)) : /\.(ts|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
			);
		const files = ['astro.config.mjs', 'playwright.config.ts', ...['src', 'test', 'e2e'].flatMap(code)].filter(
			(f) => f !== join('src', 'config.ts'),
		);
		const readers = files.filter((f) =>
			/process\.env(?!,)|import\.meta\.env/.test(
				readFileSync(join(process.cwd(), f), 'utf8').replaceAll('...process.env', ''),
			),
		);
		expect(readers).toEqual([]);
	});
});
