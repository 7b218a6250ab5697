import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRenderChromium } from '../../src/render/findChromium.ts';

// Faults an operator meets, each met by a real build of the published reports with a cache and an output folder of
// its own: every one must end in the same site a cold build publishes, or in a failed build with a clear message and
// no output folder. Builds share Astro's generated modules, so they run one after another in this one file.

const work = mkdtempSync(join(tmpdir(), 'reorg-lens-faults-'));
const cache = join(work, 'cache');
const cold = join(work, 'cold');

/** Every file under a folder, by path relative to it. */
function files(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
	});
}

/** The files of `out` that differ from the cold build's, or are missing from one of them. */
function differences(out: string): string[] {
	const want = files(cold).sort();
	const got = files(out).sort();
	const missing = [...want.filter((p) => !got.includes(p)), ...got.filter((p) => !want.includes(p))];
	return [
		...missing,
		...want.filter((p) => got.includes(p) && !readFileSync(join(cold, p)).equals(readFileSync(join(out, p)))),
	];
}

/**
 * The browser drawing diagrams on one page, with svgo in the build's own thread: the first finished diagram is then
 * written while the browser draws the next batch, so a kill on that write lands mid-render.
 */
const ONE_PAGE = { REORG_RENDER_PAGES: '1', REORG_SVG_WORKERS: '0' };

/** Builds the published reports into `out` with the shared cache; the log without colour codes. */
function build(out: string, env: Record<string, string> = {}) {
	// The environment of a build from the command line: none of the test runner's settings (NODE_ENV=test makes Astro
	// sync content in a dev server first) and none of ours.
	const clean = Object.fromEntries(
		Object.entries({ ...process.env }).filter(
			([k]) => !/^(?:REORG_|VITEST|NODE_ENV$|TEST$|CHROMIUM_PATH$)/.test(k),
		),
	);
	const result = spawnSync('npm', ['run', '-s', 'build'], {
		env: {
			...clean,
			SITE_URL: 'http://localhost:4321',
			REORG_OUT_DIR: out,
			REORG_DIAGRAM_CACHE: join(cache, 'diagrams'),
			...env,
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const log = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, log };
}

/** The cache files of one kind (not their hash files). */
const entries = (kind: string, ext: string) =>
	readdirSync(join(cache, kind))
		.filter((f) => f.endsWith(ext))
		.map((f) => join(cache, kind, f));

/**
 * A Chromium that is killed (SIGKILL, as the kernel's out-of-memory killer does) as soon as a new file appears in
 * `watch` after it started, that is mid-render: on its first launch only (`once`), or on every launch.
 */
function dyingChromium(watch: string, mode: 'once' | 'always'): string {
	const dir = mkdtempSync(join(work, 'chromium-'));
	// Named as the real binary, so cache keys (which include the browser's name and version) are the same; it becomes
	// the browser's own binary (Debian's /usr/bin entry is a script that starts it as a child), so killing it kills
	// the browser.
	const named = requireRenderChromium();
	const real = [`/usr/lib/chromium/${named.split('/').pop()}`].find((p) => existsSync(p)) ?? named;
	const wrapper = join(dir, named.split('/').pop()!);
	writeFileSync(
		wrapper,
		`#!/bin/sh
case " $* " in *" --remote-debugging-pipe "*) ;; *) exec "${real}" "$@" ;; esac
if [ "${mode}" = once ] && [ -e "${dir}/launched" ]; then exec "${real}" "$@"; fi
touch "${dir}/launched"
before=$(ls "${watch}" 2>/dev/null | wc -l)
(while [ "$(ls "${watch}" 2>/dev/null | wc -l)" -le "$before" ]; do sleep 0.02; done
 kill -9 $$) &
exec "${real}" "$@"
`,
	);
	chmodSync(wrapper, 0o755);
	return wrapper;
}

beforeAll(() => {
	const result = build(cold);
	expect(result.status, result.log.slice(-3000)).toBe(0);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a damaged cache is never published', () => {
	it('redraws every diagram SVG cut to its first 300 bytes and publishes the cold build byte for byte', () => {
		const svgs = entries('diagrams', '.svg');
		expect(svgs.length).toBeGreaterThan(0);
		for (const file of svgs) writeFileSync(file, readFileSync(file).subarray(0, 300));
		const out = join(work, 'svg');
		const result = build(out);
		expect(result.status, result.log.slice(-3000)).toBe(0);
		expect(result.log).toContain(`${svgs.length} damaged cache entries redrawn`);
		expect(differences(out)).toEqual([]);
	}, 300_000);

	it('redraws every share card PNG cut short and publishes the cold build byte for byte', () => {
		const pngs = entries('cards', '.png');
		expect(pngs.length).toBeGreaterThan(0);
		for (const file of pngs) writeFileSync(file, readFileSync(file).subarray(0, 2000));
		const out = join(work, 'png');
		const result = build(out);
		expect(result.status, result.log.slice(-3000)).toBe(0);
		expect(result.log).toContain(`${pngs.length} damaged cache entries redrawn`);
		expect(differences(out)).toEqual([]);
	}, 300_000);

	it('cuts the font subset again when its cached file is garbage of the same length', () => {
		const fonts = entries('fonts', '.woff2');
		expect(fonts.length).toBeGreaterThan(0);
		for (const file of fonts) writeFileSync(file, Buffer.alloc(statSync(file).size, 0x5a));
		const out = join(work, 'font');
		const result = build(out);
		expect(result.status, result.log.slice(-3000)).toBe(0);
		expect(result.log).toMatch(/damaged cache entr(?:y|ies) redrawn: fonts\//);
		expect(differences(out)).toEqual([]);
	}, 300_000);
});

describe('a browser killed mid-render', () => {
	it('is replaced once by a fresh browser, and the site is the cold build byte for byte', () => {
		rmSync(join(cache, 'diagrams'), { recursive: true, force: true });
		mkdirSync(join(cache, 'diagrams'), { recursive: true });
		const out = join(work, 'crash-once');
		const result = build(out, { ...ONE_PAGE, CHROMIUM_PATH: dyingChromium(join(cache, 'diagrams'), 'once') });
		expect(result.status, result.log.slice(-3000)).toBe(0);
		expect(result.log).toContain('the browser died and a fresh one finished the drawing');
		expect(differences(out)).toEqual([]);
	}, 300_000);

	it('drawing share cards is replaced once too', () => {
		rmSync(join(cache, 'cards'), { recursive: true, force: true });
		mkdirSync(join(cache, 'cards'), { recursive: true });
		const out = join(work, 'crash-cards');
		const result = build(out, { CHROMIUM_PATH: dyingChromium(join(cache, 'cards'), 'once') });
		expect(result.status, result.log.slice(-3000)).toBe(0);
		expect(result.log).toMatch(
			/the browser died while drawing the share card \S+.*drawing the cards again in a fresh browser/,
		);
		expect(differences(out)).toEqual([]);
	}, 300_000);

	it('twice stops the build naming the diagram and the browser, and leaves no output folder', () => {
		rmSync(join(cache, 'diagrams'), { recursive: true, force: true });
		mkdirSync(join(cache, 'diagrams'), { recursive: true });
		const out = join(work, 'crash-always');
		cpSync(cold, out, { recursive: true });
		const result = build(out, { ...ONE_PAGE, CHROMIUM_PATH: dyingChromium(join(cache, 'diagrams'), 'always') });
		expect(result.status).not.toBe(0);
		expect(result.log).toMatch(
			/the browser died twice, the second time while drawing diagram "[\w-]+" of report "xiaomi-2021-12"/,
		);
		expect(result.log).toContain("The browser's last words:");
		expect(existsSync(out)).toBe(false);
	}, 300_000);
});

describe('a page made invalid after rendering', () => {
	const broken = () => {
		const out = join(work, 'invalid');
		rmSync(out, { recursive: true, force: true });
		cpSync(cold, out, { recursive: true });
		return {
			out,
			article: join(out, 'reports', 'xiaomi-2021-12', 'index.html'),
			change: join(out, 'reports', 'xiaomi-2021-12', 'changes', 'miui-to-smartphone', 'index.html'),
		};
	};

	it('fails the last look naming the page and the element that swallows the rest', async () => {
		const { lastLook } = await import('../../src/integrations/lastLook.ts');
		const { loadSiteReports } = await import('../../src/load/reportSet.ts');
		const { out, change } = broken();
		const html = readFileSync(change, 'utf8');
		// What a cut-off cached SVG did to a page: the diagram left open after one of its groups, the rest of the page
		// inside it.
		const svg = html.indexOf('<svg xmlns=');
		const at = html.indexOf('>', html.indexOf('<g', svg)) + 1;
		expect(svg).toBeGreaterThan(0);
		writeFileSync(change, `${html.slice(0, at)}${html.slice(html.indexOf('</svg>', at) + 6)}`);
		const bundles = loadSiteReports().bundles;
		expect(() => lastLook(out, bundles)).toThrow(
			/changes\/miui-to-smartphone\/index\.html: <svg> at line \d+, column \d+ is never closed/,
		);
	});

	it('fails the last look when a report page has lost its verbatim text, and a failed step removes the folder', async () => {
		const { lastLook } = await import('../../src/integrations/lastLook.ts');
		const { publishOrDiscard } = await import('../../src/integrations/outputFolder.ts');
		const { loadSiteReports } = await import('../../src/load/reportSet.ts');
		const { out, article } = broken();
		const html = readFileSync(article, 'utf8');
		writeFileSync(article, html.replace(/(<div class="para" id="p3"[^>]*>)/, '$1Words the report never said. '));
		const bundles = loadSiteReports().bundles;
		await expect(publishOrDiscard(out, () => lastLook(out, bundles))).rejects.toThrow(
			/index\.html: block 3 of the report's text differs/,
		);
		expect(existsSync(out)).toBe(false);
	});

	it('passes the cold build as it is', async () => {
		const { lastLook } = await import('../../src/integrations/lastLook.ts');
		const { loadSiteReports } = await import('../../src/load/reportSet.ts');
		expect(lastLook(cold, loadSiteReports().bundles)).toBeGreaterThan(10);
	});
});
