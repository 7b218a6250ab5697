import { describe, expect, it } from 'vitest';
import { estimateNarrowHeight } from './sectionHeight.ts';

const para = (chars: number) => `<div class="para"><p>${'x'.repeat(chars)}</p></div>`;
const figure = (boxes: string) =>
	`<figure class="diagram"><h3>Caption</h3><div class="figure-layouts">${boxes}</div></figure>`;

describe('a section’s height on a phone', () => {
	it('counts body text by its characters and a margin per block', () => {
		expect(estimateNarrowHeight(para(1000))).toBe(720);
		expect(estimateNarrowHeight(para(500) + para(500))).toBe(750);
	});

	it('takes the phone layout’s drawing where a figure has two, else its only drawing', () => {
		const two = figure(
			'<div class="figure-box figure-box--wide" data-box-h="900" data-box-h-narrow="959"><svg></svg></div><div class="figure-box figure-box--narrow" data-box-h-narrow="1982"><svg></svg></div>',
		);
		const one = figure('<div class="figure-box" data-box-h="400" data-box-h-narrow="177"><svg></svg></div>');
		expect(estimateNarrowHeight(two)).toBe(2500);
		expect(estimateNarrowHeight(one)).toBe(700);
	});

	it('leaves out notes, drawings’ markup and style, which a phone does not show in the flow', () => {
		const noted = `<div class="para"><p>${'x'.repeat(100)}<aside class="note"><p>${'y'.repeat(5000)}</p></aside></p></div>`;
		expect(estimateNarrowHeight(noted)).toBe(estimateNarrowHeight(para(100)));
		expect(estimateNarrowHeight(`<style>${'.a{}'.repeat(500)}</style>${para(100)}`)).toBe(
			estimateNarrowHeight(para(100)),
		);
	});

	it('is 0 for an empty section and never negative', () => {
		expect(estimateNarrowHeight('')).toBe(0);
		expect(estimateNarrowHeight('<p></p>')).toBeGreaterThanOrEqual(0);
	});
});
