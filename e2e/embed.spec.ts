import { expect, test, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/config.ts';
import { builtPages, changePages } from './site.ts';

/** Every change's oEmbed response in the built site, with the path of the page it frames. */
const embeds = builtPages()
	.filter((path) => path.endsWith('/embed/'))
	.map((path) => ({
		path,
		oembed: JSON.parse(readFileSync(join(config.outDir, path.replace(/embed\/$/, 'oembed.json')), 'utf8')) as {
			width: number;
			height: number;
			html: string;
		},
	}));

test('every change has an embed page', () => {
	const pages = changePages();
	expect(pages.length, 'change pages built').toBeGreaterThan(0);
	expect(embeds.map((e) => e.path.replace(/embed\/$/, '')).sort()).toEqual(pages.sort());
});

for (const { path, oembed } of embeds) {
	test(`${path} fits the ${oembed.width}×${oembed.height} frame its oEmbed offers, and its links leave the frame`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: oembed.width, height: oembed.height });
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		const { scroll, wide } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollHeight,
			wide: document.documentElement.scrollWidth,
		}));
		expect(scroll, 'no vertical scrolling inside the frame').toBeLessThanOrEqual(oembed.height);
		expect(wide, 'no horizontal scrolling inside the frame').toBeLessThanOrEqual(oembed.width);
		await expect(page.locator('figure.diagram svg[role="img"]:visible')).toBeVisible();
		await expect(page.locator('header, nav, footer')).toHaveCount(0);
		// A link followed inside the frame would replace the host's embed: each one opens a new tab instead.
		const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('h1 a').click()]);
		expect(new URL(popup.url()).pathname).toBe(path.replace(/embed\/$/, ''));
	});
}

/** Frames an embed in a host page at a size, and returns its frame, fonts loaded. */
async function framed(page: Page, path: string, width: number, height: number): Promise<Frame> {
	const src = `http://127.0.0.1:${config.e2ePort}${path}`;
	await page.setViewportSize({ width: width + 40, height: height + 40 });
	await page.setContent(
		`<!doctype html><body style="margin:0"><iframe src="${src}" width="${width}" height="${height}" style="border:0;display:block"></iframe></body>`,
	);
	const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
	await frame.waitForLoadState('load');
	await frame.evaluate(() => document.fonts.ready);
	return frame;
}

/** Scroll bars inside a frame: the page's own, and any element's that scrolls up and down. */
const scrollBars = (frame: Frame) =>
	frame.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		const found: string[] = [];
		if (root.scrollHeight > root.clientHeight)
			found.push(`page: ${root.scrollHeight} px of content in ${root.clientHeight}`);
		if (root.scrollWidth > root.clientWidth) found.push(`page: ${root.scrollWidth} px wide in ${root.clientWidth}`);
		for (const el of document.querySelectorAll('body *')) {
			const style = getComputedStyle(el);
			if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
				found.push(`${el.tagName.toLowerCase()}.${el.className}: scrolls vertically`);
		}
		return found;
	});

for (const js of [true, false]) {
	test.describe(`embeds in frames, JavaScript ${js ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: js });
		for (const { path, oembed } of embeds) {
			for (const width of [oembed.width, 360]) {
				test(`${path} in a ${width}×${oembed.height} frame shows no scroll bar, its facts as text open or closed`, async ({
					page,
				}) => {
					const frame = await framed(page, path, width, oembed.height);
					expect(await scrollBars(frame), 'closed').toEqual([]);
					await expect(frame.locator('figure.diagram svg[role="img"]:visible')).toBeVisible();
					await frame.locator('details summary').first().click();
					await expect(frame.locator('details').first()).toHaveAttribute('open', '');
					expect(await scrollBars(frame), 'facts as text open').toEqual([]);
					await expect(frame.locator('details li').last()).toBeInViewport({ ratio: 1 });
				});
			}
		}
	});
}

test('the embed page posts its natural height to a host that listens, and follows a frame resize', async ({ page }) => {
	const { path, oembed } = embeds[0];
	await page.setViewportSize({ width: 800, height: 1400 });
	await page.goto('/');
	await page.evaluate(() => {
		(window as unknown as { heights: number[] }).heights = [];
		window.addEventListener('message', (e) => {
			const data = e.data as { context?: string; height?: number } | null;
			if (data?.context === 'iframe.resize' && data.height !== undefined)
				(window as unknown as { heights: number[] }).heights.push(data.height);
		});
	});
	await page.evaluate(
		({ src, w }) => {
			const frame = document.createElement('iframe');
			Object.assign(frame, { src, width: String(w), height: '300', id: 'embed' });
			document.body.prepend(frame);
		},
		{ src: path, w: oembed.width },
	);
	const last = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
	// Framed 300 px tall, the page still posts the height it needs at 640 px, which the oEmbed's declaration covers.
	await expect.poll(last).toBeGreaterThan(300);
	const wide = await last();
	expect(wide).toBeLessThanOrEqual(oembed.height);
	// Narrower, the same words take more lines: the natural height posted grows.
	await page.evaluate(() => ((document.getElementById('embed') as HTMLIFrameElement).width = '360'));
	await expect.poll(last).toBeGreaterThan(wide);
});
