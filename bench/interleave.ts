/**
 * Whole-process timing for the benchmark: contenders take turns (A B C, A B C, …) so that a machine whose speed
 * drifts, as a shared one does, slows each alike; each is reported by its median, and against a reference by the
 * median of the ratios taken round by round.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/** One contender: a name and a fresh run of it (a command, or a function for contenders of many processes). */
export interface Contender {
	name: string;
	/** Runs once and returns wall milliseconds. */
	run: () => number;
}

/** A contender that is one command; the `fresh` folders (its caches and output) are emptied before each run. */
export function commandContender(name: string, command: string[], fresh: string[] = []): Contender {
	return {
		name,
		run: () => {
			for (const dir of fresh) {
				rmSync(dir, { recursive: true, force: true });
				mkdirSync(dir, { recursive: true });
			}
			const started = performance.now();
			const result = spawnSync(command[0], command.slice(1), {
				encoding: 'utf8',
				maxBuffer: 256 * 1024 * 1024,
				timeout: 30 * 60_000,
			});
			const elapsed = performance.now() - started;
			if (result.status !== 0)
				throw new Error(
					`${name} failed: ${(result.stderr || result.stdout || String(result.error)).slice(-1500)}`,
				);
			return elapsed;
		},
	};
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** What each contender measured: every run, the median, and the median ratio to the first contender. */
export interface Timing {
	name: string;
	runs: number[];
	medianMs: number;
	/** Median over rounds of (this run / the first contender's run in the same round). */
	ratio: number;
}

/** Runs the contenders interleaved for `rounds` rounds, after one untimed warm-up round (installs, disk caches). */
export function interleave(contenders: readonly Contender[], rounds: number, warmup = true): Timing[] {
	if (warmup) for (const c of contenders) c.run();
	const runs = contenders.map(() => [] as number[]);
	for (let round = 0; round < rounds; round++) contenders.forEach((c, i) => runs[i].push(c.run()));
	return contenders.map((c, i) => ({
		name: c.name,
		runs: runs[i],
		medianMs: median(runs[i]),
		ratio: median(runs[i].map((ms, r) => ms / runs[0][r])),
	}));
}
