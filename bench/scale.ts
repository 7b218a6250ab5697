/**
 * The scale part of the benchmark: whole `npm run build`s of a synthetic corpus, cold (empty caches), warm (every
 * diagram and card cached), after one report changed (one unit renamed), every page rendered and incrementally,
 * each with the peak memory of its
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
	/** Files Astro wrote, and how many of them it copied from the previous build instead of rendering. */
	pages?: { written: number; reused: number };
}

/** Runs `npm run build` with extra environment, under /usr/bin/time for the peak memory where it exists. */
export function timeBuild(env: Record<string, string>): BuildRun {
	// A local build, as `npm run build:local`, unless the environment names the site.
	const options = {
		env: { SITE_URL: 'http://localhost:4321', ...process.env, ...env },
		encoding: 'utf8' as const,
		maxBuffer: 256 * 1024 * 1024,
	};
	const started = performance.now();
	let result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'npm', 'run', '-s', 'build'], options);
	if (result.error) result = spawnSync('npm', ['run', '-s', 'build'], options);
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`build failed: ${(result.stderr || result.stdout).slice(-2000)}`);
	const peak = result.stderr.match(/PEAK_KB=(\d+)/);
	const diagrams = result.stdout.match(/(\d+ diagrams: \d+ from the cache, \d+ rendered)/);
	// Astro colours its log when it thinks a terminal reads it (CI=true does): the colour codes are left out.
	const written = result.stdout
		.replace(/\x1b\[[0-9;]*m/g, '')
		.split('\n')
		.filter((line) => line.includes('├─'));
	const reused = written.filter((line) => /\((?:restored|cached)\)/.test(line)).length;
	return {
		ms,
		peakMb: peak ? Number(peak[1]) / 1024 : undefined,
		diagrams: diagrams?.[1],
		pages: { written: written.length, reused },
	};
}

/** What the corpus builds measured. */
export interface ScaleResult {
	reports: number;
	cold: BuildRun;
	warm: BuildRun;
	/** One report's unit renamed, every page rendered again (as without REORG_INCREMENTAL). */
	oneChanged: BuildRun;
	/** Another report's unit renamed, with REORG_INCREMENTAL=1 after a build that recorded every page. */
	oneChangedIncremental: BuildRun;
	quarterWarm: BuildRun;
	/** Peak memory added per report between the quarter and the whole corpus (warm builds), in MB. */
	mbPerReport?: number;
}

/** Renames the first team of a synthetic report (a unit of that report alone). */
function renameTeam(folder: string): void {
	const units = join(folder, 'units.yaml');
	writeFileSync(units, readFileSync(units, 'utf8').replace('"Team 1"', '"Team 1 (renamed)"'));
}

/**
 * Builds a corpus of `reports` synthetic reports cold, warm, with one report changed, and with another changed in an
 * incremental build, all in `work`. The one-changed build is the first with REORG_INCREMENTAL=1: it finds no record
 * of a previous incremental build, so it renders every page (as a build without the setting does) and records them;
 * the next renders only what the second edit touched.
 */
export function measureScale(work: string, reports: number, changes: number): ScaleResult {
	const root = join(work, 'scale-corpus');
	const quarterRoot = join(work, 'scale-quarter');
	const quarter = Math.max(1, Math.round(reports / 4));
	const folders = writeCorpus(root, reports, changes);
	writeCorpus(quarterRoot, quarter, changes);
	const env = (content: string, out: string, incremental = false) => ({
		REORG_CONTENT: content,
		REORG_FIXTURES: '1',
		REORG_OUT_DIR: join(work, out),
		REORG_DIAGRAM_CACHE: join(work, 'scale-cache', 'diagrams'),
		REORG_INCREMENTAL: incremental ? '1' : '0',
	});
	const cold = timeBuild(env(root, 'scale-dist'));
	const warm = timeBuild(env(root, 'scale-dist'));
	renameTeam(folders[0]);
	const oneChanged = timeBuild(env(root, 'scale-dist', true));
	renameTeam(folders[Math.floor(folders.length / 2)]);
	const oneChangedIncremental = timeBuild(env(root, 'scale-dist', true));
	const quarterWarm = timeBuild(env(quarterRoot, 'scale-dist-quarter'));
	const mbPerReport =
		warm.peakMb && quarterWarm.peakMb ? (warm.peakMb - quarterWarm.peakMb) / (reports - quarter) : undefined;
	return { reports, cold, warm, oneChanged, oneChangedIncremental, quarterWarm, mbPerReport };
}
