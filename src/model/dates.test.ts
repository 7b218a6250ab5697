import { describe, expect, it } from 'vitest';
import { boundsOf, certainlyBefore, compareDates, formatDate, precisionOf } from './dates.ts';

const day = (s: string) =>
	Date.UTC(
		...(s
			.split('-')
			.map(Number)
			.map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number]),
	);

describe('dates with precision', () => {
	it('reads the precision from the written form', () => {
		expect(precisionOf('2021')).toBe('year');
		expect(precisionOf('2021-12')).toBe('month');
		expect(precisionOf('2021-12-10')).toBe('day');
	});

	it('gives a month-precise date the whole month, and a leap February its 29th', () => {
		expect(boundsOf({ value: '2024-02', approximate: false })).toEqual({
			first: day('2024-02-01'),
			last: day('2024-02-29'),
		});
	});

	it('gives an ambiguous date the span of all its readings', () => {
		expect(boundsOf({ oneOf: ['2021-12-03', '2021-12-10'], note: 'last Friday' })).toEqual({
			first: day('2021-12-03'),
			last: day('2021-12-10'),
		});
	});

	it('words dates for readers with their precision', () => {
		expect(formatDate({ value: '2021-12-10', approximate: false })).toBe('10 December 2021');
		expect(formatDate({ value: '2021-03', approximate: false })).toBe('March 2021');
		expect(formatDate({ value: '2024', approximate: true })).toBe('about 2024');
		expect(formatDate({ oneOf: ['2021-12-03', '2021-12-10'], note: 'x' })).toBe(
			'3 December 2021 or 10 December 2021',
		);
	});

	it('says a date is certainly before another only when no reading overlaps', () => {
		const march = { value: '2021-03', approximate: false };
		expect(certainlyBefore(march, { value: '2021-04-01', approximate: false })).toBe(true);
		expect(certainlyBefore(march, { value: '2021', approximate: false })).toBe(false);
		expect(compareDates(march, { value: '2021-03-30', approximate: false })).toBeLessThan(0);
	});
});
