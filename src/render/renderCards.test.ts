import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeCard, reportCards } from '../cards/cardHtml.ts';
import { siteCards } from '../cards/siteCards.ts';
import { listReportFolders, loadReport } from '../load/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { inlineCjkFontFace } from './cjkFont.ts';
import { copyCards, MIN_TITLE_PX, renderCards } from './renderCards.ts';

const site = new URL('https://example.org/');
const bundles = [loadReport(XIAOMI_FIXTURE).bundle, loadReport(FIXTURE).bundle] as ReportBundle[];
const temp = () => mkdtempSync(join(tmpdir(), 'reorg-lens-cards-'));

describe('rendering share cards', () => {
	it('draws every card at 1200×630 within 150 KB, titles at 44 px or more, reproducibly, then serves them from the cache', async () => {
		const cards = bundles.flatMap((b) => reportCards(b, site));
		const [out, dir] = [temp(), temp()];
		const fontFaces = await inlineCjkFontFace(bundles);
		const cold = await renderCards(cards, out, { fontFaces, dir });
		expect(cold.rendered).toBe(cards.length);
		expect(cold.titles.map((t) => t.path).sort()).toEqual(cards.map((c) => c.path).sort());
		for (const title of cold.titles) {
			expect(title.fontPx, title.path).toBeGreaterThanOrEqual(MIN_TITLE_PX);
			expect(title.linePx, title.path).toBeGreaterThanOrEqual(MIN_TITLE_PX);
			expect(title.clipped, `${title.path}: a column of its picture is cut off`).toBe(false);
		}
		for (const card of cards) {
			const png = readFileSync(join(out, card.path));
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], card.path).toEqual([1200, 630]);
			expect(statSync(join(out, card.path)).size, card.path).toBeLessThanOrEqual(150 * 1024);
		}
		const warm = await renderCards(cards, temp(), { fontFaces, dir });
		expect(warm.rendered).toBe(0);
		// Drawn again from scratch, in two pages at once, a card comes out byte for byte the same.
		const again = temp();
		await renderCards(cards.slice(0, 3), again, { fontFaces, dir: temp(), pages: 2 });
		for (const card of cards.slice(0, 3))
			expect(readFileSync(join(again, card.path)).equals(readFileSync(join(out, card.path))), card.path).toBe(
				true,
			);
	});

	it('draws a card to the same bytes whatever its page drew before', async () => {
		// Found by two cold builds of the fixtures: a person's card came out otherwise when its page had drawn it, then
		// another card, then it again (the same card under another name, made distinct by a comment).
		const all = [join('test', 'fixtures', 'reports'), join('docs', 'example')]
			.flatMap((d) => listReportFolders(d))
			.map((f) => loadReport(f).bundle as ReportBundle);
		const person = siteCards(all).find((c) => c.path === '/og/people/rui-costa.png')!;
		const again = { ...person, path: '/og/again.png', body: `${person.body}<!-- again -->` };
		const between = [
			homeCard(all),
			reportCards(
				all.find((b) => b.report.id === 'heron-2033-02')!,
				site,
			)[0],
		];
		const fontFaces = await inlineCjkFontFace(all);
		const drawn: Buffer[] = [];
		for (const other of between) {
			const out = temp();
			await renderCards([person, other, again], out, { fontFaces, dir: temp(), pages: 1 });
			drawn.push(readFileSync(join(out, person.path)), readFileSync(join(out, again.path)));
		}
		expect(drawn.map((png) => png.equals(drawn[0]))).toEqual([true, true, true, true]);
	});

	it('fails on a title drawn under 44 px, naming the card, and does not cache it', async () => {
		const dir = temp();
		const card = { path: '/og/small.png', body: '<div class="card"><h1 class="small">Small</h1></div>', alt: '' };
		await expect(renderCards([card], temp(), { fontFaces: '.small { font-size: 40px; }', dir })).rejects.toThrow(
			/\/og\/small\.png \(40 px type/,
		);
		expect(readdirSync(dir)).toEqual([]);
	});

	it('reports a column of the picture that is cut off', async () => {
		const boxes = Array.from(
			{ length: 12 },
			(_, i) => `<div class="box new"><span class="name">Unit ${i}</span></div>`,
		).join('');
		const card = {
			path: '/og/crowded.png',
			body: `<div class="card"><h1>Crowded</h1><div class="pic"><div class="side after">${boxes}</div></div></div>`,
			alt: '',
		};
		const { titles } = await renderCards([card], temp(), { dir: temp() });
		expect(titles[0].clipped).toBe(true);
	});

	it('copies only cards that were drawn, naming a missing one', () => {
		const card = { path: '/og/never-drawn.png', body: '<div class="card"><h1>Never drawn</h1></div>', alt: '' };
		expect(() => copyCards([card], temp(), { dir: temp() })).toThrow(
			/Share card \/og\/never-drawn\.png is not in the card cache/,
		);
	});
});
