/** Drawing reporting lines: the edge for each line and the sentence that says the same. */
import type { ReportBundle, ReportingLine } from '../model/schema.ts';
import { lineText } from '../model/wording.ts';
import { Flowchart, type EdgeStyle } from './flowchart.ts';
import { nodeId } from './escape.ts';
import { partyOf } from './names.ts';

/** Draws a line as an edge from the subordinate party up to the superior one, adding both nodes. */
export function drawLine(chart: Flowchart, bundle: ReportBundle, line: ReportingLine, style: EdgeStyle, prefix = 'n', changed: ReadonlySet<string> = new Set()): void {
	const [lower, upper] = line.relation === 'leads' ? [line.to, line.from] : [line.from, line.to];
	for (const id of [lower, upper]) {
		const party = partyOf(bundle, id);
		chart.node(nodeId(prefix, id), party.short, party.shape, [...party.classes, ...(changed.has(id) ? ['changed'] : [])]);
	}
	const text = line.relation === 'leads' ? 'led by' : line.relation === 'part-of' ? 'part of' : 'reports to';
	chart.edge(nodeId(prefix, lower), nodeId(prefix, upper), line.inferred ? `${text} (inferred)` : text, line.inferred && style === 'plain' ? 'inferred' : style);
}

/** The sentence for a line, in the present tense. */
export function lineSentence(bundle: ReportBundle, line: ReportingLine): string {
	return `${lineText(line, (id) => partyOf(bundle, id).full)}.`;
}

/** Every party that some change of the bundle involves. */
export function changedParties(bundle: ReportBundle): Set<string> {
	return new Set(bundle.changes.flatMap((c) => [...c.units, ...c.people]));
}
