/**
 * Where a unit sits. The data says it one way only, with `part-of` lines (units.yaml has no parent field), because a
 * reorganization moves units and only a line can be dated, sourced, and started or ended by a change. An org chart
 * hangs each unit under the one unit that contains it, so in each state (before and after the changes) a unit is
 * part of one unit at most; two at once is an error in the data, not a drawing to guess at.
 */
import { orgStates } from './org.ts';
import type { At, Problem } from './problems.ts';
import type { ReportBundle } from './schema.ts';

/** The problems of units that are part of two units at once, before or after the changes. */
export function containmentProblems(bundle: Pick<ReportBundle, 'lines' | 'changes'>, at: At): Problem[] {
	const problems: Problem[] = [];
	const reported = new Set<string>();
	for (const [state, active] of Object.entries(orgStates(bundle))) {
		const first = new Map<string, string>();
		for (const line of active.filter((l) => l.relation === 'part-of')) {
			const earlier = first.get(line.from);
			if (earlier === undefined) {
				first.set(line.from, line.id);
				continue;
			}
			if (reported.has(line.id)) continue;
			reported.add(line.id);
			const i = bundle.lines.indexOf(line);
			problems.push(
				at(
					'reporting-lines.yaml',
					[i, 'to'],
					`"${line.from}" is part of two units ${state} the changes: this line and "${earlier}"`,
					'a unit sits in one unit at a time: remove one line, or list the old one under ends: of the change that moves it',
				),
			);
		}
	}
	return problems;
}
