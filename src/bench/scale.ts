/**
 * The scale part of the benchmark: whole `npm run build`s of a synthetic corpus, cold (empty caches), warm (every
 * diagram and card cached), and after one report changed (one unit renamed), each with the peak memory of its
 * largest process; and a warm build of a quarter of the corpus, so that memory per report is a difference of two
 * measurements, not a guess.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';

/** One build: wall milliseconds, peak resident memory of the largest process, and the diagram log line. */
export interface BuildRun {
	ms: number;
	peakMb?: number;
	/** The build's own count of diagrams from the cache and rendered. */
	diagrams?: string;
}

/** Runs `npm run build` with extra environment, under /usr/bin/time for the peak memory where it exists. */
export function timeBuild(env: Record<string, string>): BuildRun {
	// A local build, as `npm run build:local`, unless the environment names the site.
	const options = { env: { SITE_URL: 'http://localhost:4321', ...process.env, ...env }, encoding: 'utf8' as const, maxBuffer: 256 * 1024 * 1024 };
	const started = performance.now();
	let result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'npm', 'run', '-s', 'build'], options);
	if (result.error) result = spawnSync('npm', ['run', '-s', 'build'], options);
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`build failed: ${(result.stderr || result.stdout).slice(-2000)}`);
	const peak = result.stderr.match(/PEAK_KB=(\d+)/);
	const diagrams = result.stdout.match(/(\d+ diagrams: \d+ from the cache, \d+ rendered)/);
	return { ms, peakMb: peak ? Number(peak[1]) / 1024 : undefined, diagrams: diagrams?.[1] };
}

/** What the corpus builds measured. */
export interface ScaleResult {
	reports: number;
	cold: BuildRun;
	warm: BuildRun;
	oneChanged: BuildRun;
	quarterWarm: BuildRun;
	/** Peak memory added per report between the quarter and the whole corpus (warm builds), in MB. */
	mbPerReport?: number;
}

/** Builds a corpus of `reports` synthetic reports cold, warm and with one changed, all in `work`. */
export function measureScale(work: string, reports: number, changes: number): ScaleResult {
	const root = join(work, 'scale-corpus');
	const quarterRoot = join(work, 'scale-quarter');
	const quarter = Math.max(1, Math.round(reports / 4));
	const folders = writeCorpus(root, reports, changes);
	writeCorpus(quarterRoot, quarter, changes);
	const env = (content: string, out: string) => ({ REORG_CONTENT: content, REORG_FIXTURES: '1', REORG_OUT_DIR: join(work, out), REORG_DIAGRAM_CACHE: join(work, 'scale-cache', 'diagrams') });
	const cold = timeBuild(env(root, 'scale-dist'));
	const warm = timeBuild(env(root, 'scale-dist'));
	const units = join(folders[0], 'units.yaml');
	writeFileSync(units, readFileSync(units, 'utf8').replace('"Team 0"', '"Team 0 (renamed)"'));
	const oneChanged = timeBuild(env(root, 'scale-dist'));
	const quarterWarm = timeBuild(env(quarterRoot, 'scale-dist-quarter'));
	const mbPerReport = warm.peakMb && quarterWarm.peakMb ? (warm.peakMb - quarterWarm.peakMb) / (reports - quarter) : undefined;
	return { reports, cold, warm, oneChanged, quarterWarm, mbPerReport };
}
