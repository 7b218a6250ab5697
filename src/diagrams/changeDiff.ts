/**
 * One diagram per change, top-down. Question it answers: "What does this change move, from whom to whom?" The
 * lines it ends are red and dashed, the lines it starts green and thick, the units it touches highlighted. On a
 * phone the same lines hang in a column: a moved unit's old place and its new places stack above it.
 */
import { changeLines } from '../model/org.ts';
import type { Change, ReportBundle } from '../model/schema.ts';
import { formatDate } from '../model/dates.ts';
import { Flowchart, NARROW } from './flowchart.ts';
import { withNarrow } from './layouts.ts';
import { legend } from './legend.ts';
import { drawLine, lineSentence, movedUnits } from './lines.ts';
import type { Diagram } from './types.ts';

/** The diff diagram of a change. */
export function changeDiff(bundle: ReportBundle, change: Change): Diagram {
	const { before, after } = changeLines(bundle, change);
	const plural = (n: number) => `${n} line${n === 1 ? '' : 's'}`;
	const description = `Dated ${formatDate(change.date)}. Red dashed: ${plural(before.length)} it ends; green thick: ${plural(after.length)} it starts.`;
	const changed = movedUnits(bundle, [change]);
	const draw = (chart: Flowchart) => {
		for (const line of before) drawLine(chart, bundle, line, 'old', { changed });
		for (const line of after) drawLine(chart, bundle, line, 'new', { changed });
		return chart;
	};
	const chart = draw(new Flowchart('TB', change.title, description));
	const diagram = chart.diagram({
		id: `change-${change.id}`,
		reportId: bundle.report.id,
		kind: 'change',
		facts: [...before.map((l) => `Before: ${lineSentence(bundle, l)}`), ...after.map((l) => `After: ${lineSentence(bundle, l)}`)],
		legend: legend({ old: 'a line this change ends (red, dashed)', new: 'a line this change starts (green, thick)', changed: 'a unit this change moves (amber, bold outline)' }),
	});
	return withNarrow(diagram, draw(new Flowchart('TB', change.title, description, NARROW)));
}
