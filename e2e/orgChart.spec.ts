/**
 * The org chart as a reader sees it: on a 1440 px screen the whole chart shows, with labels of 12 px or more, for
 * the Xiaomi report and for the stress fixtures (one head over 26 units with a second level; heads that change
 * while no unit moves); amber marks exactly the units that moved, each saying where it sat before. The fixtures are
 * built into dist-fixtures/ (`npm run build:fixtures`), which this spec serves itself from disk.
 */
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE } from './site.ts';
import { gotoFixture } from './fixtureSite.ts';

/** What the reader of the org chart sees: its labels' sizes and whether each lies inside the window, and its box. */
async function orgView(page: Page) {
	const figure = page.locator('figure[data-diagram-kind="org-after"]');
	await expect(figure).toHaveCount(1);
	await figure.scrollIntoViewIfNeeded();
	return figure.evaluate((fig) => {
		// The layout shown: the figure inlines the wide and the narrow drawing and CSS shows the one that fits.
		const box = [...fig.querySelectorAll<HTMLElement>('.figure-box')].find(
			(b) => getComputedStyle(b).display !== 'none',
		) as HTMLElement;
		const svg = box.querySelector('svg[role="img"]') as SVGSVGElement;
		const labels = [...svg.querySelectorAll('g.node')].map((node) => {
			const rect = node.getBoundingClientRect();
			const text = node.querySelector('text') as SVGGraphicsElement;
			const m = text.getScreenCTM();
			return {
				text: (node.textContent ?? '').trim(),
				px: parseFloat(getComputedStyle(text).fontSize) * (m ? Math.hypot(m.a, m.b) : 1),
				inside: rect.left >= 0 && rect.right <= window.innerWidth,
			};
		});
		return {
			layout: box.dataset.layout,
			labels,
			scrolls: box.scrollWidth > box.clientWidth + 1,
			pageScrolls: (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth,
			amber: [...svg.querySelectorAll('g.node.changed')].map((n) => (n.textContent ?? '').trim()),
		};
	});
}

test.describe('at 1440 px', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the Xiaomi org chart shows whole, every label at 12 px or more', async ({ page }) => {
		await page.goto(ARTICLE);
		const view = await orgView(page);
		// 16 boxes hold the 19 parties the old relation graph drew apart: heads sit inside the units they lead.
		expect(view.labels).toHaveLength(16);
		for (const name of ['Lei Jun', 'Lu Weibing', 'Adam Zeng', 'Xiang Zheng', 'Wang Xiang', 'Youpin E-commerce'])
			expect(
				view.labels.some((l) => l.text.includes(name)),
				name,
			).toBe(true);
		expect(view.labels.filter((l) => !l.inside).map((l) => l.text)).toEqual([]);
		expect(view.scrolls || view.pageScrolls).toBe(false);
		expect(Math.min(...view.labels.map((l) => l.px))).toBeGreaterThanOrEqual(12);
		expect(view.layout).toBe('wide');
	});

	test('amber marks exactly the units that moved, and each says where it sat before', async ({ page }) => {
		await page.goto(ARTICLE);
		const { amber } = await orgView(page);
		expect(amber).toHaveLength(7);
		for (const text of amber) expect(text).toContain('Before:');
		expect(amber.some((t) => t.startsWith('International Business'))).toBe(false);
	});

	test('one head over 26 units with a second level fits whole, labels at 12 px or more', async ({ page }) => {
		await gotoFixture(page, '/reports/kestrel-2032-05/');
		const view = await orgView(page);
		expect(view.labels.length).toBeGreaterThanOrEqual(34);
		expect(view.labels.filter((l) => !l.inside).map((l) => l.text)).toEqual([]);
		expect(view.scrolls || view.pageScrolls).toBe(false);
		expect(Math.min(...view.labels.map((l) => l.px))).toBeGreaterThanOrEqual(12);
		expect(view.amber).toEqual(['CustomsBefore: in Sea Freight']);
	});

	test('when people change roles and no unit moves, nothing is amber and each box names its head before', async ({
		page,
	}) => {
		await gotoFixture(page, '/reports/heron-2033-02/');
		const view = await orgView(page);
		expect(view.amber).toEqual([]);
		const news = view.labels.find((l) => l.text.startsWith('News'));
		expect(news?.text).toContain('Head: Tom Bell (new)');
		expect(news?.text).toContain('Head before: Ines Marr');
		expect(view.labels.filter((l) => !l.inside)).toEqual([]);
	});
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const [name, open] of [
		['the Xiaomi org chart', (page: Page) => page.goto(ARTICLE)],
		['the 26-unit org chart', (page: Page) => gotoFixture(page, '/reports/kestrel-2032-05/')],
		['the overview of the 150-change org chart', (page: Page) => gotoFixture(page, '/reports/synthetic-150/')],
	] as const) {
		test(`${name} hangs down the page: every box inside the screen, labels at 12 px or more, no sideways scroll`, async ({
			page,
		}) => {
			await open(page);
			const view = await orgView(page);
			expect(view.layout).toBe('narrow');
			expect(view.labels.filter((l) => !l.inside).map((l) => l.text)).toEqual([]);
			expect(view.scrolls || view.pageScrolls).toBe(false);
			expect(Math.min(...view.labels.map((l) => l.px))).toBeGreaterThanOrEqual(12);
		});
	}
});

/** The full-size page of a diagram: the drawing its <picture> shows, at its own size, and whether anything scrolls sideways. */
async function fullSizeView(page: Page) {
	return page.evaluate(() => {
		const box = document.querySelector('.full-size-drawing') as HTMLElement;
		const img = box.querySelector('img') as HTMLImageElement;
		return {
			file: img.currentSrc.split('/').pop(),
			shown: img.getBoundingClientRect().width,
			natural: img.naturalWidth,
			scrolls: box.scrollWidth > box.clientWidth + 1,
			pageScrolls: (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth,
		};
	});
}

test.describe('the 150-change report: its split org chart, one click from the article', () => {
	for (const width of [390, 1440]) {
		test(`at ${width} px each division's chart is drawn at its own size on its page, with no sideways scroll`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await gotoFixture(page, '/reports/synthetic-150/');
			const links = await page
				.locator('.diagram-elsewhere[data-diagram-kind="org-after"] a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(links).toHaveLength(5);
			for (const href of links) {
				await gotoFixture(page, href);
				const view = await fullSizeView(page);
				expect(view.file, href).toMatch(width === 390 ? /\.narrow\.svg$/ : /^org-after-c150-division-\d\.svg$/);
				expect(Math.abs(view.shown - view.natural), href).toBeLessThanOrEqual(1);
				expect(view.scrolls || view.pageScrolls, href).toBe(false);
			}
		});
	}
});
