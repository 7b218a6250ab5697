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

const RELATION_VERB: Record<ReportingLine['relation'], string> = {
	leads: 'leads',
	'part-of': 'is part of',
	'reports-to': 'reports to',
	'dotted-line-to': 'has a dotted line to',
};

/** A line in words, for example "Youpin E-commerce Department reports to Lu Weibing", naming parties with `name`. */
export function lineText(line: ReportingLine, name: (id: string) => string): string {
	return `${name(line.from)} ${RELATION_VERB[line.relation]} ${name(line.to)}${line.inferred ? ' (our inference)' : ''}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count with its noun as a sub-editor writes it: "no lines", "one line", "two lines", "12 lines". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
	return `${n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n)} ${n === 1 ? singular : plural}`;
}

/** The same words with a capital, to start a sentence. */
export function Counted(n: number, singular: string, plural?: string): string {
	const words = counted(n, singular, plural);
	return words[0].toUpperCase() + words.slice(1);
}

/**
 * How a change diagram's description says what it draws, naming only what is there: "Red dashed: the line it
 * ends; green thick: the two lines it starts." A change that ends or starts no line in the data says so.
 */
export function diffWords(ends: number, starts: number): string {
	const parts = [
		ends > 0 && `red dashed: ${ends === 1 ? 'the line' : `the ${counted(ends, 'line')}`} it ends`,
		starts > 0 && `green thick: ${starts === 1 ? 'the line' : `the ${counted(starts, 'line')}`} it starts`,
	].filter(Boolean) as string[];
	if (parts.length === 0) return 'The data records no reporting line that it ends or starts.';
	const sentence = parts.join('; ');
	return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}

/** A number as a sub-editor writes it alone: "one" to "nine", then digits. */
function numberWord(n: number): string {
	return n > 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

/** How an org chart's description counts what it draws, leaving out what is not there. */
export function orgWords(state: 'before' | 'after', total: number, started: number, ended: number): string {
	const parts = [
		`Top-down: each person or unit above the units they run or contain, ${counted(total, 'line')} ${state} the changes`,
	];
	if (state === 'after' && started > 0) parts.push(`green thick: the ${numberWord(started)} the changes start`);
	if (ended > 0)
		parts.push(
			state === 'before'
				? `red dashed: the ${numberWord(ended)} the changes end`
				: `red dashed: the ${numberWord(ended)} they end, where moved units sat before`,
		);
	return `${parts.join('; ')}.`;
}

/** How the direct-reports diagram counts who still reports and what was handed on. */
export function directReportWords(seats: number, person: string, handedOver: number): string {
	const still = `${Counted(seats, 'seat')} ${seats === 1 ? 'reports' : 'report'} directly to ${person} after the changes`;
	return handedOver > 0
		? `${still}; ${counted(handedOver, 'business', 'businesses')} no longer ${handedOver === 1 ? 'does' : 'do'}.`
		: `${still}.`;
}
