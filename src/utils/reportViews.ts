/**
 * The view of one report that every output of a build reads: its validated bundle, its id indexes, its checked
 * claims, its diagrams and its published changes. A view is made once per bundle and kept beside it, so the
 * diagrams integration, the article, the change pages, the open data and the share cards all read the same
 * diagrams and the same checked claims instead of deriving them again. The memo lives on `globalThis` because
 * the integration and the pages are separate module instances in one Astro process.
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

const VIEWS_KEY = Symbol.for('reorg-lens.report-views');
const views: WeakMap<ReportBundle, ReportView> = ((globalThis as Record<symbol, unknown>)[VIEWS_KEY] ??= new WeakMap()) as WeakMap<ReportBundle, ReportView>;

/** Builds a view; each part is computed on first use, so a page that needs no diagrams generates none. */
function makeView(bundle: ReportBundle): ReportView {
	let claims: CheckedClaim[] | undefined;
	let diagrams: ReportView['diagrams'] | undefined;
	const published = new Map<string, PublishedChange[]>();
	return {
		bundle,
		index: indexOf(bundle),
		get claims() {
			return (claims ??= checkClaims(bundle));
		},
		get diagrams() {
			if (!diagrams) {
				const overview = overviewDiagrams(bundle);
				const changes = changeDiagrams(bundle);
				diagrams = { overview, changes, all: [...overview, ...changes] };
			}
			return diagrams;
		},
		published: (site) => {
			let list = published.get(site.href);
			if (!list) published.set(site.href, (list = publishChanges(bundle, site)));
			return list;
		},
	};
}

/** The view of a bundle, made on first use and shared by every later caller in this process. */
export function viewOf(bundle: ReportBundle): ReportView {
	let view = views.get(bundle);
	if (!view) views.set(bundle, (view = makeView(bundle)));
	return view;
}
