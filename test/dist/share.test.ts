import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page } from './site.ts';
import type { DataIndexJson, ReportDataJson } from '../../src/publish/openData.ts';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
	const data = readFileSync(path);
	expect(data.subarray(1, 4).toString()).toBe('PNG');
	return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The fields of a published change that these tests read. */
interface Published {
	id: string;
	permalink: string;
	quote: string;
}

const data = JSON.parse(readFileSync(join(DIST, 'data', 'xiaomi-2021-12.json'), 'utf8')) as ReportDataJson;
const site = new URL(data.report.article).origin;
const changes: Published[] = data.changes;

describe('one page per change, ready to share', () => {
	it.each(changes.map((c) => [c.id, c] as [string, Published]))(
		'%s has its page, quote, diagram and share card',
		(_id: string, change: Published) => {
			const { id, permalink, quote } = change;
			const path = new URL(permalink).pathname;
			const doc = page(path);
			expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(permalink);
			expect(doc.querySelector('blockquote')?.textContent).toContain(quote);
			expect(doc.querySelector('figure.diagram svg[role="img"]')).not.toBeNull();
			const meta = (p: string) =>
				doc.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content');
			expect(meta('og:url')).toBe(permalink);
			expect(meta('og:title')).toBeTruthy();
			expect(meta('og:description')).toBeTruthy();
			expect(meta('twitter:card')).toBe('summary_large_image');
			const image = meta('og:image') ?? '';
			expect(image.startsWith(site)).toBe(true);
			const png = join(DIST, new URL(image).pathname);
			expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
			expect(readFileSync(png).length).toBeLessThanOrEqual(150 * 1024);
			const back = doc.querySelector('a[href*="#change-"]')?.getAttribute('href') ?? '';
			expect(back).toMatch(new RegExp(`^/reports/xiaomi-2021-12/#change-${id}:~:text=`));
			expect(page('/reports/xiaomi-2021-12/').getElementById(`change-${id}`)).not.toBeNull();
		},
	);

	it('gives the home page and the article share cards too', () => {
		for (const path of ['/', '/reports/xiaomi-2021-12/']) {
			const image = page(path).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
			expect(pngSize(join(DIST, new URL(image).pathname))).toEqual({ width: 1200, height: 630 });
		}
	});

	it('lists every change in the feed and the sitemap, with absolute URLs', () => {
		const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		for (const c of data.changes) {
			expect(feed).toContain(`<link rel="alternate" type="text/html" href="${c.permalink}"/>`);
			expect(sitemap).toContain(`<loc>${c.permalink}</loc>`);
		}
		expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
		expect(existsSync(join(DIST, '404.html'))).toBe(true);
	});

	it('publishes open data: an index, the report JSON, a CSV and the schemas', () => {
		const index = JSON.parse(readFileSync(join(DIST, 'data', 'index.json'), 'utf8')) as DataIndexJson;
		expect(index.reports[0].json).toBe(`${site}/data/xiaomi-2021-12.json`);
		for (const schema of [
			...Object.values(index.schemas.published),
			...Object.values(index.schemas.inputFiles),
		] as string[])
			expect(existsSync(join(DIST, new URL(schema).pathname))).toBe(true);
		const csv = readFileSync(join(DIST, 'data', 'xiaomi-2021-12-changes.csv'), 'utf8')
			.trim()
			.split('\r\n');
		expect(csv[0]).toMatch(/^id,permalink,kind,title,date/);
		expect(csv).toHaveLength(data.changes.length + 1);
		expect(data.changes[3].date).toMatchObject({ ambiguous: true, readings: ['2021-12-03', '2021-12-10'] });
		expect(data.claims.map((c: { status: string }) => c.status)).toContain('confirmed');
	});

	it('has a page for each person and unit listing their changes', () => {
		const lu = page('/people/lu-weibing/');
		expect(lu.querySelector('h1')?.textContent).toBe('Lu Weibing');
		expect([...lu.querySelectorAll('a[href^="/reports/xiaomi-2021-12/changes/"]')].length).toBeGreaterThanOrEqual(
			3,
		);
		const youpin = page('/units/youpin/');
		expect(
			youpin.querySelector('a[href="/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/"]'),
		).not.toBeNull();
	});
});
