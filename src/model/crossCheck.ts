/**
 * Checks that hold across the files of a report folder: unique ids, references that resolve, dates in order,
 * quotes that occur in the text, and reporting lines without cycles.
 */
import { boundsOf } from './dates.ts';
import { orgStates } from './org.ts';
import { formatPath, type At, type Problem } from './problems.ts';
import { containmentProblems } from './containment.ts';
import { quoteProblems } from './quotes.ts';
import type { FuzzyDate, ReportBundle } from './schema.ts';

/**
 * Returns every cross-file problem of a bundle whose files each passed their own schema. `missing` names the data
 * files that are not in the folder: references to them are not reported one by one (the missing file is reported
 * once), and rules that need them are not applied.
 */
export function crossCheck(bundle: ReportBundle, at: At, missing: ReadonlySet<string> = new Set()): Problem[] {
	const problems: Problem[] = [];
	const push = (p: Problem) => problems.push(p);
	const { report, sources, people, units, positions, lines, changes, events, claims } = bundle;

	const ids = {
		source: new Set(sources.map((s) => s.id)),
		person: new Set(people.map((p) => p.id)),
		unit: new Set(units.map((u) => u.id)),
		position: new Set(positions.map((p) => p.id)),
		line: new Set(lines.map((l) => l.id)),
		change: new Set(changes.map((c) => c.id)),
		event: new Set(events.map((e) => e.id)),
		section: new Set(report.sections.map((s) => s.id)),
	};
	const party = new Set([...ids.person, ...ids.unit, ...ids.position]);

	const unique = (file: string, items: ReadonlyArray<{ id: string }>, seen = new Map<string, string>()) => {
		items.forEach((item, i) => {
			const first = seen.get(item.id);
			if (first)
				push(
					at(
						file,
						[i, 'id'],
						`duplicate id "${item.id}" (already used in ${first})`,
						'give each entry its own id',
					),
				);
			else seen.set(item.id, file);
		});
		return seen;
	};
	unique('sources.yaml', sources);
	const parties = unique('people.yaml', people);
	unique('units.yaml', units, parties);
	unique('positions.yaml', positions, parties);
	unique('reporting-lines.yaml', lines);
	const changeIds = unique('changes.yaml', changes);
	unique('events.yaml', events);
	unique('claims.yaml', claims);
	unique(
		'report.yaml',
		report.sections.map((s) => ({ id: s.id })),
	);
	changes.forEach((c, i) =>
		c.formerIds.forEach((old, j) => {
			if (changeIds.has(old))
				push(
					at(
						'changes.yaml',
						[i, 'formerIds', j],
						`former id "${old}" is still the id of a change`,
						'an id is never reused: pick a new id for one of them',
					),
				);
		}),
	);

	// References that would need a missing file are counted against that file and reported once, below. A reference
	// that any of several files could satisfy (a person, unit or position) counts against a missing file only when
	// references of that file's own kind failed too; otherwise it is an ordinary unknown id.
	const needs = new Map<string, { count: number; first: string }>();
	const maybe: { files: string[]; first: string; problem: Problem }[] = [];
	const ref =
		(set: Set<string>, what: string, list: string) =>
		(file: string, path: PropertyKey[], id: string | undefined) => {
			if (id === undefined || set.has(id)) return;
			const files = list.split(/,? or |, /);
			const absent = files.filter((f) => missing.has(f));
			const first = `"${id}" in ${file} ${formatPath(path)}`;
			const known = [...set].slice(0, 12).join(', ');
			const problem = at(
				file,
				path,
				`unknown ${what} "${id}"`,
				`use an id defined in ${list}${known ? ` (${known}${set.size > 12 ? ', …' : ''})` : ''}`,
			);
			if (absent.length === 0) push(problem);
			else if (files.length === 1) {
				const need = needs.get(absent[0]) ?? { count: 0, first };
				needs.set(absent[0], { ...need, count: need.count + 1 });
			} else maybe.push({ files: absent, first, problem });
		};
	const source = ref(ids.source, 'source', 'sources.yaml');
	const person = ref(ids.person, 'person', 'people.yaml');
	const unit = ref(ids.unit, 'unit', 'units.yaml');
	const anyParty = ref(party, 'person, unit or position', 'people.yaml, units.yaml or positions.yaml');
	const line = ref(ids.line, 'reporting line', 'reporting-lines.yaml');
	const change = ref(ids.change, 'change', 'changes.yaml');
	const event = ref(ids.event, 'event', 'events.yaml');
	const section = ref(ids.section, 'section', 'the sections of report.yaml');
	const cite = (file: string, path: PropertyKey[], list: readonly string[]) =>
		list.forEach((id, i) => source(file, [...path, i], id));
	const ordered = (file: string, path: PropertyKey[], from?: FuzzyDate, to?: FuzzyDate) => {
		if (from && to && boundsOf(to).last < boundsOf(from).first)
			push(
				at(file, path, 'ends before it starts', 'check both dates; swap them if they are the wrong way round'),
			);
	};

	cite('report.yaml', ['publishedSources'], report.publishedSources);
	people.forEach((p, i) => {
		cite('people.yaml', [i, 'sources'], p.sources);
		p.roles.forEach((r, j) => {
			unit('people.yaml', [i, 'roles', j, 'unit'], r.unit);
			cite('people.yaml', [i, 'roles', j, 'sources'], r.sources);
			ordered('people.yaml', [i, 'roles', j, 'to'], r.from, r.to);
		});
	});
	units.forEach((u, i) => {
		cite('units.yaml', [i, 'sources'], u.sources);
		if (u.nameZh?.source) source('units.yaml', [i, 'nameZh', 'source'], u.nameZh.source);
	});
	positions.forEach((p, i) => {
		cite('positions.yaml', [i, 'sources'], p.sources);
		person('positions.yaml', [i, 'holder'], p.holder);
		if (p.holder && p.count > 1)
			push(
				at(
					'positions.yaml',
					[i, 'holder'],
					'a counted group of seats cannot have one holder',
					'split the named seat into a position of its own',
				),
			);
	});
	lines.forEach((l, i) => {
		cite('reporting-lines.yaml', [i, 'sources'], l.sources);
		anyParty('reporting-lines.yaml', [i, 'from'], l.from);
		anyParty('reporting-lines.yaml', [i, 'to'], l.to);
		ordered('reporting-lines.yaml', [i, 'end'], l.start, l.end);
		if (l.from === l.to)
			push(
				at(
					'reporting-lines.yaml',
					[i, 'to'],
					`"${l.from}" cannot report to itself`,
					'point the line at another person, unit or position',
				),
			);
		// Without units.yaml (or people.yaml) every id looks like the wrong kind; the missing file is reported instead.
		// Unknown ids are reported as unknown, not also as the wrong kind.
		const partiesKnown =
			!missing.has('units.yaml') && !missing.has('people.yaml') && party.has(l.from) && party.has(l.to);
		if (partiesKnown && l.relation === 'part-of' && (!ids.unit.has(l.from) || !ids.unit.has(l.to)))
			push(
				at(
					'reporting-lines.yaml',
					[i, 'relation'],
					'part-of joins two units',
					'use reports-to for people and positions',
				),
			);
		if (
			partiesKnown &&
			l.relation === 'leads' &&
			(!(ids.person.has(l.from) || ids.position.has(l.from)) || !ids.unit.has(l.to))
		)
			push(
				at(
					'reporting-lines.yaml',
					[i, 'relation'],
					'leads goes from a person or position to a unit',
					'swap from and to, or use reports-to',
				),
			);
	});
	changes.forEach((c, i) => {
		section('changes.yaml', [i, 'section'], c.section);
		cite('changes.yaml', [i, 'sources'], c.sources);
		c.people.forEach((id, j) => person('changes.yaml', [i, 'people', j], id));
		c.units.forEach((id, j) => unit('changes.yaml', [i, 'units', j], id));
		c.ends.forEach((id, j) => line('changes.yaml', [i, 'ends', j], id));
		c.starts.forEach((id, j) => line('changes.yaml', [i, 'starts', j], id));
		c.starts
			.filter((id) => c.ends.includes(id))
			.forEach((id) =>
				push(
					at(
						'changes.yaml',
						[i, 'starts'],
						`line "${id}" is both started and ended by this change`,
						'list it under starts or ends, not both',
					),
				),
			);
		person('changes.yaml', [i, 'handoverFrom'], c.handoverFrom);
		if (c.kind === 'handover' && !c.handoverFrom)
			push(
				at(
					'changes.yaml',
					[i, 'handoverFrom'],
					'a handover needs the person who hands over',
					'add handoverFrom: <person id>',
				),
			);
	});
	const startedBy = new Map<string, string>();
	const endedBy = new Map<string, string>();
	changes.forEach((c, i) => {
		for (const [list, seen, verb] of [
			[c.starts, startedBy, 'started'],
			[c.ends, endedBy, 'ended'],
		] as const) {
			list.forEach((id, j) => {
				const other = seen.get(id);
				if (other)
					push(
						at(
							'changes.yaml',
							[i, verb === 'started' ? 'starts' : 'ends', j],
							`line "${id}" is already ${verb} by change "${other}"`,
							`a line is ${verb} by one change at most`,
						),
					);
				seen.set(id, c.id);
			});
		}
	});
	events.forEach((e, i) => cite('events.yaml', [i, 'sources'], e.sources));
	claims.forEach((c, i) => {
		section('claims.yaml', [i, 'section'], c.section);
		const check = c.check;
		const path = [i, 'check'];
		if (check.type === 'handover-count' || check.type === 'direct-report-count')
			anyParty('claims.yaml', [...path, 'person'], check.person);
		if (check.type === 'handover-count') change('claims.yaml', [...path, 'until'], check.until);
		if (check.type === 'respectively') {
			check.changes.forEach((id, j) => change('claims.yaml', [...path, 'changes', j], id));
			check.targets.forEach((id, j) => unit('claims.yaml', [...path, 'targets', j], id));
			if (check.changes.length !== check.targets.length)
				push(
					at(
						'claims.yaml',
						[...path, 'targets'],
						`${check.changes.length} changes but ${check.targets.length} targets`,
						'list one target per change, in the same order',
					),
				);
		}
		if (check.type === 'first-since') {
			unit('claims.yaml', [...path, 'unit'], check.unit);
			event('claims.yaml', [...path, 'since'], check.since);
			change('claims.yaml', [...path, 'change'], check.change);
		}
	});

	for (const { files, first, problem } of maybe) {
		const file = files.find((f) => needs.has(f));
		if (file === undefined) push(problem);
		else needs.set(file, { ...(needs.get(file) ?? { count: 0, first }), count: (needs.get(file)?.count ?? 0) + 1 });
	}
	for (const [file, { count, first }] of needs) {
		problems.unshift(
			at(
				file,
				[],
				`the file is missing, and ${count} reference${count === 1 ? '' : 's'} to it cannot resolve (the first: ${first})`,
				`create ${file}; docs/adding-a-report.md has a template for it`,
			),
		);
	}
	problems.push(...quoteProblems(bundle, at), ...cycleProblems(bundle, at), ...containmentProblems(bundle, at));
	return problems;
}

function cycleProblems(bundle: ReportBundle, at: At): Problem[] {
	const problems: Problem[] = [];
	for (const [state, active] of Object.entries(orgStates(bundle))) {
		const edges = new Map<string, string[]>();
		for (const l of active) if (l.relation !== 'leads') edges.set(l.from, [...(edges.get(l.from) ?? []), l.to]);
		const cycle = findCycle(edges);
		if (cycle) {
			const i = bundle.lines.findIndex((l) => l.from === cycle[0] && l.to === cycle[1]);
			problems.push(
				at(
					'reporting-lines.yaml',
					[i, 'to'],
					`reporting lines ${state} the changes form a cycle: ${cycle.join(' → ')}`,
					'someone in the cycle must report outside it: fix from or to, or end one line with a change',
				),
			);
		}
	}
	return problems;
}

/** Returns the nodes of a cycle in a directed graph, first node repeated at the end, or undefined. */
function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string): string[] | undefined => {
		if (state.get(node) === 'done') return undefined;
		if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
		state.set(node, 'open');
		stack.push(node);
		for (const next of edges.get(node) ?? []) {
			const found = visit(next);
			if (found) return found;
		}
		stack.pop();
		state.set(node, 'done');
		return undefined;
	};
	for (const node of edges.keys()) {
		const found = visit(node);
		if (found) return found;
	}
	return undefined;
}
