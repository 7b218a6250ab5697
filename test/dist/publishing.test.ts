import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_SITE_URL_MESSAGE } from '../../src/config.ts';
import { brokenLinks, builtFor, siteFiles } from './links.ts';
import { DIST } from './site.ts';

/**
 * A build for publishing, as a newsroom would make it for a GitHub Pages project site: a public URL whose path
 * is the base path. Built here, into its own folder, so that the link checker runs on a site under a sub-path;
 * the hostile fixture report is built with the published one, for its renamed change (a redirect) and its labels.
 */
const PUBLIC_URL = 'https://newsroom.example/reorg-lens/';
const OUT = join(process.cwd(), 'dist-base');

/** The environment of a child build: this one without any site setting, plus `extra`. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env, ...extra };
	for (const name of ['SITE_URL', 'BASE_PATH']) if (!(name in extra)) delete env[name];
	return env;
}

const TEXT = /\.(html|xml|json|csv|txt|css|js|mmd|svg|webmanifest)$|^_headers$/;

describe('a build for a public URL under a base path', () => {
	beforeAll(() => {
		rmSync(OUT, { recursive: true, force: true });
		const build = spawnSync('npm', ['run', '-s', 'build'], {
			env: buildEnv({
				SITE_URL: PUBLIC_URL,
				REORG_OUT_DIR: OUT,
				REORG_CONTENT: 'content/reports,test/fixtures/reports',
				REORG_FIXTURES: '1',
			}),
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		if (build.status !== 0)
			throw new Error(
				`the build under ${PUBLIC_URL} failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`,
			);
	}, 600_000);

	it('is built for that URL and base path', () => {
		expect(builtFor(OUT)).toEqual({ root: OUT, origin: 'https://newsroom.example', base: '/reorg-lens/' });
	});

	it('passes the link checker: pages, assets, fonts, search, feeds, sitemap, data, cards, redirects, text fragments', () => {
		const broken = brokenLinks(builtFor(OUT));
		expect(broken).toEqual([]);
		// The checker saw each kind of link, under the base path.
		const article = readFileSync(join(OUT, 'reports', 'xiaomi-2021-12', 'index.html'), 'utf8');
		expect(article).toMatch(/href="\/reorg-lens\/_astro\/[^"]+\.css"/);
		expect(article).toMatch(/<link rel="preload" href="\/reorg-lens\/_astro\/[^"]+\.woff2"/);
		expect(article).toContain('href="/reorg-lens/feed.xml"');
		expect(article).toMatch(/src:url\(\/reorg-lens\/fonts\/noto-sans-sc-subset-[0-9a-f]+\.woff2\)/);
		expect(readFileSync(join(OUT, 'search', 'index.html'), 'utf8')).toContain(
			'data-pagefind="/reorg-lens/pagefind/pagefind.js"',
		);
		const change = readFileSync(
			join(OUT, 'reports', 'xiaomi-2021-12', 'changes', 'youpin-to-xiaomi-china', 'index.html'),
			'utf8',
		);
		expect(change).toMatch(/href="\/reorg-lens\/reports\/xiaomi-2021-12\/#change-youpin-to-xiaomi-china:~:text=/);
		expect(change).toContain(
			`<meta property="og:image" content="${PUBLIC_URL}og/xiaomi-2021-12/youpin-to-xiaomi-china.png">`,
		);
		expect(readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8')).toContain(
			`<loc>${PUBLIC_URL}reports/xiaomi-2021-12/</loc>`,
		);
		const redirect = readFileSync(
			join(OUT, 'reports', 'northwind-2030-01', 'changes', 'labs-merge', 'index.html'),
			'utf8',
		);
		expect(redirect).toContain('content="0; url=/reorg-lens/reports/northwind-2030-01/changes/labs-into-devices/"');
	});

	it('has no localhost anywhere, nor any absolute URL of another host for its own pages', () => {
		const texts = siteFiles(OUT).filter((f) => TEXT.test(f.split('/').pop() ?? ''));
		expect(texts.length).toBeGreaterThan(50);
		const local = texts.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(OUT, f), 'utf8')));
		expect(local).toEqual([]);
	});

	it('gives every feed entry the id it has in a build for another host', () => {
		const ids = (root: string) =>
			[...readFileSync(join(root, 'feed.xml'), 'utf8').matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)]
				.map((m) => m[1])
				.filter((id) => id.includes('xiaomi-2021-12'))
				.sort();
		expect(ids(OUT)).toEqual(ids(DIST));
		expect(ids(OUT).length).toBeGreaterThan(0);
	});

	it('writes _headers: the CSP as a header, framing allowed on embed pages only, long cache for hashed assets', () => {
		const text = readFileSync(join(OUT, '_headers'), 'utf8');
		const rules = new Map(
			text
				.split('\n\n')
				.filter((r) => r.startsWith('/'))
				.map((r) => [r.split('\n')[0], r]),
		);
		expect(rules.get('/reorg-lens/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
		const article = rules.get('/reorg-lens/reports/xiaomi-2021-12/') ?? '';
		const html = readFileSync(join(OUT, 'reports', 'xiaomi-2021-12', 'index.html'), 'utf8');
		const meta =
			html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1].replace(/;\s*$/, '') ??
			'none';
		expect(article).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'self'`);
		expect(article).toContain('Cache-Control: public, max-age=300, must-revalidate');
		expect(rules.get('/reorg-lens/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/embed/')).toMatch(
			/frame-ancestors \*$/m,
		);
		const framable = [...rules.keys()].filter((path) => /frame-ancestors \*/.test(rules.get(path) ?? ''));
		expect(framable.every((path) => path.endsWith('/embed/'))).toBe(true);
		// No header is set by two rules that match one path: hosts would join the values.
		const names = (rule: string) =>
			rule
				.split('\n')
				.slice(1)
				.map((l) => l.trim().split(':')[0]);
		const everywhere = names(rules.get('/reorg-lens/*') ?? '');
		for (const [path, rule] of rules)
			if (path !== '/reorg-lens/*')
				expect(
					names(rule).filter((n) => everywhere.includes(n)),
					path,
				).toEqual([]);
		expect(
			[...rules.keys()].filter((p) => p.startsWith('/reorg-lens/_astro/') && p !== '/reorg-lens/_astro/*'),
		).toEqual([]);
	});
});

describe('a build without a public URL', () => {
	it('stops before building, with one line that says how to set SITE_URL', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'reorg-no-url-')), 'dist');
		const build = spawnSync('npx', ['astro', 'build'], { env: buildEnv({ REORG_OUT_DIR: out }), encoding: 'utf8' });
		expect(build.status).toBe(1);
		expect(build.stderr.trim()).toBe(NO_SITE_URL_MESSAGE);
		expect(NO_SITE_URL_MESSAGE).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
		expect(existsSync(out)).toBe(false);
	}, 120_000);

	it('is what `npm start` and the test run avoid by building for http://localhost:4321 explicitly', () => {
		const { scripts } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
			scripts: Record<string, string>;
		};
		expect(scripts['build:local']).toBe('SITE_URL=http://localhost:4321 npm run build');
		expect(scripts.start).toContain('npm run build:local');
		expect(scripts.test).toContain('npm run build:local');
		expect(scripts['build:fixtures']).toMatch(/^SITE_URL=http:\/\/localhost:4321 /);
	});
});

describe('the link checker', () => {
	it('reports a link that leaves the base path, a missing file and a missing anchor', () => {
		const root = mkdtempSync(join(tmpdir(), 'reorg-links-'));
		mkdirSync(join(root, 'a'));
		writeFileSync(
			join(root, 'index.html'),
			'<link rel="canonical" href="https://x.example/sub/"><a href="/sub/a/">ok</a><a href="/a/">out</a><a href="/sub/b/">gone</a><a href="/sub/a/#nope">anchor</a>',
		);
		writeFileSync(join(root, 'a', 'index.html'), '<p id="here">a</p><a href="../#x">up</a>');
		expect(brokenLinks(builtFor(root))).toEqual([
			'a/index.html: ../#x (no #x)',
			'index.html: /a/ (outside the base path /sub/)',
			'index.html: /sub/b/ (no b/index.html)',
			'index.html: /sub/a/#nope (no #nope)',
		]);
	});
});
