/**
 * The org chart: the organisation after the report's changes, top-down, as a newsroom draws one. Question it
 * answers: "Who runs what now, and what moved?" One box per unit with its head inside, each under the one box above
 * it (orgTree.ts). Before and after are one picture: every box sits where it sits after the changes, and a unit the
 * changes moved is amber and says in words where it sat before (orgMoves.ts), so no reader compares two charts from
 * memory and every box the changes did not touch keeps its place by construction.
 *
 * Many boxes under one box hang in columns (a frame per column, boxes stacked inside it by invisible links, one line
 * from the box above into the frame), as org-chart tools lay out long lists, so a head with 25 units stays a few
 * columns wide instead of 25 boxes in a row. Only boxes with nothing under them are stacked; a box with its own
 * children keeps its subtree beneath it. A tree has no crossing lines.
 */
import type { ReportBundle } from '../model/schema.ts';
import { nodeId } from './escape.ts';
import { Flowchart } from './flowchart.ts';
import { legend } from './legend.ts';
import { lineSentence } from './lines.ts';
import { partyOf } from './names.ts';
import { boxLines, movesBetween, type Move } from './orgMoves.ts';
import { orgTree, type OrgTree } from './orgTree.ts';
import type { Diagram } from './types.ts';
import { orgStates } from '../model/org.ts';

/** Boxes with nothing under them are stacked in columns once there are this many under one box (two side by side are already wider than one column). */
export const COLUMN_FROM = 2;
/** The boxes a column holds before another column starts, until there are MAX_COLUMNS. */
export const COLUMN_ROWS = 6;
/**
 * The most columns under one box, fewer when subtrees stand beside them: past that, columns grow longer, since a
 * page scrolls down but should not scroll sideways.
 */
export const MAX_COLUMNS = { alone: 3, besideSubtrees: 2 };

/** Splits boxes into columns of COLUMN_ROWS or, past `most` columns, longer ones, as even as they go. */
export function columns<T>(items: readonly T[], most: number = MAX_COLUMNS.alone): T[][] {
	const rows = Math.max(COLUMN_ROWS, Math.ceil(items.length / most));
	const count = Math.ceil(items.length / rows);
	const size = Math.ceil(items.length / count);
	return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
}

interface Drawing {
	bundle: ReportBundle;
	chart: Flowchart;
	tree: OrgTree;
	before: OrgTree;
	moves: Map<string, Move>;
}

function drawBox(d: Drawing, id: string): void {
	const box = d.tree.boxes.get(id);
	if (!box) return;
	const party = partyOf(d.bundle, id);
	const classes = [...party.classes, ...(d.moves.has(id) ? ['changed'] : [])];
	d.chart.node(nodeId('n', id), party.short, party.shape, classes, undefined, boxLines(d.bundle, box, d.before, d.moves.get(id)));
}

/** Draws a box, then what hangs under it: leaf boxes in columns, subtrees each beneath their own box. */
function drawSubtree(d: Drawing, id: string): void {
	drawBox(d, id);
	const kids = d.tree.children.get(id) ?? [];
	const leaves = kids.filter((k) => !(d.tree.children.get(k)?.length));
	const stacked = leaves.length >= COLUMN_FROM ? leaves : [];
	const most = stacked.length < kids.length ? MAX_COLUMNS.besideSubtrees : MAX_COLUMNS.alone;
	columns(stacked, most).forEach((column, i) => {
		// The stylesheet draws frames named column_… with a solid thin outline (a dashed one reads as unnamed seats).
		const frame = nodeId('column', `${id}-${i}`);
		d.chart.group(frame, () => {
			column.forEach((k) => drawBox(d, k));
			column.slice(1).forEach((k, j) => d.chart.edge(nodeId('n', column[j]), nodeId('n', k), 'hidden'));
		});
		d.chart.edge(nodeId('n', id), frame, 'plain');
	});
	for (const kid of kids.filter((k) => !stacked.includes(k))) {
		drawSubtree(d, kid);
		const via = d.tree.boxes.get(kid)?.via;
		d.chart.edge(nodeId('n', id), nodeId('n', kid), via?.inferred ? 'inferred' : 'plain');
	}
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The accessible description: what the chart shows and what in it changed. */
function describe(moved: number, created: number, newHeads: number): string {
	const parts = [
		moved === 0 ? 'no unit moved' : `${count(moved, 'unit the changes moved is', 'units the changes moved are')} amber and ${moved === 1 ? 'says where it' : 'say where they'} sat before`,
		...(created > 0 ? [`${count(created, 'unit the changes created is', 'units the changes created are')} green`] : []),
		...(newHeads > 0 ? [`${count(newHeads, 'unit has a new head', 'units have new heads')}, with the head before named in the box`] : []),
	];
	return `Top-down, after the changes: each unit with its head inside, under the unit it is part of or the person it reports to; ${parts.join('; ')}.`;
}

/** The org chart of the report: after the changes, with each moved unit saying where it sat before. */
export function orgChart(bundle: ReportBundle): Diagram {
	const before = orgTree(bundle, 'before');
	const tree = orgTree(bundle, 'after');
	const moves = movesBetween(bundle, before, tree);
	const created = [...tree.boxes.keys()].filter((id) => partyOf(bundle, id).classes.includes('created'));
	const title = 'Who runs what after the changes, and what moved';
	const newHeads = [...tree.boxes.values()].filter((b) => before.boxes.has(b.id) && b.heads.some((h) => !before.boxes.get(b.id)?.heads.includes(h)));
	const description = describe(moves.size, created.length, newHeads.length);
	const chart = new Flowchart('TB', title, description);
	const d: Drawing = { bundle, chart, tree, before, moves };
	for (const root of tree.roots) drawSubtree(d, root);
	const { after } = orgStates(bundle);
	const started = new Set(bundle.changes.flatMap((c) => c.starts));
	const ended = new Set(bundle.changes.flatMap((c) => c.ends));
	const facts = after.map((l) => `${lineSentence(bundle, l)}${started.has(l.id) ? ' New with the changes.' : ''}`);
	facts.push(...bundle.lines.filter((l) => ended.has(l.id)).map((l) => `No longer: ${lineSentence(bundle, l)}`));
	const diagram = chart.diagram({
		id: 'org-after',
		reportId: bundle.report.id,
		kind: 'org-after',
		facts,
		legend: legend({
			person: 'a person who leads no unit in the chart (blue, rounded)',
			changed: 'a unit the changes moved; it says where it sat before (amber, bold outline)',
		}),
	});
	return { ...diagram, source: `${ELBOWS}${diagram.source}` };
}

/** Lines with right-angled elbows, as org charts draw them, instead of the curves of a relation graph. */
const ELBOWS = '---\nconfig:\n  flowchart:\n    curve: step\n    wrappingWidth: 400\n    rankSpacing: 28\n---\n';
