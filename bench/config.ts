/**
 * The benchmark's settings, from the environment (BENCH_*), read here rather than in the site's config: they size
 * `npm run bench` and nothing the site builds. Errors name the variable and say what to set, as src/config.ts does.
 */
import { count, setting, type Env } from '../src/config.ts';

/** The sizes of the benchmark's synthetic corpus and of its peer's sample. */
export interface BenchSettings {
	/** Synthetic reports (BENCH_REPORTS, default 200). */
	readonly reports: number;
	/** Changes per synthetic report (BENCH_CHANGES, default 20). */
	readonly changes: number;
	/** Diagrams the peer renderer draws from the corpus (BENCH_MMDC_SAMPLE, default 20). */
	readonly mmdcSample: number;
	/** True when the peer renderer is left out (BENCH_SKIP_MMDC=1). */
	readonly skipMmdc: boolean;
	/** Interleaved timed rounds of each comparison (BENCH_ROUNDS, default 3). */
	readonly rounds: number;
	/** Diagrams of the synthetic corpus the renderers are compared on (BENCH_CORPUS_DIAGRAMS, default 100). */
	readonly corpusDiagrams: number;
	/** The sections to run (BENCH_ONLY, comma-separated: diagrams, overhead, cards, reader, scale, devloop; default all). */
	readonly sections: readonly string[];
	/** The port of the dev server the devloop section starts (BENCH_DEV_PORT, default 4397). */
	readonly devPort: number;
}

/** The benchmark's settings from an environment. */
function benchSettings(env: Env): BenchSettings {
	return Object.freeze({
		reports: count(env, 'BENCH_REPORTS', 200),
		changes: count(env, 'BENCH_CHANGES', 20),
		mmdcSample: count(env, 'BENCH_MMDC_SAMPLE', 20),
		skipMmdc: env.BENCH_SKIP_MMDC === '1',
		rounds: count(env, 'BENCH_ROUNDS', 3),
		corpusDiagrams: count(env, 'BENCH_CORPUS_DIAGRAMS', 100),
		sections: (setting(env, 'BENCH_ONLY') ?? 'diagrams,overhead,cards,reader,scale,devloop')
			.split(',')
			.map((s) => s.trim()),
		devPort: count(env, 'BENCH_DEV_PORT', 4397),
	});
}

/** The settings of this run. */
export const benchConfig: BenchSettings = benchSettings(process.env);
