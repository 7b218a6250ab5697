/**
 * The cost of share cards, by renderer: Chromium, which the build uses (warm pages that load the fonts once and swap
 * each card's body in, pages side by side where cores allow), against satori + resvg-js (no browser, see
 * satoriCards.ts; in this thread, and in a pool of worker threads), on the same cards, in the same run, each with
 * an empty cache. The machine may be busy with other work, so the runs are interleaved, both wall time and CPU time
 * (Node, its worker threads and every Chromium process) are reported per card, and the ratios, taken round by
 * round, are the figures to read. `node bench/cards.ts` runs this part alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { homeCard, reportCards, type Card } from '../src/cards/cardHtml.ts';
import { listReportFolders, loadReport } from '../src/load/loadReport.ts';
import type { ReportBundle } from '../src/model/schema.ts';
import { siteCards } from '../src/cards/siteCards.ts';
import { cardFonts } from './satoriCards.ts';
import { SatoriPool } from './satoriPool.ts';
import { cjkFont, inlineCjkFontFace } from '../src/render/cjkFont.ts';
import { RENDER_CHROMIUM_ARGS, requireRenderChromium } from '../src/render/findChromium.ts';
import { cardPages, renderCards } from '../src/render/renderCards.ts';

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The site's cards (home, reports, people, units, search), repeated to `minCards` or more, each copy distinct. */
function benchCardSet(minCards: number): { cards: Card[]; bundles: ReportBundle[] } {
	const bundles = listReportFolders('content/reports')
		.map((f) => loadReport(f).bundle)
		.filter((b): b is ReportBundle => b !== undefined);
	const real = [
		homeCard(bundles),
		...bundles.flatMap((b) => reportCards(b, new URL('http://localhost/'))),
		...siteCards(bundles),
	];
	// Copies made distinct by a comment, so none is found in the cache the run itself fills.
	const cards = Array.from({ length: Math.ceil(minCards / real.length) }, (_, n) =>
		real.map((c) => ({ ...c, path: `/bench/${n}${c.path}`, body: `${c.body}<!--${n}-->` })),
	).flat();
	return { cards, bundles };
}

/** Draws every card with satori and resvg-js in `pool`, each written to `dir`. */
async function satoriRun(pool: SatoriPool, cards: readonly Card[], dir: string): Promise<void> {
	await Promise.all(cards.map(async (card, i) => writeFileSync(join(dir, `${i}.png`), await pool.draw(card))));
}

/**
 * Times the renderers on the site's cards, repeated to `minCards` or more, in interleaved rounds: Chromium (warm
 * pages, the browser running, as the build has it) against satori + resvg-js in this thread and in a pool of worker
 * threads (fonts loaded, workers started); returns lines of figures: wall and CPU ms a card, medians of the rounds,
 * and the median of the round-by-round ratios.
 */
export async function benchCards({ rounds = 3, minCards = 24, workers = 2 } = {}): Promise<string[]> {
	const { cards, bundles } = benchCardSet(minCards);
	const cjk = await cjkFont(bundles);
	const cjkFace = await inlineCjkFontFace(bundles);
	const work = mkdtempSync(join(tmpdir(), 'reorg-lens-cards-'));
	const fresh = (name: string) => mkdtempSync(join(work, name));
	type Run = { wall: number; cpu: number };
	const runs = { chromium: [] as Run[], thread: [] as Run[], pool: [] as Run[] };
	const drawing: number[] = [];
	const fontsStarted = performance.now();
	const fonts = await cardFonts(cjk);
	const fontsMs = performance.now() - fontsStarted;
	const inThread = new SatoriPool(fonts, 0);
	const pool = new SatoriPool(fonts, workers);
	const browser = await chromium.launch({ executablePath: requireRenderChromium(), args: RENDER_CHROMIUM_ARGS });
	try {
		// One untimed round: the browser's pages, satori's WebAssembly and the workers' modules warm up.
		await renderCards(cards.slice(0, 2), fresh('out-'), { fontFaces: cjkFace, dir: fresh('cache-'), browser });
		await satoriRun(inThread, cards.slice(0, 2), fresh('s-'));
		await satoriRun(pool, cards.slice(0, 2 * workers), fresh('p-'));
		for (let round = 0; round < rounds; round++) {
			runs.chromium.push(
				await measure(cards.length, async () =>
					drawing.push(
						(await renderCards(cards, fresh('out-'), { fontFaces: cjkFace, dir: fresh('cache-'), browser }))
							.drawMs / cards.length,
					),
				),
			);
			runs.thread.push(await measure(cards.length, () => satoriRun(inThread, cards, fresh('s-'))));
			runs.pool.push(await measure(cards.length, () => satoriRun(pool, cards, fresh('p-'))));
		}
	} finally {
		await browser.close();
		await pool.close();
		rmSync(work, { recursive: true, force: true });
	}
	const figure = (list: Run[]) => ({ wall: median(list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)) });
	// Round by round, this renderer's time over Chromium's: above 1 is slower.
	const ratio = (list: Run[], key: keyof Run) =>
		median(list.map((r, i) => r[key] / runs.chromium[i][key])).toFixed(2);
	const [c, t, p] = [figure(runs.chromium), figure(runs.thread), figure(runs.pool)];
	const ms = (x: number) => `${x.toFixed(1)} ms`;
	const against = (list: Run[]) => `${ratio(list, 'wall')}× Chromium's wall, ${ratio(list, 'cpu')}× its CPU`;
	return [
		'share cards',
		`${cards.length} cards × ${rounds} rounds interleaved, medians, per card; goal ≤ 20 ms a card`,
		`Chromium, the build's (${cardPages()} page${cardPages() > 1 ? 's' : ''}, browser running) ${ms(c.wall)} wall, ${ms(c.cpu)} CPU incl. warming its pages; drawing alone ${ms(median(drawing))}`,
		`satori + resvg-js in one thread ${ms(t.wall)} wall, ${ms(t.cpu)} CPU (${against(runs.thread)})`,
		`in ${workers} worker threads ${ms(p.wall)} wall, ${ms(p.cpu)} CPU (${against(runs.pool)})`,
		`satori's fonts ${ms(fontsMs)} once (instancing Inter Variable)`,
	];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await benchCards()).join('  ·  '));
