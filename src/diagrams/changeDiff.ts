/** One diagram per change: the lines it ends (dashed) and the lines it starts (solid). */
import { changeLines } from '../model/org.ts';
import type { Change, ReportBundle } from '../model/schema.ts';
import { formatDate } from '../model/dates.ts';
import { Flowchart } from './flowchart.ts';
import { drawLine, lineSentence } from './lines.ts';
import type { Diagram } from './types.ts';

/** The diff diagram of a change. */
export function changeDiff(bundle: ReportBundle, change: Change): Diagram {
	const { before, after } = changeLines(bundle, change);
	const description = `${change.title}, ${formatDate(change.date)}. Dashed: ${before.length} line${before.length === 1 ? '' : 's'} before; thick: ${after.length} line${after.length === 1 ? '' : 's'} after.`;
	const chart = new Flowchart('RL', change.title, description);
	for (const line of before) drawLine(chart, bundle, line, 'old', 'n', new Set(change.units));
	for (const line of after) drawLine(chart, bundle, line, 'new', 'n', new Set(change.units));
	return chart.diagram({
		id: `change-${change.id}`,
		reportId: bundle.report.id,
		kind: 'change',
		facts: [...before.map((l) => `Before: ${lineSentence(bundle, l)}`), ...after.map((l) => `After: ${lineSentence(bundle, l)}`)],
		legend: [
			{ style: 'old', text: 'before the change (dashed)' },
			{ style: 'new', text: 'after the change (thick)' },
		],
	});
}
