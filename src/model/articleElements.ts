/**
 * The elements an article may use, with the props each takes: the one list that the article checks, the components
 * and the docs agree on. An element or prop missing here is a slip the checks report with its line, before a build
 * would fail on it later and without one.
 */

/** What a note is; its label is the heading readers see. */
export const NOTE_LABELS = {
	context: 'Context',
	person: 'Person',
	term: 'Term',
	correction: 'Correction',
	analysis: 'Analysis',
} as const;

/** A note's kind: context, person, term, correction or analysis. */
export type NoteKind = keyof typeof NOTE_LABELS;

/** The most notes a paragraph may hold: global.css pairs words and notes by number up to this. */
export const MAX_NOTES = 6;

/** The overview diagram kinds an author may place with `<Diagram kind="…" />`; "org" covers org-before and org-after. */
export const PLACEABLE_DIAGRAMS = [
	'org',
	'org-before',
	'org-after',
	'direct-reports',
	'unit-restructure',
	'timeline',
] as const;

/** One element of an article: the props it requires and the props it may take. */
export interface ElementSpec {
	required: readonly string[];
	optional: readonly string[];
}

/** Every element of an article, by name. */
export const ARTICLE_ELEMENTS: Readonly<Record<string, ElementSpec>> = {
	Section: { required: ['id'], optional: [] },
	Para: { required: ['n'], optional: [] },
	Note: { required: ['kind', 'title', 'sources'], optional: ['on', 'person', 'change'] },
	Sic: { required: ['fix'], optional: [] },
	Person: { required: ['id'], optional: [] },
	Change: { required: ['id'], optional: [] },
	Diagram: { required: ['kind'], optional: [] },
};

/** Whether a diagram of `diagramKind` is one an author names by `kind`: the kind itself or its family ("org"). */
export function isOfKind(diagramKind: string, kind: string): boolean {
	return diagramKind === kind || diagramKind.startsWith(`${kind}-`);
}
