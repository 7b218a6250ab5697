/**
 * One diagram per change, top-down. Question it answers: "What does this change move, from whom to whom?" The
 * lines it ends are red and dashed, the lines it starts green and thick, the units it touches highlighted. On a
 * phone the same lines hang in a column: a moved unit's old place and its new places stack above it.
 */
import { changeLines } from '../model/org.ts';
import type { Change, ReportBundle } from '../model/schema.ts';
import { dateInWords } from '../model/dates.ts';
import { diffWords } from '../model/wording.ts';
import { changeSentence, openWords, touchedUnitWords } from '../model/changeWords.ts';
import { Flowchart, NARROW } from './flowchart.ts';
import { withNarrow } from './layouts.ts';
import { legend } from './legend.ts';
import { drawLine, lineSentence, movedUnits } from './lines.ts';
import type { Diagram } from './types.ts';

/** The diff diagram of a change. */
export function changeDiff(bundle: ReportBundle, change: Change): Diagram {
	const { before, after } = changeLines(bundle, change);
	const description = `Dated ${dateInWords(change.date)}. ${diffWords(before.length, after.length)}`;
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
		facts: changeFacts(bundle, change, [
			...before.map((l) => `Before: ${lineSentence(bundle, l)}`),
			...after.map((l) => `After: ${lineSentence(bundle, l)}`),
		]),
		legend: legend({
			old: 'a line this change ends (red, dashed)',
			new: 'a line this change starts (green, thick)',
			changed: touchedUnitWords(change.kind),
		}),
	});
	return withNarrow(diagram, draw(new Flowchart('TB', change.title, description, NARROW)));
}

/** The text equivalent: the lines, or what the change does when it moves none, then what the report leaves open. */
function changeFacts(bundle: ReportBundle, change: Change, lineFacts: string[]): string[] {
	const open = openWords(bundle, change).map(
		(words) => `Left open by the report, so not drawn as continuing: ${words}.`,
	);
	return [...(lineFacts.length > 0 ? lineFacts : [changeSentence(bundle, change)]), ...open];
}
