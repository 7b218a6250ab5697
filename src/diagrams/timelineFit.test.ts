import { describe, expect, it } from 'vitest';
import { axisOf, fits, GANTT, roomOf, textWidth } from './timelineFit.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the width of a timeline entry', () => {
	// Widths of entries of the Xiaomi timeline as Chromium draws them in the article (Inter Variable, 14 px).
	const measured: [string, number][] = [
		['Mar 2021 (month only) – Lu Weibing takes over the International Business Department', 567.1],
		['10 Dec 2021 (reading 2 of 2) – Change – International regions and channel teams merge into one…', 647.8],
		['27 Nov 2021 – The Yizhuang factory agreement is signed', 377.3],
		['10 Aug 2021 – Lei Jun sets the goal “in three years, No. 1 in the world”', 460.5],
	];

	it('is estimated never narrower than drawn, and within a sixth of it', () => {
		for (const [text, width] of measured) {
			expect(textWidth(text), text).toBeGreaterThanOrEqual(width);
			expect(textWidth(text), text).toBeLessThan(width * 1.17);
		}
	});

	it('counts a CJK character as one em', () => {
		expect(textWidth('東京')).toBe(28);
	});
});

describe('the room beside a mark', () => {
	const marks = [
		{ from: day('2020-12-01'), to: day('2020-12-31') },
		{ from: day('2021-12-10'), to: day('2021-12-10') },
	];
	const x = axisOf(marks);

	it('runs the axis from the first mark to the last one’s end over the drawing less its paddings', () => {
		expect(x(day('2020-12-01'))).toBe(0);
		expect(x(day('2021-12-10'))).toBe(GANTT.width - GANTT.leftPadding - GANTT.rightPadding);
	});

	it('is on the right of an early mark and on the left of a late one', () => {
		expect(roomOf(marks[0], x)).toBeGreaterThan(GANTT.width - 130);
		expect(roomOf(marks[1], x)).toBeGreaterThan(GANTT.width - 120);
		expect(fits('x'.repeat(100), marks[1], x)).toBe(true);
		expect(fits('x'.repeat(130), marks[1], x)).toBe(false);
	});

	it('leaves a mark in the middle room for neither a long entry left nor right', () => {
		const middle = { from: day('2021-06-15'), to: day('2021-06-15') };
		const mx = axisOf([...marks, middle]);
		expect(fits('x'.repeat(60), middle, mx)).toBe(true);
		expect(fits('x'.repeat(75), middle, mx)).toBe(false);
	});
});
