/**
 * `npm run bench`: the performance figures of the site, in one run. Diagram rendering cold (empty cache) and warm,
 * for the real site and for a synthetic corpus at three sizes (to show cost growing linearly), whole builds cold,
 * warm and without diagrams with their peak memory, and the same diagrams rendered by mmdc as the peer. Synthetic
 * reports are written to a temporary folder and never published.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../bench/corpus.ts';
import { ensureMmdc, renderWithMmdc } from '../bench/mmdc.ts';
import { devLoop } from '../bench/devLoop.ts';
import { allDiagrams } from '../diagrams/generate.ts';
import type { Diagram } from '../diagrams/types.ts';
import { listReportFolders, loadReport } from '../model/loadReport.ts';
import { lighthouseScores } from '../render/lighthouse.ts';
import { renderDiagrams } from '../render/renderDiagrams.ts';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 50);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const MMDC_SAMPLE = Number(process.env.BENCH_MMDC_SAMPLE ?? 20);
const work = mkdtempSync(join(tmpdir(), 'reorg-lens-bench-'));
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => {
	rows.push(cells.map(String));
	console.log(cells.join('  ·  '));
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;

function diagramsOf(folders: string[]): Diagram[] {
	return folders.flatMap((f) => {
		const { bundle, problems } = loadReport(f);
		if (!bundle) throw new Error(`${f} does not validate: ${problems[0]?.message}`);
		return allDiagrams(bundle);
	});
}

async function timeRender(diagrams: Diagram[], cache: string) {
	const started = performance.now();
	const stats = await renderDiagrams(diagrams, cache);
	return { ...stats, wallMs: performance.now() - started };
}

/** Runs `npm run build` with extra environment; returns wall time and peak memory (KB) from /usr/bin/time. */
function timeBuild(env: Record<string, string>): { ms: number; peakKb?: number } {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'npm', 'run', '-s', 'build'], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const elapsed = performance.now() - started;
	if (result.error) {
		const plain = spawnSync('npm', ['run', '-s', 'build'], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (plain.status !== 0) throw new Error(`build failed: ${plain.stderr.slice(-2000)}`);
		return { ms: performance.now() - started };
	}
	if (result.status !== 0) throw new Error(`build failed: ${result.stderr.slice(-2000)}`);
	const peak = result.stderr.match(/PEAK_KB=(\d+)/);
	return { ms: elapsed, peakKb: peak ? Number(peak[1]) : undefined };
}

try {
	console.log(`Reorg Lens benchmark: real site, then ${REPORTS} synthetic reports × ${CHANGES} changes\n`);

	// The real site's diagrams.
	const real = diagramsOf(listReportFolders('content/reports'));
	const realCache = join(work, 'cache-real');
	const cold = await timeRender(real, realCache);
	const warm = await timeRender(real, realCache);
	row('real site', `${real.length} diagrams`, `browser start ${ms(cold.browserStartMs)}`, `cold ${ms(cold.renderMs / cold.rendered)}/diagram`, `warm ${ms(warm.wallMs / real.length)}/diagram (${warm.rendered} rendered)`);

	// The corpus at three sizes, each with an empty cache: the cost per diagram should stay flat.
	const corpusRoot = join(work, 'corpus');
	const folders = writeCorpus(corpusRoot, REPORTS, CHANGES);
	for (const size of [Math.max(1, Math.round(REPORTS / 5)), Math.max(1, Math.round(REPORTS / 2)), REPORTS]) {
		const diagrams = diagramsOf(folders.slice(0, size));
		const run = await timeRender(diagrams, join(work, `cache-corpus-${size}`));
		row('corpus', `${size} reports`, `${diagrams.length} diagrams`, `cold ${s(run.wallMs)} total`, `${ms(run.renderMs / run.rendered)}/diagram after ${ms(run.browserStartMs)} start`);
	}
	const all = diagramsOf(folders);
	const corpusWarm = await timeRender(all, join(work, `cache-corpus-${REPORTS}`));
	row('corpus', `${REPORTS} reports`, `${all.length} diagrams`, `warm ${ms(corpusWarm.wallMs)} total`, `${corpusWarm.rendered} rendered`);

	// Whole builds.
	const buildEnv = (cache: string, extra: Record<string, string> = {}) => ({ REORG_DIAGRAM_CACHE: cache, REORG_OUT_DIR: join(work, 'dist'), ...extra });
	const realCold = timeBuild(buildEnv(join(work, 'cache-build-real')));
	const realWarm = timeBuild(buildEnv(join(work, 'cache-build-real')));
	const realNone = timeBuild(buildEnv(join(work, 'cache-none'), { REORG_NO_DIAGRAMS: '1' }));
	row('build, real site', `cold ${s(realCold.ms)}`, `warm ${s(realWarm.ms)}`, `no diagrams ${s(realNone.ms)}`, `peak ${realCold.peakKb ? `${(realCold.peakKb / 1024).toFixed(0)} MB` : 'n/a'}`);
	const corpusEnv = { REORG_CONTENT: corpusRoot, REORG_FIXTURES: '1' };
	const corpusCold = timeBuild(buildEnv(join(work, 'cache-build-corpus'), corpusEnv));
	const corpusBuildWarm = timeBuild(buildEnv(join(work, 'cache-build-corpus'), corpusEnv));
	const corpusNone = timeBuild(buildEnv(join(work, 'cache-none'), { ...corpusEnv, REORG_NO_DIAGRAMS: '1' }));
	row(`build, corpus of ${REPORTS}`, `cold ${s(corpusCold.ms)}`, `warm ${s(corpusBuildWarm.ms)}`, `no diagrams ${s(corpusNone.ms)}`, `warm/no-diagrams ${(corpusBuildWarm.ms / corpusNone.ms).toFixed(2)}×`, `peak ${corpusCold.peakKb ? `${(corpusCold.peakKb / 1024).toFixed(0)} MB` : 'n/a'}`);

	// Lighthouse (mobile) on the real site, served from a fresh build.
	timeBuild(buildEnv(join(work, 'cache-build-real')));
	const server = spawn('npm', ['run', '-s', 'preview', '--', '--port', '4398', '--host', '127.0.0.1'], { env: { ...process.env, REORG_OUT_DIR: join(work, 'dist') }, stdio: 'ignore', detached: true });
	try {
		for (let i = 0; i < 60; i++) {
			const up = await fetch('http://127.0.0.1:4398/').then((r) => r.ok, () => false);
			if (up) break;
			await new Promise((r) => setTimeout(r, 500));
		}
		for (const score of await lighthouseScores(['http://127.0.0.1:4398/reports/xiaomi-2021-12/', 'http://127.0.0.1:4398/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/'])) {
			row('lighthouse', new URL(score.url).pathname, `performance ${score.performance}`, `accessibility ${score.accessibility}`, `best practices ${score['best-practices']}`, `SEO ${score.seo}`);
		}
	} finally {
		if (server.pid) process.kill(-server.pid);
	}

	row(...(await devLoop(Number(process.env.BENCH_DEV_PORT ?? 4397))));

	// The peer: mmdc, one process per diagram.
	if (process.env.BENCH_SKIP_MMDC !== '1' && ensureMmdc()) {
		const realMmdc = renderWithMmdc(real.map((d) => d.source), join(work, 'mmdc-real'));
		const ours = cold.wallMs / real.length;
		row('mmdc, real site', `${real.length} diagrams`, `${s(realMmdc)} total`, `${ms(realMmdc / real.length)}/diagram`, `ours ${ms(ours)}/diagram cold incl. start`, `ratio ${(realMmdc / real.length / ours).toFixed(1)}×`);
		const sample = all.filter((_, i) => i % Math.ceil(all.length / MMDC_SAMPLE) === 0).slice(0, MMDC_SAMPLE);
		const sampleMs = renderWithMmdc(sample.map((d) => d.source), join(work, 'mmdc-corpus'));
		const perDiagram = sampleMs / sample.length;
		const cor = await timeRender(all, join(work, 'cache-corpus-again'));
		row('mmdc, corpus', `sample of ${sample.length}`, `${ms(perDiagram)}/diagram`, `projected ${s(perDiagram * all.length)} for ${all.length}`, `ours ${s(cor.wallMs)} measured`, `ratio ${((perDiagram * all.length) / cor.wallMs).toFixed(1)}×`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
