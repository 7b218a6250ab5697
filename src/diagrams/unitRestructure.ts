/**
 * A unit that the reorganization creates, top-down. Question it answers: "What does the new unit bring together,
 * and where did each part sit before?" Its leader and parent sit above it, its parts beneath (side by side by kind, so
 * regions divided by district and teams divided by channel stand apart), each with a red dashed line to where it
 * sat before.
 */
import { orgStates } from '../model/org.ts';
import { Counted } from '../model/wording.ts';
import type { ReportBundle, Unit } from '../model/schema.ts';
import { nodeId } from './escape.ts';
import { Flowchart, NARROW_HANGING } from './flowchart.ts';
import { withNarrow } from './layouts.ts';
import { legend } from './legend.ts';
import { drawLine, lineSentence } from './lines.ts';
import { partyOf } from './names.ts';
import type { Diagram } from './types.ts';

const GROUPS: Record<Unit['kind'], string> = {
	region: 'Regions, divided by district',
	'business-line': 'Teams divided by channel',
	department: 'Departments',
	company: 'Companies',
	group: 'Groups',
};

const kindOf = (bundle: ReportBundle, id: string): Unit['kind'] =>
	bundle.units.find((u) => u.id === id)?.kind ?? 'department';

/** One restructure diagram for each unit that the report's changes create. */
export function unitRestructures(bundle: ReportBundle): Diagram[] {
	return bundle.units.filter((u) => u.created).map((unit) => unitRestructure(bundle, unit));
}

function unitRestructure(bundle: ReportBundle, unit: Unit): Diagram {
	const { before, after } = orgStates(bundle);
	const ended = new Set(bundle.changes.flatMap((c) => c.ends));
	const members = after.filter((l) => l.relation === 'part-of' && l.to === unit.id);
	const title = `What the new ${unit.name} brings together, and where each part sat before`;
	const description =
		members.length === 0
			? `The data places no unit in the ${unit.name} yet.`
			: `${Counted(members.length, 'unit')} ${members.length === 1 ? 'becomes' : 'become'} part of the ${unit.name}; red dashed lines show where they sat before, green thick lines the new structure.`;
	const wide = new Flowchart('TB', title, description);
	const narrow = new Flowchart('TB', title, description, NARROW_HANGING);
	const charts = [wide, narrow];
	const facts: string[] = [];
	const kinds = [...new Set(members.map((m) => kindOf(bundle, m.from)))];
	// Parts of one kind side by side, named in the facts; no titled subgraph boxes, whose titles the lines from
	// above would cross. The short names already say "(by district)" or "(by channel)".
	for (const kind of kinds) {
		const parts = members.filter((l) => kindOf(bundle, l.from) === kind).map((l) => partyOf(bundle, l.from));
		for (const party of parts)
			for (const chart of charts)
				chart.node(nodeId('n', party.id), party.short, party.shape, ['changed'], party.zh);
		facts.push(`${GROUPS[kind]}: ${parts.map((p) => p.full).join('; ')}.`);
	}
	for (const m of members) {
		const earlier = before.filter((l) => l.from === m.from && l.relation === 'part-of' && ended.has(l.id));
		for (const old of earlier) {
			for (const chart of charts) drawLine(chart, bundle, old, 'old');
			facts.push(`Before: ${lineSentence(bundle, old)}`);
		}
		if (earlier.length === 0) facts.push(`Before: the data has no unit above ${partyOf(bundle, m.from).full}.`);
		for (const chart of charts) drawLine(chart, bundle, m, 'new');
		facts.push(`After: ${lineSentence(bundle, m)}`);
	}
	for (const l of after.filter((x) => x.from === unit.id || (x.relation === 'leads' && x.to === unit.id))) {
		for (const chart of charts) drawLine(chart, bundle, l, 'new');
		facts.push(lineSentence(bundle, l));
		if (l.relation === 'leads') {
			for (const up of after.filter((x) => x.from === l.from && x.relation === 'reports-to')) {
				for (const chart of charts) drawLine(chart, bundle, up, 'new');
				facts.push(lineSentence(bundle, up));
			}
		}
	}
	const diagram = wide.diagram({
		id: `unit-${unit.id}`,
		reportId: bundle.report.id,
		kind: 'unit-restructure',
		facts,
		legend: legend({
			old: 'where a part sat before (red, dashed)',
			new: 'the new structure (green, thick)',
			changed: 'a part the new unit brings together (amber, bold outline)',
		}),
	});
	return withNarrow(diagram, narrow);
}
