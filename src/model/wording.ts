/**
 * How the data is put into words for readers: names of parties and reporting lines. Pages, open data, diagram
 * text equivalents and the claims ledger all say a line the same way.
 */
import { indexOf } from './indexes.ts';
import type { ReportBundle, ReportingLine } from './schema.ts';

/** The name of a person, unit or position, for sentences. */
export function nameOf(bundle: ReportBundle, id: string): string {
	const index = indexOf(bundle);
	return index.people.get(id)?.name ?? index.units.get(id)?.name ?? index.positions.get(id)?.title ?? id;
}

/** The verb of each relation, read from the line's `from` to its `to`. */
export const RELATION_VERB: Record<ReportingLine['relation'], string> = { leads: 'leads', 'part-of': 'is part of', 'reports-to': 'reports to' };

/** A line in words, for example "Youpin E-commerce Department reports to Lu Weibing", naming parties with `name`. */
export function lineText(line: ReportingLine, name: (id: string) => string): string {
	return `${name(line.from)} ${RELATION_VERB[line.relation]} ${name(line.to)}${line.inferred ? ' (our inference)' : ''}`;
}
