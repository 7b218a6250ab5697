/**
 * `npm run screenshot -- <url> <out.png> [width] [light|dark] [nojs] [selector|viewport]`: a full-page
 * screenshot of a page, of its first screen, or of one element of it, in headless Chromium, for the README and for looking at the site as readers see it.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../render/findChromium.ts';

const [url, out, width = '1440', scheme = 'light', js = 'js', selector] = process.argv
	.slice(2)
	.filter((a) => a !== '--');
if (!url || !out) {
	console.error('usage: npm run screenshot -- <url> <out.png> [width] [light|dark] [nojs] [selector]');
	process.exit(1);
}
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({
		viewport: { width: Number(width), height: 900 },
		colorScheme: scheme === 'dark' ? 'dark' : 'light',
		javaScriptEnabled: js !== 'nojs',
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	if (selector === 'viewport') await page.screenshot({ path: out });
	else if (selector) await page.locator(selector).first().screenshot({ path: out });
	else await page.screenshot({ path: out, fullPage: true });
	console.log(`${out}: ${url} at ${width}px, ${scheme}, JavaScript ${js === 'nojs' ? 'off' : 'on'}`);
} finally {
	await browser.close();
}
