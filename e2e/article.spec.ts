import { expect, test } from '@playwright/test';
import { ARTICLE, sourceBlocks } from './site.ts';

test.describe('the annotated article', () => {
	test('shows the report verbatim in real Chromium', async ({ page }) => {
		await page.goto(ARTICLE);
		const rendered = await page.$$eval('[data-source-para]', (els) =>
			els.map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('[data-editorial]').forEach((e) => e.remove());
				return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
			}),
		);
		expect(rendered).toEqual(sourceBlocks('xiaomi-2021-12'));
	});

	test('places notes in the margin beside their paragraph on wide screens', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(ARTICLE);
		const paras = page.locator('.para');
		const count = await paras.count();
		expect(count).toBe(9);
		for (let i = 0; i < count; i++) {
			const para = paras.nth(i);
			const text = await para.locator(':scope > p').first().boundingBox();
			const note = para.locator(':scope > aside.note').first();
			const box = await note.boundingBox();
			expect(text && box).toBeTruthy();
			if (!text || !box) continue;
			expect(box.x).toBeGreaterThanOrEqual(text.x + text.width);
			expect(Math.abs(box.y - text.y)).toBeLessThan(40);
			await expect(note.locator('.note-body')).toBeVisible();
		}
	});

	test('folds notes into toggles under the paragraph on narrow screens', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(ARTICLE);
		const note = page.locator('#note-lei-jun');
		const para = await page.locator('#p1 > p').boundingBox();
		const box = await note.boundingBox();
		expect(box && para && box.y >= para.y + para.height).toBeTruthy();
		await expect(note.locator('.note-body')).toBeHidden();
		await note.locator('summary').click();
		await expect(note.locator('.note-body')).toBeVisible();
		await expect(note.locator('.note-body')).toContainText('Founder, chairman and chief executive of Xiaomi');
	});

	test('is complete with JavaScript disabled', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await page.goto(ARTICLE);
		await expect(page.locator('h1')).toHaveText(sourceBlocks('xiaomi-2021-12')[0]);
		await expect(page.locator('aside.note').first().locator('.note-body')).toBeVisible();
		await expect(page.locator('figure.diagram svg').first()).toBeVisible();
		await expect(page.locator('[data-theme-toggle]')).toBeHidden();
		await context.close();
	});

	test('opens a change link on the highlighted sentence', async ({ page }) => {
		await page.goto(`${ARTICLE}#change-youpin-to-xiaomi-china`);
		const anchor = page.locator('#change-youpin-to-xiaomi-china');
		await expect(anchor).toBeInViewport();
		const background = await anchor.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('starts keyboard navigation with a visible skip link', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('#main')).toBeFocused();
	});

	test('remembers the theme chosen with the toggle', async ({ page }) => {
		await page.goto(ARTICLE);
		const toggle = page.locator('[data-theme-toggle]');
		await expect(toggle).toBeVisible();
		const before = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await toggle.click();
		const after = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(after).not.toBe(before);
		await page.reload();
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(after);
	});

	test('makes no request to any other host and logs no error', async ({ page }) => {
		const foreign: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(ARTICLE, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});
});

test.describe('sharing one change', () => {
	test('copies the permalink with JavaScript and keeps a plain link without it', async ({ browser, browserName }) => {
		const context = await browser.newContext({ permissions: browserName === 'chromium' ? ['clipboard-read', 'clipboard-write'] : [] });
		const page = await context.newPage();
		await page.goto('/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/');
		await page.locator('[data-copy-link]').click();
		await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/reports\/xiaomi-2021-12\/changes\/youpin-to-xiaomi-china\/$/);
		await context.close();
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto('/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/');
		await expect(plain.locator('[data-copy-link]')).toBeHidden();
		await expect(plain.locator('a.permalink')).toHaveAttribute('href', '/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/');
		await expect(plain.locator('blockquote')).toContainText('YOUPIN E-commerce Department');
		await noJs.close();
	});

	test('goes from the change page back to the highlighted sentence in the article', async ({ page }) => {
		await page.goto('/reports/xiaomi-2021-12/changes/international-sales-formed/');
		await page.getByRole('link', { name: 'Read it in the article' }).click();
		await expect(page).toHaveURL(/#change-international-sales-formed/);
		const anchor = page.locator('#change-international-sales-formed');
		await expect(anchor).toBeInViewport();
		expect(await anchor.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	});
});

test.describe('search', () => {
	test('finds a change and loads Pagefind only on the search page', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
		await page.goto('/reports/xiaomi-2021-12/');
		expect(loaded).toEqual([]);
		await page.goto('/search/');
		expect(loaded).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search the reports' }).fill('Youpin');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results? for “Youpin”/);
		await expect(page.locator('[data-search-results] a[href*="youpin-to-xiaomi-china"]').first()).toBeVisible();
		expect(loaded.length).toBeGreaterThan(0);
	});
});
