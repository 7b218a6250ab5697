/**
 * How cited sources are worded for readers: a secondary source is "reported by" it, analysis is labelled as ours,
 * and an unverified item says that no source was found, so nothing unsourced reads as fact.
 */
import type { Source } from './schema.ts';

/** One line of a citation: its label and the names it covers. */
export interface CitationLine {
	kind: Source['kind'];
	label: string;
	names: string[];
	notes: string[];
}

const LABELS: Record<Source['kind'], string> = {
	report: 'From the report',
	secondary: 'Reported by',
	analysis: 'Our analysis',
	unverified: 'Not confirmed by any source we found',
};
const ORDER: Source['kind'][] = ['report', 'secondary', 'analysis', 'unverified'];

/** Groups the cited source ids by kind, in the order report, secondary, analysis, unverified. */
export function citationLines(sources: readonly Source[], ids: readonly string[]): CitationLine[] {
	// Every id is defined: the data's cross-checks and the article checks report an unknown source with its line.
	const cited = ids.flatMap((id) => sources.filter((s) => s.id === id));
	return ORDER.map((kind) => {
		const group = cited.filter((s) => s.kind === kind);
		return {
			kind,
			label: LABELS[kind],
			names: kind === 'secondary' ? group.map((s) => s.name) : [],
			notes: kind === 'analysis' ? group.map((s) => s.note ?? '').filter(Boolean) : [],
		};
	}).filter((line) => cited.some((s) => s.kind === line.kind));
}

/** The citation lines in one short sentence, for example "From the report · Reported by Pandaily, Gasgoo". */
export function citationText(sources: readonly Source[], ids: readonly string[]): string {
	return citationLines(sources, ids)
		.map((l) => `${l.label}${l.names.length ? ` ${l.names.join(', ')}` : ''}`)
		.join(' · ');
}
