/**
 * `npm run test:engines`: the diagram and article checks in Chromium, Firefox ESR and WebKitGTK, against the built
 * site served once by `astro preview`. Each engine gets one browser for the run; every page is opened once per mode
 * (light, dark; and without page scripts for the pages with diagrams) and measured at each width by resizing the
 * open page, as a reader turning a tablet would. It prints what failed, the known gaps still open, the summary
 * table and a closing "N passed, N failed" line, and exits non-zero on any unexpected failure or met gap.
 *
 * ENGINES=chromium,firefox,webkit picks engines (default all); ENGINES_SCREENSHOTS=<folder> saves screenshots of
 * the article and a change page per engine, width and mode, for people to look at.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../../src/config.ts';
import { LOOKS, type LookName } from '../../src/diagrams/looks.ts';
import { builtPages } from '../site.ts';
import { ARTICLE_PATH, NOTE_WIDTHS, judge, type Case, type Result } from './checks.ts';
import { launchChromium } from './chromium.ts';
import type { EngineDriver, EngineName, Mode, Viewport } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { KNOWN_GAPS, applyGaps } from './known-gaps.ts';
import { measurePage } from './measure.ts';
import { formatSummary, summarise } from './summary.ts';
import { launchWebKit } from './webkit.ts';

const LAUNCH: Record<EngineName, () => Promise<EngineDriver>> = {
	chromium: launchChromium,
	firefox: launchFirefox,
	webkit: launchWebKit,
};
const ALL_ENGINES = Object.keys(LAUNCH) as EngineName[];
/** Phone, tablet, desktop; the article also at the narrowest width with margin notes. */
const VIEWPORTS: Viewport[] = [
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 },
];
const NOTE_VIEWPORTS: Viewport[] = NOTE_WIDTHS.filter((w) => !VIEWPORTS.some((v) => v.width === w)).map((width) => ({
	width,
	height: 900,
}));
/** The CSS properties each legend look sets, which a swatch and what it names must share. */
const PROPS = Object.fromEntries(
	(Object.keys(LOOKS) as LookName[]).map((look) => [look, Object.keys(LOOKS[look].css)]),
);

const origin = `http://127.0.0.1:${config.e2ePort}`;
const engines = config.engines.names as EngineName[];
const unknown = engines.filter((e) => !ALL_ENGINES.includes(e));
if (unknown.length) throw new Error(`ENGINES names ${unknown.join(', ')}; use any of ${ALL_ENGINES.join(', ')}`);
const shots = config.engines.screenshots;
if (shots) mkdirSync(shots, { recursive: true });

// ENGINES_PAGES picks pages, each a path or, ending in *, a path prefix: a site of many pages (the 150-change
// fixture's) is checked on a sample.
const chosen = config.engines.pages;
const picks = (path: string) => chosen.some((c) => (c.endsWith('*') ? path.startsWith(c.slice(0, -1)) : path === c));
const pages = builtPages()
	.filter((p) => chosen.length === 0 || picks(p))
	.sort();
if (pages.length === 0) throw new Error(`ENGINES_PAGES (${chosen.join(', ')}) names no built page`);
const hasDiagram = (path: string) =>
	readFileSync(join(config.outDir, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8').includes(
		'class="diagram',
	);
const diagramPages = pages.filter(hasDiagram);
const shotPages = [ARTICLE_PATH, diagramPages.find((p) => p.includes('/changes/') && !p.endsWith('/embed/'))].filter(
	(p): p is string => !!p,
);

/** Serves the built site and resolves when it answers. */
async function serve() {
	const server = spawn(
		'npm',
		['run', '-s', 'preview', '--', '--port', String(config.e2ePort), '--host', '127.0.0.1'],
		{ stdio: 'ignore', detached: true },
	);
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// gone already
		}
	};
	for (let i = 0; i < 300; i++) {
		if (server.exitCode !== null)
			throw new Error(
				`astro preview exited with ${server.exitCode}; is port ${config.e2ePort} (E2E_PORT) free, and is dist/ built?`,
			);
		try {
			if ((await fetch(`${origin}/`)).ok) return stop;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`astro preview did not answer at ${origin} within 60 s`);
}

/** Measures every page of one mode in one engine. */
async function measureMode(driver: EngineDriver, mode: Mode, list: readonly string[], cases: Case[]) {
	await driver.setMode(mode);
	for (const page of list) {
		const viewports =
			page === ARTICLE_PATH ? [...VIEWPORTS, ...NOTE_VIEWPORTS].sort((a, b) => a.width - b.width) : VIEWPORTS;
		const t0 = Date.now();
		await driver.open(`${origin}${page}`, viewports[0]);
		const t1 = Date.now();
		for (const [i, viewport] of viewports.entries()) {
			if (i > 0) await driver.resize(viewport);
			let facts = await driver.evaluate(measurePage, PROPS);
			// A scroll-state container query answers after the next frame, not at once after a resize: a cue that
			// disagrees with the drawing's overflow is read again once the browser has drawn the new width.
			if (facts.figures.some((f) => f.cue !== f.overflow.scrollWidth > f.overflow.clientWidth + 1)) {
				await new Promise((r) => setTimeout(r, 200));
				facts = await driver.evaluate(measurePage, PROPS);
			}
			cases.push({
				engine: driver.engine,
				page,
				width: viewport.width,
				scheme: mode.scheme,
				scripts: mode.scripts,
				facts,
			});
			if (shots && shotPages.includes(page)) {
				const name = `${driver.engine}-${viewport.width}-${mode.scheme}${mode.scripts ? '' : '-noscripts'}-${page.split('/').filter(Boolean).pop()}`;
				await driver.evaluate(() => scrollTo(0, 0), null);
				await driver.screenshot(join(shots, `${name}-top.png`));
				await driver.evaluate(() => document.querySelector('figure.diagram')?.scrollIntoView(), null);
				await driver.screenshot(join(shots, `${name}-diagram.png`));
				await driver.evaluate(() => scrollTo(0, 0), null);
			}
		}
		if (config.engines.debug)
			console.log(
				driver.engine,
				mode.scheme,
				mode.scripts,
				page,
				`open ${t1 - t0} ms, measure ${Date.now() - t1} ms`,
			);
	}
}

/** Runs every mode in one engine. */
async function runEngine(engine: EngineName, cases: Case[]): Promise<string> {
	const started = Date.now();
	const driver = await LAUNCH[engine]();
	try {
		await measureMode(driver, { scheme: 'light', scripts: true }, pages, cases);
		const version = await driver.version();
		await measureMode(driver, { scheme: 'dark', scripts: true }, pages, cases);
		if (driver.scriptsOff) await measureMode(driver, { scheme: 'light', scripts: false }, diagramPages, cases);
		else
			console.log(
				`${version}: pages without their scripts are not measured (the driver cannot evaluate in them)`,
			);
		console.log(
			`${version}: ${cases.filter((c) => c.engine === engine).length} page views in ${((Date.now() - started) / 1000).toFixed(1)} s`,
		);
		return version;
	} finally {
		await driver.close();
	}
}

const label = (r: Result) =>
	`${r.engine} ${r.width}px ${r.scheme}${r.scripts ? '' : ' no-scripts'} ${r.check} ${r.page}`;

const started = Date.now();
const stop = await serve();
const cases: Case[] = [];
const versions: Partial<Record<EngineName, string>> = {};
try {
	for (const engine of engines) versions[engine] = await runEngine(engine, cases);
} finally {
	stop();
}

const results = cases.flatMap(judge);
const verdict = applyGaps(results, KNOWN_GAPS, engines.length === ALL_ENGINES.length);
for (const r of verdict.unexpected) console.log(`FAIL ${label(r)}: ${r.detail}`);
for (const { gap, failing, of } of verdict.open)
	console.log(
		`known gap ${gap.check} ${gap.page}${gap.widths ? ` at ${gap.widths.join(', ')} px` : ''}${gap.engines ? ` in ${gap.engines.join(', ')}` : ''}: ${failing} of ${of} fail (${gap.why})`,
	);
for (const { gap, of } of verdict.met)
	console.log(
		`MET ${gap.check} ${gap.page}: ${of ? `all ${of} results pass now` : 'no result matches it'}; delete this entry from e2e/engines/known-gaps.ts`,
	);
console.log(`\n${formatSummary(summarise(cases), versions)}\n`);
const failed = verdict.unexpected.length + verdict.met.length;
const expected = results.filter((r) => !r.ok).length - verdict.unexpected.length;
console.log(`engine checks in ${((Date.now() - started) / 1000).toFixed(0)} s; ${expected} known-gap results`);
console.log(`${results.length - expected - verdict.unexpected.length} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
