/**
 * The picture on a change's share card: what moved, from where, to where. The change's ended and started
 * reporting lines are read as one movement: the parties whose lines change (the subjects, drawn in the middle),
 * the places they leave (before, on the left) and the places they join (after, on the right), each place with the
 * relation that ties the subject to it. Drawn as boxes and arrows in HTML, it stays recognisable as a 300 px
 * thumbnail: one box a column, its name at 44 px (11 px there), the others counted ("and 2 more"), and the shapes and
 * colours of the diagrams: a dashed red box, an arrow, a filled box, an arrow, a green box.
 */
import type { PublishedChange, PublishedLine } from '../model/publish.ts';
import type { ReportBundle } from '../model/schema.ts';
import { indexOf } from '../model/indexes.ts';
import { chineseNameOf, nameOf } from '../model/wording.ts';
import { xmlEscape as esc } from '../diagrams/escape.ts';

/** A person, unit or seat as the picture names it. */
interface PictureNode {
	id: string;
	/** The short name (units) or name (people, seats). */
	name: string;
	/** The Chinese name, for people and for units whose Chinese name a source gives. */
	nameZh?: string;
}

/** A place a subject leaves or joins, with how it is tied to it. */
interface PictureTarget extends PictureNode {
	/** How the subject is tied to it: part of it, reporting to it, leading it. */
	relations: Relation[];
	/** The place this one itself belongs to after the change, when the change starts that line too. */
	within?: string;
}

/** The picture of one change. */
export interface ChangePicture {
	subjects: PictureNode[];
	before: PictureTarget[];
	after: PictureTarget[];
}

type Relation = PublishedLine['relation'];
/** Labels in the boxes: after the change, and before it. */
const LABEL: Record<Relation, string> = {
	'part-of': 'part of',
	'reports-to': 'reports to',
	leads: 'leads',
	'dotted-line-to': 'dotted line to',
};
const PAST: Record<Relation, string> = {
	'part-of': 'was part of',
	'reports-to': 'reported to',
	leads: 'led',
	'dotted-line-to': 'had a dotted line to',
};

/** The party `id` as the picture names it. */
function pictureNode(bundle: ReportBundle, id: string): PictureNode {
	const index = indexOf(bundle);
	const unit = index.units.get(id);
	if (unit) return { id, name: unit.shortName ?? unit.name, nameZh: chineseNameOf(bundle, id) };
	const person = index.people.get(id);
	if (person) return { id, name: person.name, nameZh: chineseNameOf(bundle, id) };
	const seat = index.positions.get(id);
	return { id, name: seat?.shortTitle ?? nameOf(bundle, id) };
}

/** Places the subjects are tied to by `lines`, one entry a place, its relations joined. */
function targets(bundle: ReportBundle, lines: readonly PublishedLine[], subjects: Set<string>): PictureTarget[] {
	const byPlace = new Map<string, PictureTarget>();
	for (const line of lines.filter((l) => subjects.has(l.from))) {
		const known = byPlace.get(line.to);
		if (!known) byPlace.set(line.to, { ...pictureNode(bundle, line.to), relations: [line.relation] });
		else if (!known.relations.includes(line.relation)) known.relations.push(line.relation);
	}
	return [...byPlace.values()];
}

/** Reads a change's lines as one movement: who or what moves, from where, to where. */
export function changePicture(bundle: ReportBundle, change: Pick<PublishedChange, 'before' | 'after'>): ChangePicture {
	// A party that a started line points to is a destination, even when the change also starts a line of its own
	// (a new department placed inside the old one): that line is drawn as where the destination sits.
	const destinations = new Set(change.after.map((l) => l.to));
	const ids = [
		...new Set([
			...change.before.map((l) => l.from),
			...change.after.map((l) => l.from).filter((id) => !destinations.has(id)),
		]),
	];
	const subjects = new Set(ids);
	const after = targets(bundle, change.after, subjects);
	for (const place of after) {
		const own = change.after.find((l) => l.from === place.id && !subjects.has(l.to));
		if (own) place.within = `${LABEL[own.relation]} ${pictureNode(bundle, own.to).name}`;
	}
	return {
		subjects: ids.map((id) => pictureNode(bundle, id)),
		before: targets(bundle, change.before, subjects),
		after,
	};
}

/** The first item, and a count of the rest: one box a column keeps its name at 44 px (11 px in a 300 px thumbnail). */
function first<T>(items: readonly T[]): { shown: T[]; more: number } {
	return { shown: items.slice(0, 1), more: Math.max(0, items.length - 1) };
}

function box(node: PictureNode, className: string, relation?: string, within?: string): string {
	return (
		`<div class="box ${className}">` +
		(relation ? `<span class="rel">${esc(relation)}</span>` : '') +
		`<span class="name">${esc(node.name)}</span>` +
		(node.nameZh ? `<span class="zh" lang="zh">${esc(node.nameZh)}</span>` : '') +
		(within ? `<span class="within">${esc(within)}</span>` : '') +
		'</div>'
	);
}

/** A column under its heading; an empty one is grey. */
function column(className: string, heading: string, inner: string): string {
	const empty = inner.includes('class="box none"') ? ' empty' : '';
	return `<div class="side ${className}${empty}"><p class="side-h">${heading}</p>${inner}</div>`;
}

function places(
	list: readonly PictureTarget[],
	className: string,
	words: Record<Relation, string>,
	empty: string,
): string {
	if (list.length === 0) return `<div class="box none">${esc(empty)}</div>`;
	const { shown, more } = first(list);
	return (
		shown.map((t) => box(t, className, t.relations.map((r) => words[r]).join(' · '), t.within)).join('') +
		(more ? `<p class="more">and ${more} more</p>` : '')
	);
}

/** An arrow from left to right: red and dashed for lines that end, green and solid for lines that start, grey when none is recorded. */
export const arrow = (className: string) =>
	`<svg class="arrow ${className}" viewBox="0 0 80 40" aria-hidden="true"><line x1="2" y1="20" x2="62" y2="20"/><path d="M58 6 L78 20 L58 34 Z"/></svg>`;

/** The heading over the subjects, by kind of change. */
const MOVED: Record<PublishedChange['kind'], string> = {
	merge: 'Merged',
	move: 'Moves',
	'reporting-line': 'Reports anew',
	restructure: 'Regrouped',
	handover: 'Handed over',
	appointment: 'Appointed',
	create: 'Created',
	dissolve: 'Dissolved',
	rename: 'Renamed',
	split: 'Split',
	promotion: 'Promoted',
	departure: 'Leaves',
	stays: 'Stays',
};

/** The picture as HTML: before, arrow, the subjects, arrow, after. */
export function pictureHtml(picture: ChangePicture, kind: PublishedChange['kind']): string {
	const { shown, more } = first(picture.subjects);
	const subjects =
		shown.map((s) => box(s, 'subject')).join('') + (more ? `<p class="more">and ${more} more</p>` : '');
	return (
		'<div class="pic">' +
		column('before', 'Before', places(picture.before, 'old', PAST, 'No earlier line in the data')) +
		arrow(picture.before.length ? 'ended' : 'unknown') +
		column('moved', MOVED[kind], subjects) +
		arrow(picture.after.length ? 'started' : 'unknown') +
		column(
			'after',
			'After',
			places(
				picture.after,
				'new',
				LABEL,
				kind === 'departure' ? 'Leaves; what follows is not stated' : 'No new line in the data',
			),
		) +
		'</div>'
	);
}

/** The picture in words, for the card's alternative text. */
export function pictureText(picture: ChangePicture): string {
	const and = (items: string[]) =>
		items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
	const tied = (list: readonly PictureTarget[], words: Record<Relation, string>) =>
		and(list.map((t) => `${and(t.relations.map((r) => words[r]))} ${t.name}`));
	const from = picture.before.length ? `before, ${tied(picture.before, PAST)}` : 'no earlier line recorded';
	const to = picture.after.length ? `after, ${tied(picture.after, LABEL)}` : 'no new line recorded';
	return `${and(picture.subjects.map((n) => n.name))}: ${from}; ${to}.`;
}
