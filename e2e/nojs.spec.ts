import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

test.use({ javaScriptEnabled: false });

for (const path of builtPages()) {
	test(`${path} shows its text and diagrams with JavaScript disabled`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('main h1').first()).toBeVisible();
		expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(40);
		// A figure with a narrow layout inlines two drawings and CSS shows one: each figure shows exactly one.
		for (const figure of await page.locator('main figure.diagram').all()) {
			await expect(figure.locator('svg[role="img"]').filter({ visible: true })).toHaveCount(1);
		}
		for (const svg of await page.locator('main figure svg').filter({ visible: true }).all()) {
			await svg.scrollIntoViewIfNeeded();
			await expect(svg).toBeVisible();
		}
	});
}
