/** The organisation before and after the report's changes, as two flowcharts. */
import { orgStates } from '../model/org.ts';
import type { ReportBundle } from '../model/schema.ts';
import { Flowchart } from './flowchart.ts';
import { changedParties, drawLine, lineSentence } from './lines.ts';
import type { Diagram } from './types.ts';

/** The org chart of one state: lines that the changes end are dashed before, lines they start thick after. */
export function orgChart(bundle: ReportBundle, state: 'before' | 'after'): Diagram {
	const states = orgStates(bundle);
	const lines = states[state];
	const moving = new Set(bundle.changes.flatMap((c) => (state === 'before' ? c.ends : c.starts)));
	const changed = changedParties(bundle);
	const title = `The organisation ${state} the changes`;
	const description =
		state === 'before'
			? `Reporting lines before the changes; dashed lines are those the changes end. ${lines.length} lines.`
			: `Reporting lines after the changes; thick lines are those the changes start. ${lines.length} lines.`;
	const chart = new Flowchart('RL', title, description);
	for (const line of lines) drawLine(chart, bundle, line, moving.has(line.id) ? (state === 'before' ? 'old' : 'new') : 'plain', 'n', changed);
	return chart.diagram({
		id: `org-${state}`,
		reportId: bundle.report.id,
		kind: state === 'before' ? 'org-before' : 'org-after',
		facts: lines.map((l) => `${lineSentence(bundle, l)}${moving.has(l.id) ? (state === 'before' ? ' Ended by the changes.' : ' New with the changes.') : ''}`),
		legend: [
			state === 'before' ? { style: 'old', text: 'a line the changes end (dashed)' } : { style: 'new', text: 'a line the changes start (thick)' },
			{ style: 'changed', text: 'a unit or person that a change involves (bold outline)' },
			{ style: 'person', text: 'a person (rounded)' },
			{ style: 'group', text: 'unnamed seats (dashed outline)' },
		],
	});
}
