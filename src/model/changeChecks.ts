/**
 * The checks of each change kind's shape: what a departure, promotion, creation, rename or split needs for its
 * words to be true (changeWords.ts), a planned change's dates, and what the data marks as left open. Each slip is a
 * Problem at the change's field, with the fix.
 */
import { certainlyBefore } from './dates.ts';
import type { At, Problem } from './problems.ts';
import type { Change, ReportBundle } from './schema.ts';

/** What each kind needs: at least this many people and units, and the fields it cannot do without. */
const NEEDS: Partial<
	Record<Change['kind'], { people?: number; units?: number; fields?: (keyof Change)[]; what: string }>
> = {
	departure: {
		people: 1,
		what: 'the person who leaves under people (and the unit they leave under units, when the report names it)',
	},
	promotion: { people: 1, fields: ['role'], what: 'the person under people and the new title as role' },
	appointment: { people: 1, what: 'the person appointed under people' },
	create: { units: 1, what: 'the new unit first under units' },
	dissolve: { units: 1, what: 'the unit dissolved under units' },
	rename: {
		units: 1,
		fields: ['formerName'],
		what: 'the unit under units (its new name in units.yaml) and its earlier name as formerName',
	},
	split: { units: 3, what: 'the unit split first under units, then at least two units it is split into' },
	stays: { what: 'the people or units that continue unchanged' },
};

/** Every problem of the change kinds' shapes in a report. */
export function changeKindProblems(bundle: ReportBundle, at: At): Problem[] {
	const problems: Problem[] = [];
	const units = new Map(bundle.units.map((u) => [u.id, u]));
	const known = new Set([...bundle.people.map((p) => p.id), ...units.keys(), ...bundle.positions.map((p) => p.id)]);
	bundle.changes.forEach((c, i) => {
		const needs = NEEDS[c.kind];
		const say = (path: PropertyKey[], message: string, hint: string) =>
			problems.push(at('changes.yaml', [i, ...path], message, hint));
		if (needs) {
			if (c.people.length < (needs.people ?? 0))
				say(
					['people'],
					`a ${c.kind} names ${needs.people === 1 ? 'a person' : `${needs.people} people`}`,
					`list ${needs.what}`,
				);
			if (c.units.length < (needs.units ?? 0))
				say(
					['units'],
					`a ${c.kind} names ${needs.units === 1 ? 'a unit' : `${needs.units} units`}`,
					`list ${needs.what}`,
				);
			for (const field of needs.fields ?? [])
				if (c[field] === undefined) say([field], `a ${c.kind} needs ${field}`, `add ${field}: ${needs.what}`);
			if (c.kind === 'stays' && c.people.length + c.units.length === 0)
				say(['units'], 'a stays change names what stays', `list ${needs.what}`);
		}
		if (c.kind === 'stays' && c.starts.length + c.ends.length > 0)
			say(
				['starts'],
				'a stays change starts and ends no line',
				'remove starts and ends, or choose the kind that says what changes',
			);
		if (c.kind === 'create' && c.units[0] && units.get(c.units[0]) && !units.get(c.units[0])?.created)
			say(
				['units', 0],
				`unit "${c.units[0]}" is created by this change but not marked created`,
				`add "created: true" to "${c.units[0]}" in units.yaml`,
			);
		if (c.formerName !== undefined && c.kind !== 'rename')
			say(['formerName'], 'formerName belongs to a rename', 'set kind: rename, or remove formerName');
		if (c.role !== undefined && c.kind !== 'promotion' && c.kind !== 'appointment')
			say(['role'], 'role belongs to a promotion or an appointment', 'set the kind, or remove role');
		if (c.effective && certainlyBefore(c.effective, c.date))
			say(
				['effective'],
				'the change takes effect before it is announced',
				'check both dates; date is the announcement, effective when it takes effect',
			);
		c.open.forEach((q, j) => {
			if (!known.has(q.about))
				say(
					['open', j, 'about'],
					`unknown person, unit or position "${q.about}"`,
					'use an id from people.yaml, units.yaml or positions.yaml',
				);
		});
	});
	const ended = new Set(bundle.changes.flatMap((c) => c.ends));
	bundle.lines.forEach((l, i) => {
		if (l.open && ended.has(l.id))
			problems.push(
				at(
					'reporting-lines.yaml',
					[i, 'open'],
					`line "${l.id}" is marked open but a change ends it`,
					'a line the report leaves open is ended by no change: remove open, or take it out of ends',
				),
			);
	});
	bundle.positions.forEach((p, i) => {
		if (p.sizeUnknown && p.count > 1)
			problems.push(
				at(
					'positions.yaml',
					[i, 'count'],
					'a group of unknown size has no count',
					'remove count, or sizeUnknown if the report gives the number',
				),
			);
	});
	return problems;
}
