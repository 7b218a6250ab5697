/**
 * The timeline as a reader sees it, on the fixture whose events span 1997–2018 with seven on one day: on a wide
 * screen the axis's tick labels stand apart (their rendered boxes do not overlap) and no entry is cut with "…"; on
 * a phone the column down the page shows every entry whole. The Xiaomi timeline's ticks are measured too, and on
 * every report of both sites no entry is cut, with "…" or by the drawing's edge.
 */
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE } from './site.ts';
import { gotoFixture } from './fixtureSite.ts';

const FIXTURE = '/reports/osprey-2018-06/';
/** Every report of the fixture site with a timeline. */
const FIXTURE_REPORTS = [
	'northwind-2030-01',
	'northwind-2031-04',
	'ferrow-2032-05',
	'kestrel-2032-05',
	'heron-2033-02',
	'osprey-2018-06',
	'acme-2031-06',
];

/** The shown drawing of the timeline: its tick labels' boxes, its entry labels, and whether it scrolls sideways. */
async function timelineView(page: Page) {
	return page.evaluate(() => {
		const figure = document.querySelector('figure.diagram#diagram-dated-events');
		const box = [...(figure?.querySelectorAll('.figure-box') ?? [])].find((b) => b.getClientRects().length > 0);
		const svg = box?.querySelector('svg[role="img"]');
		const ticks = [...(svg?.querySelectorAll('.tick text') ?? [])]
			.map((t) => {
				const { left, right, top, bottom, width, height } = t.getBoundingClientRect();
				return { text: (t.textContent ?? '').trim(), left, right, top, bottom, width, height };
			})
			.filter((t) => t.text !== '' && t.width > 0);
		// A label's lines are tspans side by side in the text: joined by a space, as a reader reads them.
		const words = (t: Element) =>
			(
				[...t.querySelectorAll(':scope > tspan')].map((line) => line.textContent ?? '').join(' ') ||
				(t.textContent ?? '')
			)
				.replace(/\s+/g, ' ')
				.trim();
		const texts = [...(svg?.querySelectorAll('text') ?? [])].filter((t) => !t.closest('.tick') && words(t) !== '');
		const labels = texts.map(words);
		// An entry is cut where its words run past the drawing's edge, which the frame clips.
		const frame = svg?.getBoundingClientRect();
		const outside = texts
			.filter(
				(t) =>
					frame &&
					(t.getBoundingClientRect().left < frame.left - 0.5 ||
						t.getBoundingClientRect().right > frame.right + 0.5),
			)
			.map(words);
		return {
			layout: box?.getAttribute('data-layout'),
			ticks,
			labels,
			outside,
			scrolls: box ? box.scrollWidth > box.clientWidth + 1 : true,
		};
	});
}

/** Labels closer than this read as one word. */
const TICK_GAP_PX = 4;

/** The pairs of neighbouring tick labels whose boxes overlap or stand closer than TICK_GAP_PX. */
const overlaps = (ticks: { text: string; left: number; right: number }[]) =>
	[...ticks]
		.sort((a, b) => a.left - b.left)
		.flatMap((t, i, all) =>
			i > 0 && t.left - all[i - 1].right < TICK_GAP_PX ? [`${all[i - 1].text}|${t.text}`] : [],
		);

test.describe('at 1440 px', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a timeline over 21 years: tick labels apart, no entry cut', async ({ page }) => {
		await gotoFixture(page, FIXTURE);
		const view = await timelineView(page);
		test.info().annotations.push({
			type: 'ticks',
			description: view.ticks.map((t) => `${t.text} ${t.left.toFixed(1)}–${t.right.toFixed(1)}`).join('; '),
		});
		expect(view.layout).toBe('wide');
		expect(view.ticks.length).toBeGreaterThanOrEqual(10);
		expect(overlaps(view.ticks)).toEqual([]);
		expect(view.labels.filter((l) => l.endsWith('…'))).toEqual([]);
		expect(view.labels.filter((l) => l.includes('1 Jun 2018'))).toHaveLength(9);
		expect(view.scrolls).toBe(false);
	});

	test('the Xiaomi timeline: tick labels apart, every entry whole', async ({ page }) => {
		await page.goto(ARTICLE);
		const view = await timelineView(page);
		expect(view.layout).toBe('wide');
		expect(view.ticks.length).toBeGreaterThan(3);
		expect(overlaps(view.ticks)).toEqual([]);
		expect(view.labels).toHaveLength(18);
		expect(view.labels.filter((l) => l.endsWith('…'))).toEqual([]);
		expect(view.outside).toEqual([]);
	});

	for (const report of FIXTURE_REPORTS) {
		test(`the timeline of ${report}: no entry cut`, async ({ page }) => {
			await gotoFixture(page, `/reports/${report}/`);
			const view = await timelineView(page);
			expect(view.labels.length).toBeGreaterThan(0);
			expect(view.labels.filter((l) => l.endsWith('…'))).toEqual([]);
			expect(view.outside).toEqual([]);
		});
	}
});

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 900 } });

	test('a timeline over 21 years runs down the page, every entry whole', async ({ page }) => {
		await gotoFixture(page, FIXTURE);
		const view = await timelineView(page);
		expect(view.layout).toBe('narrow');
		expect(view.scrolls).toBe(false);
		const text = view.labels.join(' ');
		expect(text).not.toContain('…');
		for (const entry of [
			'Osprey Rail is founded',
			'The head office moves to the old depot',
			'An anniversary service runs on the first line',
			'Eva Sand takes over Data from Max Orr',
		])
			expect(text).toContain(entry);
	});
});
