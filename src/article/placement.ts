/**
 * Where the article's diagrams sit. A change's diagram follows the paragraph that states the change (the one that
 * holds its <Change> anchor); an overview diagram sits where the author puts a <Diagram kind="…" /> in article.mdx.
 * The appendix and the list of changes show only what the text does not already show, and link to the rest, so that
 * each diagram is drawn once per page. The placement comes from the report's data and its MDX, never from code.
 */
import { changeDiagrams, overviewDiagrams } from '../diagrams/generate.ts';
import type { Diagram } from '../diagrams/types.ts';
import { isOfKind as isKindOf } from '../model/articleElements.ts';
import type { ReportBundle } from '../model/schema.ts';

/** A report's diagrams: the overviews, and each change's own with the change's id. */
export interface ArticleDiagrams {
	overview: Diagram[];
	changes: { changeId: string; diagram: Diagram }[];
}

const generated = new WeakMap<ReportBundle, ArticleDiagrams>();

/** The diagrams of a report, generated once per bundle however many components ask. */
export function articleDiagrams(bundle: ReportBundle): ArticleDiagrams {
	let diagrams = generated.get(bundle);
	if (!diagrams) {
		const diffs = changeDiagrams(bundle);
		diagrams = {
			overview: overviewDiagrams(bundle),
			changes: bundle.changes.map((c, i) => ({ changeId: c.id, diagram: diffs[i] })),
		};
		generated.set(bundle, diagrams);
	}
	return diagrams;
}

/** Whether a diagram is of the kind an author names: a kind itself ("timeline") or its family ("org" for "org-before"). */
export function isOfKind(diagram: Diagram, kind: string): boolean {
	return isKindOf(diagram.kind, kind);
}

/** What article.mdx places itself: the changes it anchors and the diagram kinds it puts in the text. */
export interface Placed {
	/** Ids of the changes with a <Change> anchor, whose diagrams follow their paragraphs. */
	changes: Set<string>;
	/** The kinds named by <Diagram kind="…" /> elements. */
	kinds: string[];
}

/** Reads from the MDX source which changes are anchored and which diagram kinds are placed. */
export function placedIn(mdx: string): Placed {
	const code = mdx.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
	return {
		changes: new Set([...code.matchAll(/<Change\s+id=["']([^"']+)["']/g)].map((m) => m[1])),
		kinds: [...code.matchAll(/<Diagram\s+kind=["']([^"']+)["']/g)].map((m) => m[1]),
	};
}
