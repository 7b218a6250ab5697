import { expect, test, type Page } from '@playwright/test';
import { ARTICLE } from './site.ts';

/** Pages with Chinese names (person, unit) and the article, whose notes quote Chinese. */
const PAGES = ['/people/lei-jun/', '/units/international-business/', ARTICLE];
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Marks every element whose own text holds CJK characters, and returns their texts in order. */
async function markCjkElements(page: Page): Promise<string[]> {
	return page.evaluate((source) => {
		const cjk = new RegExp(source, 'u');
		const texts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (
				!parent ||
				!cjk.test(node.textContent ?? '') ||
				parent.closest('svg, script, style') ||
				parent.dataset.cjkProbe
			)
				continue;
			parent.dataset.cjkProbe = String(texts.length);
			texts.push(parent.textContent ?? '');
		}
		return texts;
	}, CJK.source);
}

for (const path of PAGES) {
	test(`${path} draws its Chinese in the self-hosted subset`, async ({ page }) => {
		const fontRequests: string[] = [];
		page.on(
			'response',
			(r) => r.url().includes('/fonts/noto-sans-sc-subset-') && fontRequests.push(`${r.status()} ${r.url()}`),
		);
		await page.goto(path);
		// Long notes keep their tail behind a disclosure: open them all, so that every Chinese text is drawn.
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await page.evaluate(() => document.fonts.ready);
		expect(fontRequests, 'the subset is fetched from the site').toEqual([expect.stringMatching(/^200 .*\.woff2$/)]);

		const texts = await markCjkElements(page);
		expect(texts.length).toBeGreaterThan(0);
		// Chromium's own account of the fonts each element's text was drawn with: the web font, not a fallback.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		for (const [i, text] of texts.entries()) {
			const { nodeId } = await cdp.send('DOM.querySelector', {
				nodeId: root.nodeId,
				selector: `[data-cjk-probe="${i}"]`,
			});
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			const subset = fonts.find((f) => f.isCustomFont && /Noto Sans SC/.test(f.familyName));
			expect(subset, `${text.slice(0, 40)} drawn with ${JSON.stringify(fonts)}`).toBeDefined();
			const cjkCount = [...text].filter((c) => CJK.test(c)).length;
			expect(subset!.glyphCount, text.slice(0, 40)).toBeGreaterThanOrEqual(cjkCount);
		}
	});
}

test('a name marked lang="zh" is in the subset font, each ideograph one em wide as Noto draws it', async ({ page }) => {
	await page.goto('/people/lei-jun/');
	await page.evaluate(() => document.fonts.ready);
	const name = page.locator('main [lang="zh"]').first();
	await expect(name).toHaveText('雷军');
	const drawn = await name.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		const style = getComputedStyle(el);
		return {
			family: style.fontFamily,
			size: parseFloat(style.fontSize),
			width: range.getBoundingClientRect().width,
		};
	});
	expect(drawn.family).toMatch(/^"?Noto Sans SC Subset"?,/);
	// Noto's ideographs advance exactly 1 em; a missing-glyph box does not. (A CJK fallback such as Droid Sans
	// Fallback is 1 em too: which font drew the text is asked of Chromium itself in the tests above.)
	expect(drawn.width / drawn.size).toBeCloseTo(2, 1);
	const status = await page.evaluate(() =>
		[...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC Subset').map((f) => f.status),
	);
	expect(status).toEqual(['loaded']);
});
