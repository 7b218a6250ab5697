/**
 * The satori + resvg-js card renderer the benchmark measures: it must draw the cards the build draws, whole and the
 * same bytes each time, or its timings say nothing; and its one change to satori's SVG (masks made clip paths) must
 * keep every pixel, clipping included.
 */
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCards } from '../src/cards/cardHtml.ts';
import { siteCards } from '../src/cards/siteCards.ts';
import { loadReport } from '../src/load/loadReport.ts';
import type { ReportBundle } from '../src/model/schema.ts';
import { checkPng } from '../src/render/cacheChecks.ts';
import { cjkFont } from '../src/render/cjkFont.ts';
import { XIAOMI_FIXTURE } from '../test/helpers/reportFolders.ts';
import {
	cardFonts,
	cardTree,
	drawCardPng,
	encodePng,
	masksToClips,
	type SatoriFont,
	type SatoriNode,
} from './satoriCards.ts';

const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const [article, change] = reportCards(xiaomi, new URL('https://news.example/'));
const person = siteCards([xiaomi]).find((c) => c.path.startsWith('/og/people/') && /\p{Script=Han}/u.test(c.body))!;
const raster = (svg: string) =>
	new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();

let fonts: SatoriFont[];
beforeAll(async () => {
	fonts = await cardFonts(await cjkFont([xiaomi]));
});

describe('cardTree', () => {
	it('keeps classes, languages and the arrows’ viewBox, drops comments, and applies the body rule to its root', () => {
		const tree = cardTree(
			{ body: '<p class="kicker" lang="zh">雷军</p><!--x--><svg viewBox="0 0 80 40"></svg>' },
			'body { color: red; }',
		);
		const [style, p, svg] = tree.props.children as SatoriNode[];
		expect(tree.props.class).toBe('card-body');
		expect(style).toEqual({ type: 'style', props: { children: ['.card-body { color: red; }'] } });
		expect(p).toEqual({ type: 'p', props: { class: 'kicker', lang: 'zh', children: ['雷军'] } });
		expect(svg).toEqual({ type: 'svg', props: { viewBox: '0 0 80 40' } });
	});
});

describe('masksToClips', () => {
	it('keeps every pixel of the real cards and leaves only the masks of rounded boxes', async () => {
		const { default: satori } = await import('satori');
		for (const card of [article, change, person]) {
			const raw = await satori(cardTree(card), {
				width: 1200,
				height: 630,
				fonts,
				onStyleError: () => undefined,
			} as never);
			const clipped = masksToClips(raw);
			expect(clipped.match(/<mask /g)?.length ?? 0, card.path).toBeLessThan(
				(raw.match(/<mask /g) ?? []).length / 3,
			);
			expect(raster(clipped).pixels.equals(raster(raw).pixels), card.path).toBe(true);
		}
	});

	it('still clips what overflows a box with overflow: hidden, and a rounded one inside it', async () => {
		const { default: satori } = await import('satori');
		const div = (style: object, children: object[] = []) => ({
			type: 'div',
			props: { style: { display: 'flex', flexShrink: 0, ...style }, children },
		});
		const red = div({ width: 300, height: 300, background: '#ff0000' });
		const rounded = div(
			{ width: 300, height: 300, overflow: 'hidden', borderRadius: 40, border: '2px solid #000000' },
			[red],
		);
		for (const inner of [red, rounded]) {
			const outer = div({ width: 100, height: 100, overflow: 'hidden' }, [inner]);
			const svg = masksToClips(
				await satori(div({ width: 400, height: 400, background: '#ffffff' }, [outer]), {
					width: 400,
					height: 400,
					fonts,
				} as never),
			);
			const pixels = raster(svg).pixels;
			const isRed = (x: number, y: number) =>
				pixels[(y * 400 + x) * 4] === 255 && pixels[(y * 400 + x) * 4 + 1] === 0;
			expect([isRed(50, 50), isRed(150, 50), isRed(50, 150), isRed(250, 250)]).toEqual([
				true,
				false,
				false,
				false,
			]);
		}
	});
});

describe('drawCardPng', () => {
	it('draws a whole 1200×630 PNG, the same bytes twice, with the CJK name drawn', async () => {
		const check = checkPng(1200, 630);
		const first = await drawCardPng(person, fonts);
		expect(check(first)).toBeUndefined();
		expect((await drawCardPng(person, fonts)).equals(first)).toBe(true);
		// Without the CJK subset the kicker's Chinese name is not drawn: the pixels differ.
		expect((await drawCardPng(person, fonts.slice(0, -1))).equals(first)).toBe(false);
	});
});

describe('encodePng', () => {
	it('writes RGBA rows unfiltered that inflate back to the pixels', () => {
		const pixels = Buffer.from(Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256));
		const png = encodePng(pixels, 3, 2);
		expect(checkPng(3, 2)(png)).toBeUndefined();
		const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
		const raw = inflateSync(idat);
		expect(Buffer.concat([raw.subarray(1, 13), raw.subarray(14, 26)]).equals(pixels)).toBe(true);
		expect([raw[0], raw[13]]).toEqual([0, 0]);
	});
});
