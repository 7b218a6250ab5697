/**
 * How the org chart's tree becomes Mermaid: a box, then what hangs under it. Many boxes under one box hang in
 * columns (a frame per column, boxes stacked inside it by invisible links, one line from the box above into the
 * frame), as org-chart tools lay out long lists, so a head with 25 units stays a few columns wide instead of 25
 * boxes in a row. Only boxes with nothing under them are stacked; a box with its own children keeps its subtree
 * beneath it. A tree has no crossing lines.
 *
 * The width of a drawing is counted in slots (a column or a lone box each). A chart too wide for a 1440 px screen
 * at 12 px labels collapses a level: its boxes say how many units hang below them, and each gets a chart of its own.
 */
import type { ReportBundle } from '../model/schema.ts';
import { nodeId } from './escape.ts';
import type { Flowchart } from './flowchart.ts';
import { partyOf } from './names.ts';
import { boxLines, type Move } from './orgMoves.ts';
import type { OrgTree } from './orgTree.ts';

/** Boxes with nothing under them are stacked in columns once there are this many under one box (two side by side are already wider than one column). */
const COLUMN_FROM = 2;
/** The boxes a column holds before another column starts, until there are as many columns as allowed. */
const COLUMN_ROWS = 6;
/**
 * The most columns under one box, fewer when subtrees stand beside them: past that, columns grow longer, since a
 * page scrolls down but should not scroll sideways.
 */
const MAX_COLUMNS = { alone: 3, besideSubtrees: 2 };
/** The most slots one chart is drawn with: five fit 1440 px at 12 px labels (a slot is about 190 px at 14 px). */
export const MAX_SLOTS = 5;

/** Splits boxes into columns of COLUMN_ROWS or, past `most` columns, longer ones, as even as they go. */
export function columns<T>(items: readonly T[], most: number = MAX_COLUMNS.alone): T[][] {
	const rows = Math.max(COLUMN_ROWS, Math.ceil(items.length / most));
	const count = Math.ceil(items.length / rows);
	const size = Math.ceil(items.length / count);
	return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
}

/** The boxes under a box as drawn: the leaves in columns, the rest each above a subtree of its own. */
function arrangement(tree: OrgTree, id: string): { stacked: string[][]; subtrees: string[] } {
	const kids = tree.children.get(id) ?? [];
	const leaves = kids.filter((k) => !tree.children.get(k)?.length);
	const stacked = leaves.length >= COLUMN_FROM ? leaves : [];
	const most = stacked.length < kids.length ? MAX_COLUMNS.besideSubtrees : MAX_COLUMNS.alone;
	return {
		stacked: stacked.length > 0 ? columns(stacked, most) : [],
		subtrees: kids.filter((k) => !stacked.includes(k)),
	};
}

/** How many slots wide the drawing of a box and what hangs under it is, its `collapsed` boxes drawn alone. */
export function slots(tree: OrgTree, id: string, collapsed: ReadonlySet<string> = new Set()): number {
	if (collapsed.has(id) || !tree.children.get(id)?.length) return 1;
	const { stacked, subtrees } = arrangement(tree, id);
	return Math.max(1, stacked.length + subtrees.reduce((n, k) => n + slots(tree, k, collapsed), 0));
}

/** Everything below a box, or only down to the `collapsed` boxes (which are listed, what is below them not). */
export function descendants(tree: OrgTree, id: string, collapsed: ReadonlySet<string> = new Set()): string[] {
	if (collapsed.has(id)) return [];
	return (tree.children.get(id) ?? []).flatMap((k) => [k, ...descendants(tree, k, collapsed)]);
}

/** What one chart draws from: the tree after the changes, the tree before, the moves, the boxes drawn collapsed. */
export interface Drawing {
	bundle: ReportBundle;
	chart: Flowchart;
	tree: OrgTree;
	before: OrgTree;
	moves: Map<string, Move>;
	collapsed: ReadonlySet<string>;
}

/** Draws one box: its name, then its words (orgMoves.ts), then, when collapsed, how much hangs below it. */
export function drawBox(d: Drawing, id: string): void {
	const box = d.tree.boxes.get(id);
	if (!box) return;
	const party = partyOf(d.bundle, id);
	const classes = [...party.classes, ...(d.moves.has(id) ? ['changed'] : [])];
	const below = d.collapsed.has(id) ? descendants(d.tree, id) : [];
	const moved = below.filter((b) => d.moves.has(b)).length;
	const summary =
		below.length > 0
			? [`${below.length} below${moved > 0 ? ` (${moved} moved)` : ''},`, 'in a chart of its own']
			: [];
	const extra = [...boxLines(d.bundle, box, d.before, d.moves.get(id)), ...summary];
	d.chart.node(nodeId('n', id), party.short, party.shape, classes, undefined, extra);
}

/** Draws a box, then what hangs under it, unless it is collapsed. */
export function drawSubtree(d: Drawing, id: string): void {
	drawBox(d, id);
	if (d.collapsed.has(id)) return;
	const { stacked, subtrees } = arrangement(d.tree, id);
	stacked.forEach((column, i) => {
		// The stylesheet draws frames named column_… with a solid thin outline (a dashed one reads as unnamed seats).
		const frame = nodeId('column', `${id}-${i}`);
		d.chart.group(frame, () => {
			column.forEach((k) => drawBox(d, k));
			column.slice(1).forEach((k, j) => d.chart.edge(nodeId('n', column[j]), nodeId('n', k), 'hidden'));
		});
		d.chart.edge(nodeId('n', id), frame, 'plain');
	});
	for (const kid of subtrees) {
		drawSubtree(d, kid);
		const via = d.tree.boxes.get(kid)?.via;
		d.chart.edge(nodeId('n', id), nodeId('n', kid), via?.inferred ? 'inferred' : 'plain');
	}
}
