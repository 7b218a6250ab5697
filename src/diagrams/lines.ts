/**
 * Drawing reporting lines top-down: whoever runs or contains a party is drawn above it (a person above the unit
 * they lead or that reports to them, a unit above its parts), so a chart reads as who runs what.
 */
import type { ReportBundle, ReportingLine } from '../model/schema.ts';
import { lineText } from '../model/wording.ts';
import { Flowchart, type EdgeStyle } from './flowchart.ts';
import { nodeId } from './escape.ts';
import { partyOf } from './names.ts';

/** The party drawn above and the one drawn below for a line. */
function ends(line: ReportingLine): { upper: string; lower: string } {
	return line.relation === 'leads' ? { upper: line.from, lower: line.to } : { upper: line.to, lower: line.from };
}

/**
 * Draws a line as an edge from the party above to the one below, adding both nodes. `changed` names the parties to
 * highlight; `absent` those that do not exist in the state drawn (their place is kept, they are not drawn).
 */
export function drawLine(
	chart: Flowchart,
	bundle: ReportBundle,
	line: ReportingLine,
	style: EdgeStyle,
	options: { prefix?: string; changed?: ReadonlySet<string>; absent?: ReadonlySet<string> } = {},
): void {
	const { prefix = 'n', changed = new Set<string>(), absent = new Set<string>() } = options;
	const { upper, lower } = ends(line);
	for (const id of [upper, lower]) {
		const party = partyOf(bundle, id);
		const extra = [...(changed.has(id) ? ['changed'] : []), ...(absent.has(id) ? ['absent'] : [])];
		chart.node(nodeId(prefix, id), party.short, party.shape, [...party.classes, ...extra], party.zh);
	}
	chart.edge(nodeId(prefix, upper), nodeId(prefix, lower), line.inferred && style === 'plain' ? 'inferred' : style);
}

/** The sentence for a line, in the present tense. */
export function lineSentence(bundle: ReportBundle, line: ReportingLine): string {
	return `${lineText(line, (id) => partyOf(bundle, id).full)}.`;
}

/**
 * The units that the given changes move: each unit below a line they end or start. The units that receive them
 * are not highlighted, nor are people, so the eye goes to what moved.
 */
export function movedUnits(bundle: ReportBundle, changes: ReportBundle['changes'] = bundle.changes): Set<string> {
	const ids = new Set(changes.flatMap((c) => [...c.ends, ...c.starts]));
	const units = new Set(bundle.units.map((u) => u.id));
	return new Set(
		bundle.lines
			.filter((l) => ids.has(l.id))
			.map((l) => ends(l).lower)
			.filter((id) => units.has(id)),
	);
}
