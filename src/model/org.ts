/**
 * The organisation before and after a report's changes, derived from the reporting lines: a line that a change
 * starts exists only after it, a line that a change ends only before it, and every other line in both states,
 * except a line the report leaves open (`open: true`): it is in force before, and after the changes it is not
 * shown as continuing, because the report does not say that it does.
 */
import type { ReportBundle, ReportingLine } from './schema.ts';

/** The reporting lines in force before and after the report's changes. */
export function orgStates(bundle: Pick<ReportBundle, 'lines' | 'changes'>): {
	before: ReportingLine[];
	after: ReportingLine[];
} {
	const started = new Set(bundle.changes.flatMap((c) => c.starts));
	const ended = new Set(bundle.changes.flatMap((c) => c.ends));
	return {
		before: bundle.lines.filter((l) => !started.has(l.id)),
		after: bundle.lines.filter((l) => !ended.has(l.id) && !l.open),
	};
}

/** The lines a change ends and starts, resolved from their ids. */
export function changeLines(bundle: Pick<ReportBundle, 'lines'>, change: { ends: string[]; starts: string[] }) {
	const byId = new Map(bundle.lines.map((l) => [l.id, l]));
	const resolve = (ids: string[]) => ids.map((id) => byId.get(id)).filter((l): l is ReportingLine => l !== undefined);
	return { before: resolve(change.ends), after: resolve(change.starts) };
}

/** The unit that contains a unit in one state, from its part-of line (the one way the data says it), if any. */
export function containerOf(
	bundle: Pick<ReportBundle, 'lines' | 'changes'>,
	unitId: string,
	state: 'before' | 'after',
): string | undefined {
	return orgStates(bundle)[state].find((l) => l.relation === 'part-of' && l.from === unitId)?.to;
}
