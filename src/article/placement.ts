/**
 * Where the article's diagrams sit. A change's diagram follows the paragraph that states the change (the one that
 * holds its <Change> anchor); an overview diagram sits where the author puts a <Diagram kind="…" /> in article.mdx.
 * The appendix and the list of changes show only what the text does not already show, and link to the rest, so that
 * each diagram is drawn once per page. The placement comes from the report's data and its MDX, never from code.
 *
 * A report of many changes (more than BULK_CHANGES) would make an article of megabytes: 150 changes drew 3.3 MB of
 * HTML, 141 KB gzip, against a budget of 60. Its article draws only what stays small: each change's diagram is drawn
 * in full on the change's own page, and the article links to it; an overview too big for the article (the charts
 * a split org chart is split into, or a drawing of more than BULK_BOXES boxes) is drawn on its own full-size page,
 * which shows its narrow layout on a phone, one click away from its title and description in the article.
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

/** Above this many changes, a report's article draws only its small diagrams (see drawnElsewhere). */
const BULK_CHANGES = 40;

/** In such an article, an overview drawing of more boxes than this is drawn on its own page instead. */
export const BULK_BOXES = 40;

/** Whether the report is one of many changes, whose article draws no change diagram. */
const isBulk = (bundle: ReportBundle): boolean => bundle.changes.length > BULK_CHANGES;

/** The boxes (and timeline entries) a diagram's main drawing draws. */
export function boxesOf(diagram: Diagram): number {
	const nodes = diagram.source.match(/^ {2,}\w+\[/gm)?.length ?? 0;
	const tasks = diagram.source.match(/ :(?:milestone, )?t\w+, \d/g)?.length ?? 0;
	return nodes + tasks;
}

/**
 * Whether the article leaves a diagram to a page of its own: in a report of many changes, every change diagram
 * (on the change's page), the detail charts of a split org chart and any overview of more than BULK_BOXES boxes
 * (on the diagram's full-size page).
 */
export function drawnElsewhere(bundle: ReportBundle, diagram: Diagram): boolean {
	if (!isBulk(bundle)) return false;
	if (diagram.kind === 'change') return true;
	return (diagram.kind === 'org-after' && diagram.id !== 'org-after') || boxesOf(diagram) > BULK_BOXES;
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
