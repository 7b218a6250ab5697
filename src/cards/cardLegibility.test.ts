/**
 * What a person reads of a card shown 300 px wide (a chat or social preview, a quarter of its 1200 px): every word of
 * its main message (the title; what moved, from where, to where) drawn at 44 px or more, 11 px there; and the title
 * whole inside the centre square (x 285–915) that 1:1 previews crop. Measured in Chromium on every card of the real
 * report and the fixtures, in the card's own fonts, so a longer name or a smaller style shows up here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE } from '../../test/helpers/reportFolders.ts';
import { inlineCjkFontFace } from '../render/cjkFont.ts';
import { CHROMIUM_ARGS, requireRenderChromium } from '../render/findChromium.ts';
import { cardDocument } from '../render/renderCards.ts';
import { interFontFace } from '../render/siteFont.ts';
import { homeCard, reportCards } from './cardHtml.ts';
import { siteCards } from './siteCards.ts';

const xiaomi = loadReport(join(process.cwd(), 'content', 'reports', 'xiaomi-2021-12')).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;
const site = new URL('https://news.example/');
const cards = [homeCard([xiaomi]), ...reportCards(xiaomi, site), ...siteCards([xiaomi]), ...reportCards(fixture, site)];

let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({ executablePath: requireRenderChromium(), args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

describe('share cards at 300 px', () => {
	it('draw the title and what moved, from where, to where at 44 px or more, the title inside the centre square', async () => {
		const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
		const fonts = interFontFace() + (await inlineCjkFontFace([xiaomi, fixture]));
		const found: string[] = [];
		for (const card of cards) {
			await page.setContent(cardDocument(card, fonts));
			const m = await page.evaluate(async () => {
				await document.fonts.ready;
				const main = [
					...document.querySelectorAll<HTMLElement>(
						'h1, .box.subject .name, .box.old .name, .box.new .name, .moves .box',
					),
				];
				const smallest = Math.min(...main.map((el) => parseFloat(getComputedStyle(el).fontSize)));
				const range = document.createRange();
				range.selectNodeContents(document.querySelector('h1') as Node);
				const rects = [...range.getClientRects()];
				return {
					count: main.length,
					smallest,
					left: Math.min(...rects.map((r) => r.left)),
					right: Math.max(...rects.map((r) => r.right)),
				};
			});
			if (m.smallest < 44) found.push(`${card.path}: main message at ${m.smallest} px`);
			if (m.left < 285 || m.right > 915)
				found.push(`${card.path}: title spans x ${Math.round(m.left)}–${Math.round(m.right)}`);
			expect(m.count, card.path).toBeGreaterThan(0);
		}
		expect(found).toEqual([]);
		expect(cards.length).toBeGreaterThanOrEqual(25);
	});
});
