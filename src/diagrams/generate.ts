/**
 * Every diagram of a report, generated from its data alone: the organisation after the changes with what moved, the central
 * person's direct reports, each created unit, the timeline, and one diff per change. A new report folder gets
 * all of them with no new code.
 */
import { perBundle } from '../model/memo.ts';
import type { ReportBundle } from '../model/schema.ts';
import { changeDiff } from './changeDiff.ts';
import { directReports } from './directReports.ts';
import { orgCharts } from './orgChart.ts';
import { timeline } from './timeline.ts';
import type { Diagram } from './types.ts';
import { unitRestructures } from './unitRestructure.ts';

/** The overview diagrams of a report, in the order the article shows them; generated once per bundle. */
export const overviewDiagrams: (bundle: ReportBundle) => Diagram[] = perBundle('overview-diagrams', (bundle) => {
	const list: Diagram[] = [];
	if (bundle.lines.length > 0) list.push(...orgCharts(bundle));
	const reports = directReports(bundle);
	if (reports) list.push(reports);
	list.push(...unitRestructures(bundle));
	if (bundle.events.length + bundle.changes.length > 0) list.push(timeline(bundle));
	return list;
});

/** The diff diagram of every change, in the order of changes.yaml; generated once per bundle. */
export const changeDiagrams: (bundle: ReportBundle) => Diagram[] = perBundle('change-diagrams', (bundle) =>
	bundle.changes.map((c) => changeDiff(bundle, c)),
);

/** Every diagram of a report. */
export function allDiagrams(bundle: ReportBundle): Diagram[] {
	return [...overviewDiagrams(bundle), ...changeDiagrams(bundle)];
}
