/**
 * The view of one report that every output of a build reads: its validated bundle, its id indexes, its checked
 * claims, its diagrams and its published changes. A view is made once per bundle and kept beside it, so the
 * diagrams integration, the article, the change pages, the open data and the share cards all read the same
 * diagrams and the same checked claims instead of deriving them again. The memo lives on `globalThis` because
 * the integration and the pages are separate module instances in one Astro process (see model/memo.ts).
 */
import { changeDiagrams, overviewDiagrams } from '../diagrams/generate.ts';
import type { Diagram } from '../diagrams/types.ts';
import { checkClaims, type CheckedClaim } from '../model/claims.ts';
import { indexOf, type BundleIndex } from '../model/indexes.ts';
import { publishChanges, type PublishedChange } from '../model/publish.ts';
import type { ReportBundle } from '../model/schema.ts';

/** Everything the pages of one report are made from, derived once. */
export interface ReportView {
	bundle: ReportBundle;
	/** Lookups by id. */
	index: BundleIndex;
	/** Every claim with the data's verdict. */
	claims: CheckedClaim[];
	/** The overview diagrams in article order, each change's diagram in changes.yaml order, and both together. */
	diagrams: { overview: Diagram[]; changes: Diagram[]; all: Diagram[] };
	/** Every change as published, with absolute permalinks under `site`. */
	published: (site: URL) => PublishedChange[];
}

/** The view of a bundle. Each part is computed on first use and once per bundle (see model/memo.ts), so every caller in
 * this process, through a view or through the functions themselves, shares the same results. */
export function viewOf(bundle: ReportBundle): ReportView {
	return {
		bundle,
		index: indexOf(bundle),
		get claims() {
			return checkClaims(bundle);
		},
		get diagrams() {
			const overview = overviewDiagrams(bundle);
			const changes = changeDiagrams(bundle);
			return { overview, changes, all: [...overview, ...changes] };
		},
		published: (site) => publishChanges(bundle, site),
	};
}
