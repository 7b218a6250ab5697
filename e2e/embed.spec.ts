import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/config.ts';
import { builtPages } from './site.ts';

/** Every change's oEmbed response in the built site, with the path of the page it frames. */
const embeds = builtPages()
	.filter((path) => path.endsWith('/embed/'))
	.map((path) => ({ path, oembed: JSON.parse(readFileSync(join(config.outDir, path.replace(/embed\/$/, 'oembed.json')), 'utf8')) as { width: number; height: number; html: string } }));

test('every change has an embed page', () => {
	expect(embeds.length).toBeGreaterThan(0);
});

for (const { path, oembed } of embeds) {
	test(`${path} fits the ${oembed.width}×${oembed.height} frame its oEmbed offers, and its links leave the frame`, async ({ page }) => {
		await page.setViewportSize({ width: oembed.width, height: oembed.height });
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		const { scroll, wide } = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, wide: document.documentElement.scrollWidth }));
		expect(scroll, 'no vertical scrolling inside the frame').toBeLessThanOrEqual(oembed.height);
		expect(wide, 'no horizontal scrolling inside the frame').toBeLessThanOrEqual(oembed.width);
		await expect(page.locator('figure.diagram svg')).toBeVisible();
		await expect(page.locator('header, nav, footer')).toHaveCount(0);
		// A link followed inside the frame would replace the host's embed: each one opens a new tab instead.
		const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('h1 a').click()]);
		expect(new URL(popup.url()).pathname).toBe(path.replace(/embed\/$/, ''));
	});
}
