import { expect, test } from '@playwright/test';
import { ARTICLE } from './site.ts';

test('diagrams are visible, named and drawn in the theme’s colours', async ({ page }, info) => {
	await page.goto(ARTICLE);
	const svgs = page.locator('figure.diagram svg[role="img"]');
	expect(await svgs.count()).toBeGreaterThanOrEqual(5);
	for (const svg of await svgs.all()) {
		await svg.scrollIntoViewIfNeeded();
		await expect(svg).toBeVisible();
		const box = await svg.boundingBox();
		expect(box && box.width > 50 && box.height > 20).toBeTruthy();
		await expect(svg).toHaveAccessibleName(/.+/);
	}
	const fill = await page.locator('#diagram-org-after svg .node rect').first().evaluate((el) => getComputedStyle(el).fill);
	const text = await page.locator('#diagram-org-after svg .node text').first().evaluate((el) => getComputedStyle(el).fill);
	const expected = info.project.name === 'dark' ? { fill: 'rgb(41, 37, 36)', text: 'rgb(237, 233, 227)' } : { fill: 'rgb(255, 255, 255)', text: 'rgb(28, 25, 23)' };
	expect({ fill, text }).toEqual(expected);
});

test('each diagram’s text equivalent opens without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(ARTICLE);
	const details = page.locator('#diagram-direct-reports details');
	await details.locator('summary').click();
	await expect(details.locator('li').first()).toBeVisible();
	await context.close();
});
