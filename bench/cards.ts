/**
 * The cost of share cards: the renderer the site uses (warm pages that load the fonts once and swap each card's
 * body in, pages side by side where cores allow) against the one it replaced (a fresh document with the inlined fonts for every card,
 * captured with Playwright's screenshot), on the same cards, in the same browser, in the same run, each with an
 * empty cache. The machine may be busy with other work, so the runs are interleaved, both wall time and CPU time
 * (Node plus every Chromium process) are reported per card, and the ratios are the figures to read.
 * `node bench/cards.ts` runs this part alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { homeCard, reportCards, type Card } from '../src/cards/cardHtml.ts';
import { listReportFolders, loadReport } from '../src/load/loadReport.ts';
import type { ReportBundle } from '../src/model/schema.ts';
import { inlineCjkFontFace } from '../src/render/cjkFont.ts';
import { CHROMIUM_ARGS, requireRenderChromium } from '../src/render/findChromium.ts';
import { cardDocument, cardPages, renderCards } from '../src/render/renderCards.ts';
import { interFontFace } from '../src/render/siteFont.ts';

/** CPU milliseconds used so far by each process of a tree (Linux /proc; none elsewhere), by process id. */
function treeCpuMs(root: number): Map<number, number> {
	const stats = readdirSync('/proc')
		.filter((d) => /^\d+$/.test(d))
		.flatMap((pid) => {
			try {
				// Fields after the command name: state ppid … utime(14) stime(15), counted from the closing parenthesis.
				const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
				return [
					{ pid: Number(pid), ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * 10 },
				];
			} catch {
				return [];
			}
		});
	const tree = new Set([root]);
	for (let grew = true; grew;) {
		grew = false;
		for (const p of stats)
			if (!tree.has(p.pid) && tree.has(p.ppid)) {
				tree.add(p.pid);
				grew = true;
			}
	}
	return new Map(stats.filter((p) => tree.has(p.pid)).map((p) => [p.pid, p.ms]));
}

/**
 * Wall and CPU milliseconds per card of `run`, CPU counted for this process and every process it started (the
 * browser's). They are sampled every 50 ms, so a page's renderer that exits during the run still counts (all but
 * its last 50 ms).
 */
async function measure(cards: number, run: () => Promise<unknown>) {
	const pid = process.pid;
	const start = treeCpuMs(pid);
	const last = new Map(start);
	const sample = () => treeCpuMs(pid).forEach((ms, p) => last.set(p, ms));
	const timer = setInterval(sample, 50);
	const wall0 = performance.now();
	try {
		await run();
	} finally {
		clearInterval(timer);
	}
	const wall = performance.now() - wall0;
	sample();
	const cpu = [...last].reduce((sum, [p, ms]) => sum + ms - (start.get(p) ?? 0), 0);
	return { wall: wall / cards, cpu: cpu / cards };
}

/** The previous renderer, kept only to measure against: one page, a whole document per card, Playwright's capture. */
async function renderCardsBefore(browser: Browser, cards: readonly Card[], dir: string, fontFaces: string) {
	const started = performance.now();
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
	const warm = performance.now();
	for (const [i, card] of cards.entries()) {
		await page.setContent(cardDocument(card, fontFaces));
		await page.evaluate(() => document.fonts.ready);
		writeFileSync(join(dir, `${i}.png`), await page.screenshot({ type: 'png' }));
	}
	const drawMs = performance.now() - warm;
	await page.close();
	return { startMs: warm - started, drawMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times both renderers on the real site's cards, repeated to `minCards` or more; returns one line of figures. */
export async function benchCards({ rounds = 3, minCards = 24 } = {}): Promise<string[]> {
	const bundles = listReportFolders('content/reports')
		.map((f) => loadReport(f).bundle)
		.filter((b): b is ReportBundle => b !== undefined);
	const real = [homeCard(bundles), ...bundles.flatMap((b) => reportCards(b, new URL('http://localhost/')))];
	// Copies made distinct by a comment, so none is found in the cache the run itself fills.
	const cards = Array.from({ length: Math.ceil(minCards / real.length) }, (_, n) =>
		real.map((c) => ({ ...c, path: `/bench/${n}${c.path}`, body: `${c.body}<!--${n}-->` })),
	).flat();
	const cjk = await inlineCjkFontFace(bundles);
	const pagesNow = cardPages();
	const work = mkdtempSync(join(tmpdir(), 'reorg-lens-cards-'));
	type Run = { wall: number; cpu: number; draw: number; warm: number };
	const runs = { before: [] as Run[], now: [] as Run[], other: [] as Run[] };
	const browser = await chromium.launch({ executablePath: requireRenderChromium(), args: CHROMIUM_ARGS });
	try {
		for (let round = 0; round < rounds; round++) {
			const fresh = (name: string) => mkdtempSync(join(work, name));
			let timing = { startMs: 0, drawMs: 0 };
			const before = await measure(
				cards.length,
				async () => (timing = await renderCardsBefore(browser, cards, fresh('old-'), interFontFace() + cjk)),
			);
			runs.before.push({ ...before, draw: timing.drawMs / cards.length, warm: timing.startMs });
			const now = await measure(
				cards.length,
				async () =>
					(timing = await renderCards(cards, fresh('out-'), { fontFaces: cjk, dir: fresh('new-'), browser })),
			);
			runs.now.push({ ...now, draw: timing.drawMs / cards.length, warm: timing.startMs });
			const other = await measure(
				cards.length,
				async () =>
					(timing = await renderCards(cards, fresh('one-'), {
						fontFaces: cjk,
						dir: fresh('cache-'),
						browser,
						pages: pagesNow === 1 ? 2 : 1,
					})),
			);
			runs.other.push({ ...other, draw: timing.drawMs / cards.length, warm: timing.startMs });
		}
	} finally {
		await browser.close();
		rmSync(work, { recursive: true, force: true });
	}
	const figure = (list: Run[]) => ({
		wall: median(list.map((r) => r.wall)),
		cpu: median(list.map((r) => r.cpu)),
		draw: median(list.map((r) => r.draw)),
		warm: median(list.map((r) => r.warm)),
	});
	const [b, n, o] = [figure(runs.before), figure(runs.now), figure(runs.other)];
	const ms = (x: number) => `${x.toFixed(1)} ms`;
	return [
		'share cards',
		`${cards.length} cards × ${rounds} rounds, medians, browser running, per card incl. page set-up`,
		`before ${ms(b.wall)} wall, ${ms(b.cpu)} CPU; drawing alone ${ms(b.draw)} after ${ms(b.warm)} for its page`,
		`now (${pagesNow} page${pagesNow > 1 ? 's' : ''}) ${ms(n.wall)} wall, ${ms(n.cpu)} CPU: ${(b.wall / n.wall).toFixed(1)}× / ${(b.cpu / n.cpu).toFixed(1)}× less; drawing alone ${ms(n.draw)} a card (${(b.draw / n.draw).toFixed(1)}× less; goal ≤ 20 ms) after ${ms(n.warm)} warming`,
		`${pagesNow === 1 ? 'two pages' : 'one page'} ${ms(o.wall)} wall, ${ms(o.cpu)} CPU: ${(b.wall / o.wall).toFixed(1)}× / ${(b.cpu / o.cpu).toFixed(1)}× less; drawing alone ${ms(o.draw)} (${(b.draw / o.draw).toFixed(1)}× less) after ${ms(o.warm)} warming`,
	];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await benchCards()).join('  ·  '));
