import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH, judge, type Case, type CheckName } from './checks.ts';
import { applyGaps, type KnownGap } from './known-gaps.ts';
import type { FigureFacts, PageFacts } from './measure.ts';

const figure = (over: Partial<FigureFacts> = {}): FigureFacts => ({
	id: 'diagram-x',
	overflow: { scrollWidth: 300, clientWidth: 300 },
	cue: false,
	smallestLabel: 12.5,
	labels: 4,
	legend: [{ look: 'ended', swatch: { stroke: 'rgb(1 2 3)' }, drawn: [{ stroke: 'rgb(1 2 3)' }] }],
	unexplained: [],
	lines: 3,
	faintLines: [],
	lowestLine: 4.2,
	...over,
});
const facts = (over: Partial<PageFacts> = {}): PageFacts => ({
	viewport: { width: 390, height: 844 },
	page: { scrollWidth: 390, clientWidth: 390 },
	figures: [figure()],
	firstParagraphY: 700,
	notes: Array.from({ length: 17 }, (_, i) => ({ id: `note-${i}`, offset: 10, besideOtherDiagram: [] })),
	...over,
});
const article = (width: number, over: Partial<PageFacts> = {}): Case => ({
	engine: 'webkit',
	page: ARTICLE_PATH,
	width,
	scheme: 'dark',
	scripts: true,
	facts: facts(over),
});
const failing = (c: Case) =>
	judge(c)
		.filter((r) => !r.ok)
		.map((r) => r.check);

describe('engine checks', () => {
	it('pass a page that meets every criterion, and judge the article-only checks only on the article', () => {
		expect(failing(article(390))).toEqual([]);
		expect(judge(article(1440)).map((r) => r.check)).toContain('notes-near');
		expect(judge({ ...article(390), page: '/units/xiaomi/' }).map((r) => r.check)).not.toContain('first-paragraph');
	});

	const planted: [CheckName, Case][] = [
		['page-scroll', article(390, { page: { scrollWidth: 420, clientWidth: 390 } })],
		[
			'diagram-scroll',
			article(390, { figures: [figure({ overflow: { scrollWidth: 660, clientWidth: 330 }, cue: true })] }),
		],
		['label-size', article(390, { figures: [figure({ smallestLabel: 11.2 })] })],
		[
			'legend',
			article(390, {
				figures: [
					figure({
						legend: [
							{ look: 'ended', swatch: { stroke: 'rgb(1 2 3)' }, drawn: [{ stroke: 'rgb(9 9 9)' }] },
						],
					}),
				],
			}),
		],
		[
			'legend',
			article(390, {
				figures: [figure({ legend: [{ look: 'ended', swatch: { stroke: 'rgb(1 2 3)' }, drawn: [] }] })],
			}),
		],
		['legend', article(390, { figures: [figure({ unexplained: ['L_a_b_0'] })] })],
		[
			'line-contrast',
			article(390, { figures: [figure({ faintLines: [{ what: 'path', ratio: 2.1 }], lowestLine: 2.1 })] }),
		],
		['false-cue', article(768, { figures: [figure({ cue: true })] })],
		['first-paragraph', article(390, { firstParagraphY: 3551 })],
		[
			'notes-near',
			article(1440, {
				notes: Array.from({ length: 17 }, (_, i) => ({
					id: `n${i}`,
					offset: i < 7 ? 10 : 124,
					besideOtherDiagram: [],
				})),
			}),
		],
		[
			'notes-beside-diagram',
			article(1088, {
				notes: Array.from({ length: 17 }, (_, i) => ({
					id: `n${i}`,
					offset: 20,
					besideOtherDiagram: i === 3 ? ['diagram-change-x'] : [],
				})),
			}),
		],
	];
	it.each(planted)('fail on a planted fault: %s', (check, c) => {
		expect(failing(c)).toEqual([check]);
	});
});

describe('known gaps', () => {
	const gap: KnownGap = { check: 'first-paragraph', page: ARTICLE_PATH, widths: [390], why: 'test' };
	it('let a covered failure pass and keep every other failure', () => {
		const results = [
			...judge(article(390, { firstParagraphY: 3551 })),
			...judge(article(390, { page: { scrollWidth: 420, clientWidth: 390 } })),
		];
		const verdict = applyGaps(results, [gap], true);
		expect(verdict.open.map((o) => o.gap)).toEqual([gap]);
		expect(verdict.unexpected.map((r) => r.check)).toEqual(['page-scroll']);
		expect(verdict.met).toEqual([]);
	});
	it('report a gap that is met now, or that covers nothing in a full run, so that it is deleted', () => {
		expect(applyGaps(judge(article(390)), [gap], true).met.map((m) => m.of)).toEqual([1]);
		expect(applyGaps(judge(article(1440)), [gap], true).met.map((m) => m.of)).toEqual([0]);
		expect(applyGaps(judge(article(1440)), [gap], false).met).toEqual([]);
	});
});
