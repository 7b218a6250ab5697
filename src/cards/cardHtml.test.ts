import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import { publishChanges } from '../model/publish.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE, XIAOMI_FIXTURE } from '../../test/helpers/reportFolders.ts';
import { homeCard, reportCards } from './cardHtml.ts';
import { changePicture, pictureHtml } from './cardPicture.ts';
import { siteCards } from './siteCards.ts';

const site = new URL('https://example.org/');
const xiaomi = loadReport(XIAOMI_FIXTURE).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;
const change = (bundle: ReportBundle, id: string) => publishChanges(bundle, site).find((c) => c.id === id)!;
const card = (id: string) => reportCards(xiaomi, site).find((c) => c.path.endsWith(`/${id}.png`))!;

describe('share cards', () => {
	it('makes one card for the article and one per change, at their published paths', () => {
		const cards = reportCards(xiaomi, site);
		expect(cards.map((c) => c.path)).toEqual([
			'/og/xiaomi-2021-12.png',
			...xiaomi.changes.map((c) => `/og/xiaomi-2021-12/${c.id}.png`),
		]);
		expect(homeCard([xiaomi]).path).toBe('/og/home.png');
	});

	it('says when a publication date is our inference', () => {
		expect(reportCards(xiaomi, site)[0].body).toContain('LatePost · probably 10 December 2021');
	});

	it('pictures the article as its moves under a long title, two and a count when there are more than three', () => {
		const article = reportCards(xiaomi, site)[0];
		expect(article.body.match(/<li>/g)).toHaveLength(2);
		expect(article.body).toContain('<span class="box subject">Business Middle Platform</span>');
		expect(article.body).toContain('<span class="box new">Information Technology</span>');
		expect(article.body).toContain('<li class="more">and 4 more changes</li>');
		expect(article.alt).toMatch(/; and 4 more\.$/);
		expect(article.alt).toMatch(
			/^Share card of the annotated edition of “Xiaomi Founder Lei Jun’s Burden Reduces, International Business Department Reshuffles” \(LatePost, probably 10 December 2021\): 6 changes, pictured as moves: Business Middle Platform to Information Technology; /,
		);
	});

	it('gives each change card a title of the larger or smaller size and an alternative text that reads the picture', () => {
		expect(card('middle-platform-to-it').body).toContain(
			'<h1 class="long">Lei Jun hands the Business Middle Platform to IT, under Wang Xiang</h1>',
		);
		expect(card('middle-platform-to-it').alt).toBe(
			'Share card: “Lei Jun hands the Business Middle Platform to IT, under Wang Xiang”. Business Middle Platform: before, reported to Lei Jun; after, part of Information Technology and reports to Wang Xiang.',
		);
		expect(card('india-to-international-sales').alt).toContain(
			'India regional operations: no earlier line recorded; after, part of International sales.',
		);
	});

	it('escapes hostile data', () => {
		const body = [...reportCards(fixture, site), ...siteCards([fixture])].map((c) => c.body).join('');
		expect(body).not.toContain('<script>');
		expect(body).toContain('&lt;script&gt;');
	});
});

describe('the picture of a change', () => {
	it('reads a handover as: the unit, the person it leaves, the unit and person it joins', () => {
		const picture = changePicture(xiaomi, change(xiaomi, 'middle-platform-to-it'));
		expect(picture.subjects.map((s) => s.name)).toEqual(['Business Middle Platform']);
		expect(picture.before).toEqual([{ id: 'lei-jun', name: 'Lei Jun', nameZh: '雷军', relations: ['reports-to'] }]);
		expect(picture.after.map((t) => [t.name, t.relations])).toEqual([
			['Information Technology', ['part-of']],
			['Wang Xiang', ['reports-to']],
		]);
	});

	it('reads a restructure as the teams that move and the new department they join, placed where it sits', () => {
		const picture = changePicture(xiaomi, change(xiaomi, 'international-sales-formed'));
		expect(picture.subjects.map((s) => s.id)).toEqual([
			'overseas-regions',
			'international-ecommerce',
			'operators-bd',
		]);
		expect(picture.before.map((t) => t.id)).toEqual(['international-business']);
		expect(picture.after).toEqual([
			expect.objectContaining({
				id: 'international-sales',
				relations: ['part-of'],
				within: 'part of International Business',
			}),
		]);
	});

	it('reads an appointment as the person and what they now lead and report to, with nothing before', () => {
		const picture = changePicture(xiaomi, change(xiaomi, 'xiang-zheng-heads-sales'));
		expect(picture.subjects.map((s) => s.id)).toEqual(['xiang-zheng']);
		expect(picture.before).toEqual([]);
		expect(picture.after.map((t) => t.relations[0])).toEqual(['leads', 'reports-to']);
		const html = pictureHtml(picture, 'appointment');
		expect(html).toContain('<div class="box none">No earlier line in the data</div>');
		expect(html).toContain('<svg class="arrow unknown"');
		expect(html).toContain('<div class="side before empty"><p class="side-h">Before</p>');
		expect(html).not.toContain('arrow ended');
	});

	it('marks Chinese names lang="zh", for people and for units whose Chinese name a source gives', () => {
		const html = pictureHtml(changePicture(xiaomi, change(xiaomi, 'international-sales-formed')), 'restructure');
		expect(html).toContain('<span class="zh" lang="zh">国际业务部</span>');
		expect(html).toContain('<span class="zh" lang="zh">销售部</span>');
		// The middle platform's Chinese name is a rendering no source confirms: not on the card.
		expect(pictureHtml(changePicture(xiaomi, change(xiaomi, 'middle-platform-to-it')), 'handover')).not.toContain(
			'业务中台部',
		);
	});

	it('shows one box a column, so its name stays at 44 px, and counts what it leaves out', () => {
		const picture = changePicture(xiaomi, change(xiaomi, 'international-sales-formed'));
		const html = pictureHtml(picture, 'restructure');
		const moved = html.slice(
			html.indexOf('<div class="side moved'),
			html.indexOf('<svg', html.indexOf('<div class="side moved')),
		);
		expect(moved.match(/class="box subject"/g)).toHaveLength(1);
		expect(moved).toContain(`<p class="more">and ${picture.subjects.length - 1} more</p>`);
	});
});
