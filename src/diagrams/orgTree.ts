/**
 * The organisation as a tree, the shape an org chart draws: one box per unit with its heads inside, one parent per
 * box. A unit hangs under the unit it is part of; a unit that is part of none hangs under the box of whoever it (or
 * its head) reports to. A person gets a box of their own only when they lead no unit in the chart, and hangs under
 * whoever they report to, or else under the unit their role in people.yaml names. A unit's reporting line that its
 * place already says (it reports to the head of the unit above) is not drawn twice; one it does not say (it reports
 * to someone else) stays as words in the box. The tree is built for one state, before or after the changes, so the
 * chart can say of each box where it sat before.
 */
import { indexOf } from '../model/indexes.ts';
import { orgStates } from '../model/org.ts';
import type { ReportBundle, ReportingLine } from '../model/schema.ts';

/** One box of the chart. */
export interface OrgBox {
	/** The id of the unit, person or position the box stands for. */
	id: string;
	kind: 'unit' | 'person' | 'position';
	/** The people or seats who lead the unit in this state, in data order. */
	heads: string[];
	/** The box it hangs under, if any. */
	parent?: string;
	/** The line that puts it there: a part-of or reports-to line of its own, or its head's reports-to line. */
	via?: ReportingLine;
	/** People it reports to whom its place does not already say, drawn as words in the box. */
	alsoReportsTo: string[];
	/** Lines from its heads to people its place does not already say (a head reporting outside the unit above). */
	headLines: ReportingLine[];
}

/** The boxes of one state, their children in data order, and the boxes with no parent. */
export interface OrgTree {
	boxes: Map<string, OrgBox>;
	children: Map<string, string[]>;
	roots: string[];
}

/** The org chart's tree in one state of the report. */
export function orgTree(bundle: ReportBundle, state: 'before' | 'after'): OrgTree {
	const lines = orgStates(bundle)[state];
	const index = indexOf(bundle);
	const kindOf = (id: string): OrgBox['kind'] =>
		index.units.has(id) ? 'unit' : index.people.has(id) ? 'person' : 'position';
	const mentioned = new Set(lines.flatMap((l) => [l.from, l.to]));
	// A unit the changes create does not exist before them, whatever lines it has.
	const exists = (id: string) => !(state === 'before' && index.units.get(id)?.created);
	const units = bundle.units.map((u) => u.id).filter((id) => mentioned.has(id) && exists(id));
	const heads = new Map<string, string[]>();
	for (const l of lines)
		if (l.relation === 'leads' && units.includes(l.to)) heads.set(l.to, [...(heads.get(l.to) ?? []), l.from]);
	const leaders = new Set([...heads.values()].flat());
	// A person's place in the chart: the first unit they lead, else a box of their own.
	const boxOf = (id: string) => units.find((u) => heads.get(u)?.includes(id)) ?? id;
	const others = [...bundle.people, ...bundle.positions]
		.map((p) => p.id)
		.filter((id) => mentioned.has(id) && !leaders.has(id));
	const boxes = new Map<string, OrgBox>();
	for (const id of [...units, ...others])
		boxes.set(id, { id, kind: kindOf(id), heads: heads.get(id) ?? [], alsoReportsTo: [], headLines: [] });

	const reportsTo = (id: string) =>
		lines.filter((l) => l.relation === 'reports-to' && l.from === id && boxes.has(boxOf(l.to)));
	for (const box of boxes.values()) {
		const own =
			box.kind === 'unit'
				? lines.find((l) => l.relation === 'part-of' && l.from === box.id && boxes.has(l.to))
				: undefined;
		const reporting = reportsTo(box.id);
		const byHead = box.heads.flatMap(reportsTo).find((l) => boxOf(l.to) !== box.id);
		const via = own ?? reporting[0] ?? byHead;
		if (via) {
			box.via = via;
			box.parent = via.relation === 'part-of' ? via.to : boxOf(via.to);
		} else if (box.kind !== 'unit') {
			const role = index.people.get(box.id)?.roles.find((r) => r.unit && boxes.has(r.unit));
			if (role?.unit) box.parent = role.unit;
		}
		const above = box.parent ? boxes.get(box.parent) : undefined;
		const said = (to: string) => to === box.parent || above?.heads.includes(to) === true;
		box.alsoReportsTo = reporting.map((l) => l.to).filter((to) => !said(to));
		box.headLines = box.heads.flatMap(reportsTo).filter((l) => l !== box.via && !said(l.to));
	}
	breakCycles(boxes);
	const children = new Map<string, string[]>();
	for (const box of boxes.values())
		if (box.parent) children.set(box.parent, [...(children.get(box.parent) ?? []), box.id]);
	return { boxes, children, roots: [...boxes.values()].filter((b) => !b.parent).map((b) => b.id) };
}

/**
 * Reporting lines are checked for cycles, but a unit's place mixes part-of lines with its head's reporting: should
 * that ever loop, the box where the loop closes becomes a root rather than the chart failing to draw.
 */
function breakCycles(boxes: Map<string, OrgBox>): void {
	for (const box of boxes.values()) {
		const seen = new Set<string>([box.id]);
		for (let up = box.parent; up !== undefined; up = boxes.get(up)?.parent) {
			if (seen.has(up)) {
				box.parent = undefined;
				box.via = undefined;
				break;
			}
			seen.add(up);
		}
	}
}

/** The boxes above a box, nearest first. */
export function ancestors(tree: OrgTree, id: string): string[] {
	const out: string[] = [];
	for (let up = tree.boxes.get(id)?.parent; up !== undefined && !out.includes(up); up = tree.boxes.get(up)?.parent)
		out.push(up);
	return out;
}
