/**
 * What a person reads of a card shown 300 px wide (a chat or social preview, a quarter of its 1200 px): every word of
 * its main message (the title; what moved, from where, to where) drawn at 44 px or more, 11 px there; and the title
 * whole inside the centre square (x 285–915) that 1:1 previews crop. Measured in Chromium on every card of the real
 * report and the fixtures, in the card's own fonts, so a longer name or a smaller style shows up here. And the names
 * stay whole: a name that two lines (three in a change's picture) hold is drawn whole, a longer one cut between words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { inlineCjkFontFace } from '../render/cjkFont.ts';
import { CHROMIUM_ARGS, requireRenderChromium } from '../render/findChromium.ts';
import { cardDocument } from '../render/renderCards.ts';
import { interFontFace } from '../render/siteFont.ts';
import { listReportFolders } from '../load/loadReport.ts';
import { fitCard } from './cardFit.ts';
import { homeCard, reportCards } from './cardHtml.ts';
import { siteCards } from './siteCards.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;
const site = new URL('https://news.example/');
const cards = [homeCard([xiaomi]), ...reportCards(xiaomi, site), ...siteCards([xiaomi]), ...reportCards(fixture, site)];
const fixtures = listReportFolders(join('test', 'fixtures', 'reports')).map(
	(f) => loadReport(f).bundle as ReportBundle,
);

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

describe('names on the cards', () => {
	it('are drawn whole when their lines hold them, and cut between words with "…" only when they cannot', async () => {
		const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
		const fonts = interFontFace() + (await inlineCjkFontFace([xiaomi, ...fixtures]));
		const all = [
			...fixtures.flatMap((b) => reportCards(b, site)),
			...siteCards(fixtures),
			...siteCards([xiaomi]),
			reportCards(xiaomi, site)[0],
		];
		const wrongs: string[] = [];
		const cut: string[] = [];
		let wrapped = 0;
		for (const card of all) {
			await page.setContent(cardDocument(card, fonts));
			await page.evaluate(() => document.fonts.ready);
			// Each name remembers its whole text, as the fitting may cut it or leave its move to the count.
			await page.evaluate(() =>
				document
					.querySelectorAll<HTMLElement>('.moves .box, .box .name')
					.forEach((el) => (el.dataset.full = el.textContent ?? '')),
			);
			// The alternative text names every move the card's HTML lists, so a move left to the count as drawn would make
			// the text say more than the picture.
			const { dropped } = await page.evaluate(fitCard);
			if (dropped > 0)
				wrongs.push(`${card.path}: ${dropped} move(s) its alt text names are left to the count as drawn`);
			const full = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.moves .box, .box .name')].map(
					(el) => el.dataset.full ?? '',
				),
			);
			const drawn = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.moves .box, .box .name')].map((el) => {
					const style = getComputedStyle(el);
					const line = parseFloat(style.lineHeight);
					return {
						text: el.textContent ?? '',
						clipped: el.scrollHeight - el.clientHeight > line / 2 || el.scrollWidth > el.clientWidth + 1,
						lines: Math.round(el.clientHeight / line),
						clamp: Number(style.webkitLineClamp) || 1,
					};
				}),
			);
			// Measure each whole name in a copy of its box, unclamped.
			const wholeLines = await page.evaluate(() => {
				const els = [...document.querySelectorAll<HTMLElement>('.moves .box, .box .name')];
				return els.map((el) => {
					const probe = el.cloneNode() as HTMLElement;
					probe.textContent = el.dataset.full ?? '';
					const { width } = el.getBoundingClientRect();
					Object.assign(probe.style, {
						position: 'absolute',
						left: '0',
						top: '0',
						width: `${width}px`,
						display: 'block',
						webkitLineClamp: 'none',
						overflow: 'visible',
					});
					el.parentElement!.append(probe);
					const pad =
						parseFloat(getComputedStyle(probe).paddingTop) +
						parseFloat(getComputedStyle(probe).paddingBottom) +
						parseFloat(getComputedStyle(probe).borderTopWidth) * 2;
					const lines = Math.round(
						(probe.getBoundingClientRect().height - pad) / parseFloat(getComputedStyle(probe).lineHeight),
					);
					probe.remove();
					return lines;
				});
			});
			drawn.forEach((d, i) => {
				const name = `${card.path}: “${full[i]}”`;
				if (d.clipped) wrongs.push(`${name} is cut off as drawn (“${d.text}”)`);
				if (d.text === full[i]) {
					if (d.lines > 1) wrapped++;
					return;
				}
				cut.push(d.text);
				const kept = d.text.replace(/…( \+\d+)?$/, '');
				if (!d.text.includes('…') || !/[\s\p{P}]/u.test(full[i].charAt(kept.length) || ' '))
					wrongs.push(`${name} is cut within a word (“${d.text}”)`);
				if (wholeLines[i] <= d.clamp)
					wrongs.push(`${name} is cut though ${d.clamp} lines hold it (“${d.text}”)`);
			});
		}
		expect(wrongs).toEqual([]);
		// Names wrap rather than being cut, and only the fixtures' deliberately long names are cut.
		expect(wrapped).toBeGreaterThan(5);
		expect(new Set(cut.map((t) => t.split(' ')[0]))).toEqual(new Set(['Regional', 'R&D']));
	});
});
