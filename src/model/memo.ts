/**
 * Work derived from a report bundle (checked claims, published changes, diagrams) is done once per bundle and
 * shared by every caller: the diagrams integration, the pages, the open data, the feed and the cards all ask for
 * the same results. Bundles are never changed after validation, so a result never goes stale, and a dev-server edit
 * makes a new bundle with results of its own. The memo lives on `globalThis` because Astro loads the integration and
 * the pages as separate module instances in one process.
 */
import type { ReportBundle } from './schema.ts';

/** Wraps `compute` so that it runs once per bundle; `name` keeps memos of different functions apart. */
export function perBundle<T>(name: string, compute: (bundle: ReportBundle) => T): (bundle: ReportBundle) => T {
	const slot = globalThis as Record<symbol, WeakMap<ReportBundle, T> | undefined>;
	const key = Symbol.for(`reorg-lens.memo.${name}`);
	return (bundle) => {
		const memo = (slot[key] ??= new WeakMap());
		if (!memo.has(bundle)) memo.set(bundle, compute(bundle));
		return memo.get(bundle) as T;
	};
}

/**
 * Wraps `compute` so that a call with the very items of the previous call (the same objects in the same order)
 * returns the previous result instead of computing it again. For work every page of a build asks for with the same
 * reports: the check is one comparison a report, where the work may be much more. A dev-server edit makes new
 * bundles, so the next call computes again.
 */
export function sameAsLast<T, R>(compute: (items: readonly T[]) => R): (items: readonly T[]) => R {
	let last: { items: T[]; result: R } | undefined;
	return (items) => {
		const same =
			last !== undefined &&
			last.items.length === items.length &&
			last.items.every((item, i) => item === items[i]);
		if (!same) last = { items: [...items], result: compute(items) };
		return last!.result;
	};
}
