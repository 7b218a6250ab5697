/**
 * The organisation before and after the report's changes, top-down: who runs what. Question it answers: "Who ran
 * (runs) what, and which lines did the changes move?"
 *
 * Both charts draw the same graph, every reporting line of the report in data order, so dagre places every node at
 * the same spot in both and the reader sees the difference by comparing two identical layouts. Before: the lines
 * the changes end are red and dashed, the lines they start are invisible (they still hold their place), units the
 * changes create are not drawn. After: the new lines are green and thick, and each ended line stays as a red
 * dashed ghost, so a moved unit shows both its new place and where it came from.
 */
import { orgStates } from '../model/org.ts';
import { lineText, nameOf, orgWords } from '../model/wording.ts';
import type { ReportBundle } from '../model/schema.ts';
import { Flowchart, type EdgeStyle } from './flowchart.ts';
import { legend } from './legend.ts';
import { centralPerson } from './directReports.ts';
import { nodeId } from './escape.ts';
import { drawLine, ends, lineSentence, movedUnits } from './lines.ts';
import type { Diagram } from './types.ts';

/** The parties with no one above them, in data order. */
function roots(bundle: ReportBundle): string[] {
	const below = new Set(bundle.lines.map((l) => ends(l).lower));
	return [...new Set(bundle.lines.map((l) => ends(l).upper))].filter((id) => !below.has(id));
}

/**
 * The lines in the order of a walk down from each root, the central person's first: dagre places nodes in the
 * order it meets them, so each person's units come out beside each other and lines cross less.
 */
function treeOrder(bundle: ReportBundle, top: string | undefined): ReportBundle['lines'] {
	const order: ReportBundle['lines'] = [];
	const seen = new Set<string>();
	const walk = (id: string) => {
		for (const line of bundle.lines.filter((l) => ends(l).upper === id && !seen.has(l.id))) {
			seen.add(line.id);
			order.push(line);
			walk(ends(line).lower);
		}
	};
	for (const id of [...(top ? [top] : []), ...roots(bundle)]) walk(id);
	return [...order, ...bundle.lines.filter((l) => !seen.has(l.id))];
}

/** The org chart of one state. */
export function orgChart(bundle: ReportBundle, state: 'before' | 'after'): Diagram {
	const lines = orgStates(bundle)[state];
	const started = new Set(bundle.changes.flatMap((c) => c.starts));
	const ended = new Set(bundle.changes.flatMap((c) => c.ends));
	const created = new Set(bundle.units.filter((u) => u.created).map((u) => u.id));
	const title = state === 'before' ? 'Who ran what before the changes' : 'Who runs what after the changes, and what moved';
	const endedCount = bundle.lines.filter((l) => ended.has(l.id)).length;
	const startedCount = bundle.lines.filter((l) => started.has(l.id)).length;
	const description = orgWords(state, lines.length, startedCount, endedCount);
	const chart = new Flowchart('TB', title, description);
	const style = (id: string): EdgeStyle => {
		if (started.has(id)) return state === 'before' ? 'hidden' : 'new';
		return ended.has(id) ? 'old' : 'plain';
	};
	const options = { changed: movedUnits(bundle), absent: state === 'before' ? created : new Set<string>() };
	const top = centralPerson(bundle);
	for (const line of treeOrder(bundle, top)) drawLine(chart, bundle, line, style(line.id), options);
	// Layout only: the central person sits above everyone else who has no one above them, as in an org chart.
	// The edges are invisible and claim nothing; the same ones in both charts keep every node in place.
	if (top) for (const id of roots(bundle).filter((id) => id !== top && bundle.people.some((p) => p.id === id))) chart.edge(nodeId('n', top), nodeId('n', id), 'hidden');
	const facts = lines.map((l) => `${lineSentence(bundle, l)}${started.has(l.id) ? ' New with the changes.' : ended.has(l.id) ? ' Ended by the changes.' : ''}`);
	if (state === 'after') facts.push(...bundle.lines.filter((l) => ended.has(l.id)).map((l) => `No longer: ${lineSentence(bundle, l)}`), ...openLineFacts(bundle));
	return chart.diagram({
		id: `org-${state}`,
		reportId: bundle.report.id,
		kind: state === 'before' ? 'org-before' : 'org-after',
		facts,
		legend: legend(state === 'after' ? { old: 'a line the changes end, where a unit sat before (red, dashed)' } : {}),
	});
}

/** The lines the report leaves open, said as open in the text of the chart after the changes, which leaves them out. */
function openLineFacts(bundle: ReportBundle): string[] {
	return bundle.lines.filter((l) => l.open).map((l) => `Left open by the report, so not drawn: whether ${lineText(l, (id) => nameOf(bundle, id))} after the changes.`);
}
