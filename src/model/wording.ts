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
/**
 * The Chinese name shown beside a person or unit, so readers can match other sources: a person's as recorded, a
 * unit's only where a source gives it (an unsourced rendering is never printed as fact). Undefined when there is none.
 */
export function chineseNameOf(bundle: ReportBundle, id: string): string | undefined {
	const index = indexOf(bundle);
	const unit = index.units.get(id);
	if (unit) return unit.nameZh?.source ? unit.nameZh.text : undefined;
	return index.people.get(id)?.nameZh;
}

export const RELATION_VERB: Record<ReportingLine['relation'], string> = { leads: 'leads', 'part-of': 'is part of', 'reports-to': 'reports to' };

/** A line in words, for example "Youpin E-commerce Department reports to Lu Weibing", naming parties with `name`. */
export function lineText(line: ReportingLine, name: (id: string) => string): string {
	return `${name(line.from)} ${RELATION_VERB[line.relation]} ${name(line.to)}${line.inferred ? ' (our inference)' : ''}`;
}
