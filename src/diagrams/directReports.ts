/**
 * The direct reports of the person at the centre of the changes (the one with the most direct reports), top-down.
 * Question it answers: "Who still reports to them, and who took over what they handed on?" They sit on top with
 * who still reports to them beneath (counted groups of unnamed seats included); each business they handed over
 * hangs beneath them on a red dashed line and beneath its new head on a green thick one.
 */
import { orgStates } from '../model/org.ts';
import { directReportWords } from '../model/wording.ts';
import type { ReportBundle } from '../model/schema.ts';
import { nodeId } from './escape.ts';
import { Flowchart, NARROW_SIDEWAYS } from './flowchart.ts';
import { withNarrow } from './layouts.ts';
import { legend } from './legend.ts';
import { lineSentence } from './lines.ts';
import { partyOf } from './names.ts';
import type { Diagram } from './types.ts';

/** The person with the most direct reporting lines before or after the changes, or undefined. */
function centralPerson(bundle: ReportBundle): string | undefined {
	const { before, after } = orgStates(bundle);
	const counts = new Map<string, number>();
	for (const l of new Set([...before, ...after])) {
		if (l.relation === 'reports-to' && bundle.people.some((p) => p.id === l.to))
			counts.set(l.to, (counts.get(l.to) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** The direct-reports diagram of the central person, or undefined when nobody reports to anyone. */
export function directReports(bundle: ReportBundle): Diagram | undefined {
	const personId = centralPerson(bundle);
	if (!personId) return undefined;
	const person = partyOf(bundle, personId);
	const { after } = orgStates(bundle);
	const ended = bundle.changes.flatMap((c) =>
		c.ends.map((id) => ({ change: c, line: bundle.lines.find((l) => l.id === id) })),
	);
	const handedOver = ended.filter(({ line }) => line?.relation === 'reports-to' && line.to === personId);
	const current = after.filter((l) => l.relation === 'reports-to' && l.to === personId);
	const seats = current.reduce((n, l) => n + (bundle.positions.find((p) => p.id === l.from)?.count ?? 1), 0);
	const title = `Who still reports to ${person.full}, and who took over what was handed on`;
	const description = directReportWords(seats, person.full, handedOver.length);
	const me = nodeId('n', personId);
	const wide = new Flowchart('TB', title, description);
	const narrow = new Flowchart('TB', title, description, NARROW_SIDEWAYS);
	for (const chart of [wide, narrow]) chart.node(me, person.short, person.shape, person.classes, person.zh);
	// What was handed on first: dagre then puts the new heads beside the person, and the seats that stay on the far
	// side, so the lines of the two do not cross.
	const kept: string[] = [];
	const handed: string[] = [];
	for (const { change, line } of handedOver) {
		if (!line) continue;
		const unit = partyOf(bundle, line.from);
		const now = change.starts
			.map((id) => bundle.lines.find((l) => l.id === id))
			.find((l) => l?.relation === 'reports-to' && l.from === line.from);
		for (const chart of [wide, narrow]) {
			chart.node(nodeId('n', line.from), unit.short, unit.shape, ['changed'], unit.zh);
			chart.edge(me, nodeId('n', line.from), 'old');
			if (now) {
				const to = partyOf(bundle, now.to);
				chart.node(nodeId('n', now.to), to.short, to.shape, to.classes, to.zh);
				chart.edge(nodeId('n', now.to), nodeId('n', line.from), 'new');
			}
		}
		handed.push(
			`${unit.full} no longer reports to ${person.full}${now ? `; it now reports to ${partyOf(bundle, now.to).full}` : ''} (${change.title}).`,
		);
	}
	for (const line of current) {
		const party = partyOf(bundle, line.from);
		for (const chart of [wide, narrow]) {
			chart.node(nodeId('n', line.from), party.short, party.shape, party.classes, party.zh);
			chart.edge(me, nodeId('n', line.from), 'plain');
		}
		const position = bundle.positions.find((p) => p.id === line.from);
		kept.push(`${lineSentence(bundle, line)}${position?.note ? ` ${position.note}` : ''}`);
	}
	const facts = [...kept, ...handed];
	const diagram = wide.diagram({
		id: 'direct-reports',
		reportId: bundle.report.id,
		kind: 'direct-reports',
		facts,
		legend: legend({
			plain: `reports to ${person.short} after the changes (grey line)`,
			old: `reported to ${person.short} until the changes (red, dashed)`,
			new: 'reports to its new head (green, thick)',
			changed: `a business ${person.short} handed over (amber, bold outline)`,
		}),
	});
	return withNarrow(diagram, narrow);
}
