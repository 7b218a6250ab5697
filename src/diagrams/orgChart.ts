/**
 * The org chart: the organisation after the report's changes, top-down, as a newsroom draws one. Question it
 * answers: "Who runs what now, and what moved?" One box per unit with its head inside, each under the one box above
 * it (orgTree.ts). Before and after are one picture: every box sits where it sits after the changes, and a unit the
 * changes moved is amber and says in words where it sat before (orgMoves.ts), so no reader compares two charts from
 * memory and every box the changes did not touch keeps its place by construction.
 *
 * A chart too wide to read whole at 1440 px (orgLayout.ts counts its width) is split: an overview down to the
 * deepest level that fits, its lowest boxes saying how many units hang below them, and one chart for each of those
 * boxes with its detail.
 */
import { lineText, nameOf } from '../model/wording.ts';
import type { ReportBundle } from '../model/schema.ts';
import { orgStates } from '../model/org.ts';
import { Flowchart } from './flowchart.ts';
import { legend } from './legend.ts';
import { lineSentence } from './lines.ts';
import { partyOf } from './names.ts';
import { descendants, drawSubtree, MAX_SLOTS, slots, type Drawing } from './orgLayout.ts';
import { movesBetween } from './orgMoves.ts';
import { drawHangingRoots } from './orgNarrow.ts';
import { orgTree, type OrgTree } from './orgTree.ts';
import { withNarrow } from './layouts.ts';
import type { Diagram } from './types.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The accessible description: what the chart shows and what in it changed. */
function describe(moved: number, created: number, newHeads: number, below?: { boxes: number; moved: number }): string {
	const parts = [
		...(below && below.boxes > 0
			? [
					`${below.boxes} boxes below the lowest level, ${below.moved} of them moved, are drawn in the charts that follow`,
				]
			: []),
		moved === 0
			? below && below.boxes > 0
				? 'none of the boxes drawn here moved'
				: 'no unit moved'
			: `${count(moved, 'unit the changes moved is', 'units the changes moved are')} amber and ${moved === 1 ? 'says where it' : 'say where they'} sat before`,
		...(created > 0
			? [`${count(created, 'unit the changes created is', 'units the changes created are')} green`]
			: []),
		...(newHeads > 0
			? [
					`${count(newHeads, 'unit has a new head', 'units have new heads')}, with the head before named in the box`,
				]
			: []),
	];
	return `Top-down, after the changes: each unit with its head inside, under the unit it is part of or the person it reports to; ${parts.join('; ')}.`;
}

/** The boxes at one depth below the roots that have children of their own. */
function levelAt(tree: OrgTree, depth: number): string[] {
	let level = tree.roots;
	for (let i = 0; i < depth; i++) level = level.flatMap((id) => tree.children.get(id) ?? []);
	return level.filter((id) => tree.children.get(id)?.length);
}

/** The boxes to collapse so that the overview fits: none when the whole chart fits, else the deepest level that does. */
export function collapsedBoxes(tree: OrgTree): Set<string> {
	const width = (collapsed: Set<string>) => tree.roots.reduce((n, id) => n + slots(tree, id, collapsed), 0);
	if (width(new Set()) <= MAX_SLOTS) return new Set();
	let chosen = new Set(levelAt(tree, 0));
	for (let depth = 1; levelAt(tree, depth).length > 0; depth++) {
		const next = new Set(levelAt(tree, depth));
		if (width(next) > MAX_SLOTS) break;
		chosen = next;
	}
	return chosen;
}

/**
 * The org charts of the report: one after the changes, with each moved unit saying where it sat before, or, when
 * that is too wide, an overview and one chart for each unit it collapses.
 */
export function orgCharts(bundle: ReportBundle): Diagram[] {
	const before = orgTree(bundle, 'before');
	const tree = orgTree(bundle, 'after');
	const moves = movesBetween(bundle, before, tree);
	const collapsed = collapsedBoxes(tree);
	const draw = (roots: string[], collapse: ReadonlySet<string>, id: string, title: string) => {
		const drawn = new Set(roots.flatMap((r) => [r, ...descendants(tree, r, collapse)]));
		const created = [...drawn].filter((b) => partyOf(bundle, b).classes.includes('created'));
		const newHeads = [...drawn].filter(
			(b) => before.boxes.has(b) && tree.boxes.get(b)?.heads.some((h) => !before.boxes.get(b)?.heads.includes(h)),
		);
		const hidden = [...collapse].filter((c) => drawn.has(c)).flatMap((c) => descendants(tree, c));
		const below = { boxes: hidden.length, moved: hidden.filter((b) => moves.has(b)).length };
		const chart = new Flowchart(
			'TB',
			title,
			describe([...moves.keys()].filter((m) => drawn.has(m)).length, created.length, newHeads.length, below),
		);
		const d: Drawing = { bundle, chart, tree, before, moves, collapsed: collapse };
		for (const root of roots) drawSubtree(d, root);
		// The same boxes as a hanging tree for phones, under the same title, description and legend.
		const hanging = new Flowchart('TB', title, chart.description);
		drawHangingRoots({ ...d, chart: hanging }, roots);
		const wide = finish(bundle, chart, id, drawn);
		const both = withNarrow(wide, hanging);
		return both.narrow
			? { ...both, narrow: { ...both.narrow, source: `${NARROW_CONFIG}${both.narrow.source}` } }
			: both;
	};
	const title = 'Who runs what after the changes, and what moved';
	const overview = draw(tree.roots, collapsed, 'org-after', collapsed.size > 0 ? `${title}: overview` : title);
	const details = [...collapsed].map((id) =>
		draw(
			[id],
			new Set(),
			`org-after-${id}`,
			`Who runs what in ${partyOf(bundle, id).full} after the changes, and what moved`,
		),
	);
	return [overview, ...details];
}

/** The diagram of one chart: its text equivalent holds the lines among the boxes it shows. */
function finish(bundle: ReportBundle, chart: Flowchart, id: string, shown: ReadonlySet<string>): Diagram {
	const { after } = orgStates(bundle);
	const started = new Set(bundle.changes.flatMap((c) => c.starts));
	const ended = new Set(bundle.changes.flatMap((c) => c.ends));
	const mine = (l: ReportBundle['lines'][number]) => shown.has(l.from) || shown.has(l.to);
	const facts = after
		.filter(mine)
		.map((l) => `${lineSentence(bundle, l)}${started.has(l.id) ? ' New with the changes.' : ''}`);
	facts.push(
		...bundle.lines.filter((l) => ended.has(l.id) && mine(l)).map((l) => `No longer: ${lineSentence(bundle, l)}`),
		...openLineFacts(bundle),
	);
	const diagram = chart.diagram({
		id,
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

/** The hanging tree: elbows too, and tighter spacing, since every row of it is a box a phone reader scrolls past. */
const NARROW_CONFIG =
	'---\nconfig:\n  flowchart:\n    curve: step\n    wrappingWidth: 400\n    rankSpacing: 20\n    nodeSpacing: 16\n---\n';

/** Lines with right-angled elbows, as org charts draw them, instead of the curves of a relation graph. */
const ELBOWS = '---\nconfig:\n  flowchart:\n    curve: step\n    wrappingWidth: 400\n    rankSpacing: 28\n---\n';

/** The lines the report leaves open, said as open in the text of the chart after the changes, which leaves them out. */
function openLineFacts(bundle: ReportBundle): string[] {
	return bundle.lines
		.filter((l) => l.open)
		.map(
			(l) =>
				`Left open by the report, so not drawn: whether ${lineText(l, (id) => nameOf(bundle, id))} after the changes.`,
		);
}
