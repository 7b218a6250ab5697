/**
 * `npm run bench`: the performance figures of the site, in one run, on whatever load the machine has (it prints
 * the load average; quote ratios measured in one run, not absolute times from different runs).
 *
 * - diagrams: ours, rehype-mermaid, and mmdc in batch and per-file modes, each a whole cold process on the same
 *   sets (the real site's diagrams and a synthetic corpus), interleaved, medians and ratios;
 * - overhead: our browser start apart from the per-diagram cost after it, against mermaid's own render in a warm page;
 * - reader: the built article on a throttled phone (layout shift at the top and at a deep link, bytes, JavaScript,
 *   time until every diagram is visible) against the same diagrams drawn client-side by mermaid 12, and Lighthouse
 *   (mobile performance, median of 3 runs, with its total blocking time, FCP, LCP, speed index and CLS);
 * - scale: builds of a synthetic corpus (BENCH_REPORTS, 200 by default) cold, warm, one report changed, memory.
 *
 * - cards: ms a share card, drawn in Chromium's warm pages (the build's renderer) against satori + resvg-js, in one
 *   thread and in worker threads, interleaved;
 * - devloop: save-to-updated-page in `npm run dev` for a one-field edit (test/helpers/devServer.ts).
 *
 * BENCH_ONLY=diagrams,overhead,cards,reader,scale,devloop picks sections (lighthouse: only the reader's Lighthouse runs); BENCH_ROUNDS, BENCH_CORPUS_DIAGRAMS, BENCH_MMDC_SAMPLE,
 * BENCH_REPORTS and BENCH_CHANGES size them (see src/config.ts); BENCH_SKIP_MMDC=1 leaves mmdc out. Synthetic reports are written to a temporary folder, never published.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCards } from './cards.ts';
import { writeClientSidePage } from './clientSide.ts';
import { measureLoads, SLOW_PHONE, type PageLoad } from './cls.ts';
import { writeCorpus } from './corpus.ts';
import { devLoop } from '../test/helpers/devServer.ts';
import { commandContender, interleave, median, type Contender } from './interleave.ts';
import { ensureMmdc, mmdcBatchCommand, renderWithMmdc } from './mmdc.ts';
import { ensureRehypeMermaid, rehypeMermaidCommand } from './rehypeMermaid.ts';
import { measureScale, timeBuild, type BuildRun } from './scale.ts';
import { allDiagrams } from '../src/diagrams/generate.ts';
import type { Diagram } from '../src/diagrams/types.ts';
import { listReportFolders, loadReport } from '../src/load/loadReport.ts';
import { BrowserRenderer } from '../src/render/browserRenderer.ts';
import { lighthouseScores, medianScores } from '../test/helpers/lighthouse.ts';
import { renderDiagrams } from '../src/render/renderDiagrams.ts';
import { benchConfig } from './config.ts';

const {
	reports: REPORTS,
	changes: CHANGES,
	mmdcSample: MMDC_SAMPLE,
	rounds: ROUNDS,
	corpusDiagrams: CORPUS_DIAGRAMS,
} = benchConfig;
const only = new Set(benchConfig.sections);
const work = mkdtempSync(join(tmpdir(), 'reorg-lens-bench-'));

const row = (...cells: (string | number)[]) => console.log(cells.join('  ·  '));
const ms = (n: number) => `${n.toFixed(0)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n?: number) => (n === undefined ? 'n/a' : `${n.toFixed(0)} MB`);
const load = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');

function diagramsOf(folders: string[]): Diagram[] {
	return folders.flatMap((f) => {
		const { bundle, problems } = loadReport(f);
		if (!bundle) throw new Error(`${f} does not validate: ${problems[0]?.message}`);
		return allDiagrams(bundle);
	});
}

/**
 * Ours, rehype-mermaid and mmdc on one set of diagrams, each a whole cold process, interleaved. For the real site,
 * also the build's whole drawing phase (its diagrams and then its share cards in one browser, caches empty).
 */
function comparePeers(name: string, diagrams: Diagram[], withCards = false): void {
	const dir = join(work, `peers-${name.replace(/\W+/g, '-')}`);
	const input = join(dir, 'diagrams.json');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(input, JSON.stringify(diagrams));
	const sources = diagrams.map((d) => d.source);
	const contenders: Contender[] = [];
	const cache = join(dir, 'cache');
	contenders.push(commandContender('ours', [process.execPath, 'bench/renderProcess.ts', input, cache], [cache]));
	const phase = join(dir, 'phase-cache');
	if (withCards)
		contenders.push(
			commandContender(
				'ours, diagrams + share cards',
				[
					'/usr/bin/env',
					`REORG_DIAGRAM_CACHE=${join(phase, 'diagrams')}`,
					process.execPath,
					'bench/renderProcess.ts',
					'--site',
				],
				[phase],
			),
		);
	if (ensureRehypeMermaid())
		contenders.push(commandContender('rehype-mermaid', rehypeMermaidCommand(sources, join(dir, 'rehype'))));
	const mmdc = !benchConfig.skipMmdc && ensureMmdc();
	if (mmdc)
		contenders.push(
			commandContender('mmdc batch', mmdcBatchCommand(sources, join(dir, 'mmdc-batch')), [
				join(dir, 'mmdc-batch', 'out'),
			]),
		);
	const sample =
		sources.length <= MMDC_SAMPLE
			? sources
			: sources.filter((_, i) => i % Math.ceil(sources.length / MMDC_SAMPLE) === 0).slice(0, MMDC_SAMPLE);
	const scaleUp = sources.length / sample.length;
	if (mmdc)
		contenders.push({
			name:
				sample.length === sources.length
					? 'mmdc per file'
					: `mmdc per file (${sample.length} timed, ×${scaleUp.toFixed(1)})`,
			run: () => renderWithMmdc(sample, join(dir, 'mmdc-files')) * scaleUp,
		});
	console.log(`\n${name}: ${diagrams.length} diagrams, ${ROUNDS} interleaved rounds after a warm-up, load ${load()}`);
	const timings = interleave(contenders, ROUNDS);
	for (const t of timings) {
		row(
			`  ${t.name.padEnd(36)}`,
			`median ${s(t.medianMs)}`,
			`${ms(t.medianMs / diagrams.length)}/diagram`,
			t.name === 'ours' ? 'reference' : `${t.ratio.toFixed(2)}× ours`,
			`runs ${t.runs.map(s).join(' ')}`,
		);
	}
	const [withCardsTiming, rehype] = ['ours, diagrams + share cards', 'rehype-mermaid'].map((n) =>
		timings.find((t) => t.name === n),
	);
	if (withCardsTiming && rehype) {
		const ratios = withCardsTiming.runs.map((run, i) => run / rehype.runs[i]);
		row(
			'  our drawing phase (diagrams + cards) against rehype-mermaid (diagrams only)',
			`${median(ratios).toFixed(2)}× (round by round ${ratios.map((r) => r.toFixed(2)).join(' ')}; goal ≤ 1.00)`,
		);
	}
}

/** Our cost after browser start against mermaid's own render of the same diagrams in a warm page. */
async function overhead(name: string, diagrams: Diagram[]): Promise<void> {
	const runs = [];
	for (let i = 0; i < ROUNDS; i++) runs.push(await renderDiagrams(diagrams, join(work, `overhead-${name}-${i}`)));
	const renderer = new BrowserRenderer();
	const warm: number[] = [];
	try {
		const jobs = diagrams.map((d) => ({ renderId: 'rl', source: d.source }));
		await renderer.renderBatch(jobs);
		for (let i = 0; i < ROUNDS; i++) {
			const results = await renderer.renderBatch(jobs);
			warm.push(results.reduce((sum, r) => sum + ('mermaidMs' in r ? r.mermaidMs : 0), 0));
		}
	} finally {
		await renderer.close();
	}
	const start = median(runs.map((r) => r.browserStartMs));
	const after = median(runs.map((r) => r.renderMs / r.rendered));
	const floor = median(warm) / diagrams.length;
	// mermaid's own time inside our fresh pages: what the first renders of a page cost any renderer (its code is
	// loaded and compiled on first use), so the rest of the gap to the warm page is ours.
	const cold = median(runs.map((r) => r.mermaidMs / r.rendered));
	row(
		`  ${name}`,
		`${diagrams.length} diagrams`,
		`browser start ${ms(start)}`,
		`ours ${ms(after)}/diagram after start (${runs[0].pages} page, ${runs[0].workers} svgo worker)`,
		`mermaid.render alone, warm page ${ms(floor)}/diagram: ratio ${(after / floor).toFixed(2)}× (goal ≤ 1.30)`,
		`mermaid.render inside our fresh pages ${ms(cold)}/diagram: ratio ${(after / cold).toFixed(2)}×`,
	);
}

/** The article on a slow phone, server-rendered SVG against client-side mermaid. */
async function reader(): Promise<void> {
	const dist = join(work, 'dist-reader');
	timeBuild({ REORG_OUT_DIR: dist, REORG_DIAGRAM_CACHE: join(work, 'cache-reader', 'diagrams') });
	const clientPath = writeClientSidePage(dist, 'xiaomi-2021-12');
	const port = 4398;
	const server = spawn('npm', ['run', '-s', 'preview', '--', '--port', String(port), '--host', '127.0.0.1'], {
		env: { ...process.env, REORG_OUT_DIR: dist },
		stdio: 'ignore',
		detached: true,
	});
	try {
		const base = `http://127.0.0.1:${port}`;
		for (
			let i = 0;
			i < 120 &&
			!(await fetch(`${base}/`).then(
				(r) => r.ok,
				() => false,
			));
			i++
		)
			await new Promise((r) => setTimeout(r, 500));
		const deep = '#change-youpin-to-xiaomi-china';
		const pages = {
			'ours, top': '/reports/xiaomi-2021-12/',
			'ours, deep link': `/reports/xiaomi-2021-12/${deep}`,
			'client-side mermaid, top': clientPath,
			'client-side mermaid, deep link': `${clientPath}${deep}`,
		};
		const byName = new Map<string, PageLoad[]>(Object.keys(pages).map((k) => [k, []]));
		if (only.has('reader')) {
			for (let i = 0; i < ROUNDS; i++) {
				const loads = await measureLoads(Object.values(pages).map((p) => `${base}${p}`));
				Object.keys(pages).forEach((k, j) => byName.get(k)?.push(loads[j]));
			}
			console.log(
				`\nreader: the article, ${SLOW_PHONE.cpuRate}× CPU, ${SLOW_PHONE.latencyMs} ms RTT, ${SLOW_PHONE.kbps} kbps, ${SLOW_PHONE.width} px; ${ROUNDS} cold loads each, load ${load()}`,
			);
			for (const [name, loads] of byName) {
				const cls = loads.map((l) => l.cls);
				const visible = loads.map((l) => l.diagramsVisibleMs ?? Number.NaN);
				row(
					`  ${name.padEnd(32)}`,
					`CLS median ${median(cls).toFixed(3)} (max ${Math.max(...cls).toFixed(3)})`,
					`all diagrams visible ${s(median(visible))}`,
					`${(loads[0].bytes / 1024).toFixed(0)} KB transferred (uncompressed server)`,
					`JS ${(loads[0].jsBytes / 1024).toFixed(0)} KB`,
				);
			}
		}
		// Lighthouse (mobile) three times per page, the median reported: one run on this shared machine is noisy.
		// Its simulated throttling scales the CPU time it observed, so the load average is printed beside it.
		console.log(
			`\nlighthouse (mobile, simulated throttling): the article and a change page, 3 runs each, load ${load()}`,
		);
		const article = `${base}/reports/xiaomi-2021-12/`;
		const change = `${base}/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/`;
		const runs = await lighthouseScores([article, change], 3);
		for (const url of [article, change]) {
			const score = medianScores(runs, url);
			row(
				'  lighthouse',
				new URL(url).pathname,
				`performance ${score.performance} (median of ${score.runs.length}: ${score.runs.join(', ')})`,
				`TBT ${score.tbtMs} ms`,
				`FCP ${s(score.fcpMs)}`,
				`LCP ${s(score.lcpMs)}`,
				`SI ${s(score.siMs)}`,
				`CLS ${score.cls.toFixed(3)}`,
				`accessibility ${score.accessibility}`,
				`best practices ${score['best-practices']}`,
				`SEO ${score.seo}`,
			);
		}
		console.log(`  load after: ${load()}`);
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}

try {
	console.log(`Reorg Lens benchmark: ${availableParallelism()} cores, load average ${load()}`);
	const real = diagramsOf(listReportFolders('content/reports'));
	const needCorpus = only.has('diagrams') || only.has('overhead');
	const corpus = needCorpus
		? diagramsOf(writeCorpus(join(work, 'corpus'), Math.ceil(CORPUS_DIAGRAMS / 10), 8)).slice(0, CORPUS_DIAGRAMS)
		: [];
	if (only.has('diagrams')) {
		comparePeers('real site', real, true);
		comparePeers('corpus', corpus);
	}
	if (only.has('overhead')) {
		console.log(
			`\nper diagram after browser start (our whole pipeline, cold cache) against mermaid.render alone in a warm page; medians of ${ROUNDS}, load ${load()}`,
		);
		await overhead('real site', real);
		await overhead('corpus', corpus);
	}
	if (only.has('cards')) {
		console.log(`\nshare cards, load ${load()}`);
		row(`  ${(await benchCards({ rounds: ROUNDS })).join('  ·  ')}`);
	}
	if (only.has('reader') || only.has('lighthouse')) await reader();
	if (only.has('scale')) {
		console.log(`\nscale: ${REPORTS} synthetic reports × ${CHANGES} changes, whole builds, load ${load()}`);
		const r = measureScale(work, REPORTS, CHANGES);
		const pages = (run: BuildRun) =>
			run.pages ? `${run.pages.written - run.pages.reused} of ${run.pages.written} files rendered` : '';
		row('  cold', s(r.cold.ms), `peak ${mb(r.cold.peakMb)}`, r.cold.diagrams ?? '', pages(r.cold));
		row('  warm', s(r.warm.ms), `peak ${mb(r.warm.peakMb)}`, r.warm.diagrams ?? '', pages(r.warm));
		row(
			'  one report changed, every page rendered',
			s(r.oneChanged.ms),
			`peak ${mb(r.oneChanged.peakMb)}`,
			r.oneChanged.diagrams ?? '',
			pages(r.oneChanged),
			`${(r.oneChanged.ms / r.warm.ms).toFixed(2)}× warm`,
		);
		row(
			'  another report changed, incremental (REORG_INCREMENTAL=1)',
			s(r.oneChangedIncremental.ms),
			`peak ${mb(r.oneChangedIncremental.peakMb)}`,
			r.oneChangedIncremental.diagrams ?? '',
			pages(r.oneChangedIncremental),
			`${(r.oneChangedIncremental.ms / r.warm.ms).toFixed(2)}× warm`,
		);
		row(
			`  warm, ${Math.round(REPORTS / 4)} reports`,
			s(r.quarterWarm.ms),
			`peak ${mb(r.quarterWarm.peakMb)}`,
			`memory per report ${r.mbPerReport === undefined ? 'n/a' : `${r.mbPerReport.toFixed(2)} MB`}`,
		);
	}
	if (only.has('devloop')) row(...(await devLoop(benchConfig.devPort)));
} finally {
	rmSync(work, { recursive: true, force: true });
}
