/**
 * What the org chart says about each box besides its name: who heads it, whom it also reports to, and for a box the
 * changes moved, where it sat before. The chart draws the organisation after the changes only, so a moved unit
 * carries its old place as words ("Before: in International Business") instead of a second picture to compare.
 * A unit counts as moved when the box it hangs under differs between the two states; that is exactly what the chart
 * draws amber, and nothing else is.
 */
import type { ReportBundle } from '../model/schema.ts';
import { wrap } from './escape.ts';
import { partyOf } from './names.ts';
import type { OrgBox, OrgTree } from './orgTree.ts';

/** Where a box sat before the changes, for a box whose place they changed. */
export interface Move {
	id: string;
	/** The words drawn in the box, for example "Before: reported to Lei Jun". */
	before: string;
}

/** Joins the words of a name while lines are wrapped, so a line never breaks inside a name. */
const GLUE = '\u0001';
const short = (bundle: ReportBundle, id: string) => partyOf(bundle, id).short.replaceAll(' ', GLUE);
/** Wraps words into lines of about `width` characters, names kept whole. */
const lines = (text: string, width: number) => wrap(text, width).map((line) => line.replaceAll(GLUE, ' '));

/** How a box's place is said, from the line that puts it there. */
function placeWords(bundle: ReportBundle, box: OrgBox | undefined): string {
	if (!box?.parent) return 'place not reported';
	if (!box.via) return `under ${short(bundle, box.parent)}`;
	if (box.via.relation === 'part-of') return `in ${short(bundle, box.via.to)}`;
	if (box.via.from === box.id) return `reported to ${short(bundle, box.via.to)}`;
	return `under ${short(bundle, box.parent)}`;
}

/** The boxes of the after chart whose place the changes changed, with their place before; heads of units too. */
export function movesBetween(bundle: ReportBundle, before: OrgTree, after: OrgTree): Map<string, Move> {
	const moves = new Map<string, Move>();
	for (const box of after.boxes.values()) {
		if (box.kind !== 'unit' || partyOf(bundle, box.id).classes.includes('created')) continue;
		const old = before.boxes.get(box.id);
		if (old?.parent === box.parent && old !== undefined) continue;
		moves.set(box.id, { id: box.id, before: `Before: ${placeWords(bundle, old)}` });
	}
	return moves;
}

/** The lines of words under a box's name: Chinese name, heads, whom else it reports to, its place before. */
export function boxLines(bundle: ReportBundle, box: OrgBox, before: OrgTree, move: Move | undefined): string[] {
	const party = partyOf(bundle, box.id);
	const out: string[] = party.zh ? [party.zh] : [];
	const oldHeads = before.boxes.get(box.id)?.heads ?? [];
	for (const head of box.heads) {
		const person = partyOf(bundle, head);
		const fresh = before.boxes.has(box.id) && !oldHeads.includes(head);
		out.push(
			...lines(`Head: ${short(bundle, head)}${person.zh ? ` ${person.zh}` : ''}${fresh ? ' (new)' : ''}`, 24),
		);
	}
	const gone = oldHeads.filter((h) => !box.heads.includes(h));
	if (gone.length > 0) out.push(...lines(`Head before: ${gone.map((h) => short(bundle, h)).join(', ')}`, 24));
	const who = (id: string) => (box.heads.length === 1 ? 'Head' : short(bundle, id));
	for (const line of box.headLines)
		out.push(
			...lines(
				`${who(line.from)} reports to ${short(bundle, line.to)}${line.inferred ? ' (our inference)' : ''}`,
				24,
			),
		);
	if (box.alsoReportsTo.length > 0)
		out.push(...lines(`Reports to ${box.alsoReportsTo.map((id) => short(bundle, id)).join(', ')}`, 24));
	if (move) out.push(...lines(move.before, 28));
	return out;
}
