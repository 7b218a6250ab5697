/**
 * Dates with precision: their bounds for comparison and their wording for readers. A date known only to the month
 * covers the whole month, and an ambiguous date covers every reading, so comparisons never claim more than the
 * sources do.
 */
import type { FuzzyDate } from './schema.ts';

/** The precision of a date written YYYY, YYYY-MM or YYYY-MM-DD. */
export type Precision = 'year' | 'month' | 'day';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const DAY_MS = 86_400_000;

/** Returns the precision that the written form of a date carries. */
export function precisionOf(value: string): Precision {
	const parts = value.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** Returns the first and the last day (UTC midnight, in ms) that a written date covers. */
export function spanOf(value: string): { first: number; last: number } {
	const [y, m, d] = value.split('-').map(Number);
	if (m === undefined) return { first: Date.UTC(y, 0, 1), last: Date.UTC(y, 11, 31) };
	if (d === undefined) return { first: Date.UTC(y, m - 1, 1), last: Date.UTC(y, m, 1) - DAY_MS };
	const day = Date.UTC(y, m - 1, d);
	return { first: day, last: day };
}

/** Every written reading of a date: one for an exact date, several for an ambiguous one. */
export function readingsOf(date: FuzzyDate): string[] {
	return 'oneOf' in date ? date.oneOf : [date.value];
}

/** Returns the earliest and latest day that a date may be, across all its readings. */
export function boundsOf(date: FuzzyDate): { first: number; last: number } {
	const spans = readingsOf(date).map(spanOf);
	return { first: Math.min(...spans.map((s) => s.first)), last: Math.max(...spans.map((s) => s.last)) };
}

/** True when `a` certainly ends before `b` could begin. */
export function certainlyBefore(a: FuzzyDate, b: FuzzyDate): boolean {
	return boundsOf(a).last < boundsOf(b).first;
}

/** Words a reader sees for one written date, for example "10 December 2021" or "December 2021". */
export function formatReading(value: string): string {
	const [y, m, d] = value.split('-').map(Number);
	if (m === undefined) return String(y);
	if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Words a reader sees for a date with its precision: "about 2024", "3 or 10 December 2021". */
export function formatDate(date: FuzzyDate): string {
	if ('oneOf' in date) {
		const readings = date.oneOf.map(formatReading);
		return readings.length === 2 ? `${readings[0]} or ${readings[1]}` : `one of ${readings.join(', ')}`;
	}
	const text = formatReading(date.value);
	return date.approximate ? `about ${text}` : text;
}

/** A machine-readable value for `<time datetime>`: the date as written, or the earliest reading. */
export function isoOf(date: FuzzyDate): string {
	return readingsOf(date)[0];
}

/** Orders dates by their earliest possible day, then by their latest. */
export function compareDates(a: FuzzyDate, b: FuzzyDate): number {
	const x = boundsOf(a);
	const y = boundsOf(b);
	return x.first - y.first || x.last - y.last;
}

/**
 * Words for a date in running text, its precision said by its form alone, never by a bracket: "10 December 2021",
 * "December 2021", "about 2024"; readings that share a month or a year share it: "3 or 10 December 2021",
 * "30 November or 3 December 2021", "2020, 2021 or 2022".
 */
export function dateInWords(date: FuzzyDate): string {
	if (!('oneOf' in date)) return formatDate(date);
	const parts = date.oneOf.map((v) => v.split('-'));
	const sameYear = parts.every((p) => p[0] === parts[0][0]);
	const allDays = parts.every((p) => p.length === 3);
	const sameMonth = sameYear && allDays && parts.every((p) => p[1] === parts[0][1]);
	let words: string[];
	if (sameMonth) words = parts.map((p) => String(Number(p[2])));
	else if (sameYear && allDays) words = parts.map((p) => `${Number(p[2])} ${MONTHS[Number(p[1]) - 1]}`);
	else words = date.oneOf.map(formatReading);
	const tail = sameMonth
		? ` ${MONTHS[Number(parts[0][1]) - 1]} ${parts[0][0]}`
		: sameYear && allDays
			? ` ${parts[0][0]}`
			: '';
	const joined =
		words.length === 2 ? words.join(' or ') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
	return `${joined}${tail}`;
}
