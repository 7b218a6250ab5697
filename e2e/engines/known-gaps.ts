/**
 * The one list of engine checks that the site does not meet yet, each with the issue that fixes it. A result that
 * an entry covers may fail without failing the run; every other result must pass. The list is held to the truth
 * both ways: an entry whose results all pass now fails the run ("met now: delete the entry"), so that it cannot
 * hide a regression later. Delete entries as their fixes land; narrow an entry (widths, engines) when a fix covers
 * only part of it.
 */
import type { CheckName, Result } from './checks.ts';
import type { EngineName } from './driver.ts';

/** An expected failure: a check on a page, in some engines and widths (all when unset), and why it fails. */
export interface KnownGap {
	check: CheckName;
	page: string;
	widths?: number[];
	engines?: EngineName[];
	why: string;
}

/** Every criterion is met in all three engines today; an entry goes here only with the issue that will fix it. */
export const KNOWN_GAPS: readonly KnownGap[] = [];

/** True when a gap covers a result. */
function covers(gap: KnownGap, r: Result): boolean {
	return (
		gap.check === r.check &&
		gap.page === r.page &&
		(!gap.widths || gap.widths.includes(r.width)) &&
		(!gap.engines || gap.engines.includes(r.engine))
	);
}

/** The results judged against the known gaps. */
export interface GapVerdict {
	/** Failures no gap covers: each fails the run. */
	unexpected: Result[];
	/** Gaps with failing results still, and how many. */
	open: { gap: KnownGap; failing: number; of: number }[];
	/** Gaps whose results all pass now (delete them), or that cover no result of a full run (stale). */
	met: { gap: KnownGap; of: number }[];
}

/** Sorts results into unexpected failures, gaps still open and gaps met. `fullRun`: every engine ran. */
export function applyGaps(results: readonly Result[], gaps: readonly KnownGap[], fullRun: boolean): GapVerdict {
	const unexpected = results.filter((r) => !r.ok && !gaps.some((g) => covers(g, r)));
	const open: GapVerdict['open'] = [];
	const met: GapVerdict['met'] = [];
	for (const gap of gaps) {
		const mine = results.filter((r) => covers(gap, r));
		const failing = mine.filter((r) => !r.ok).length;
		if (failing > 0) open.push({ gap, failing, of: mine.length });
		else if (mine.length > 0 || fullRun) met.push({ gap, of: mine.length });
	}
	return { unexpected, open, met };
}
