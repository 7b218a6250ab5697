import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, files, page } from './site.ts';
import type { OEmbedJson, ReportDataJson } from '../../src/publish/openData.ts';

/** A page's meta tag content, by property or name. */
const meta = (doc: Document, key: string) =>
	doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
const data = JSON.parse(readFileSync(join(DIST, 'data', 'xiaomi-2021-12.json'), 'utf8')) as ReportDataJson;
const changes: { id: string; permalink: string }[] = data.changes;

describe('what a link unfurler sees', () => {
	it('gives the article its type, locale, publication date (as precise as known) and image text', () => {
		const doc = page('/reports/xiaomi-2021-12/');
		expect(meta(doc, 'og:type')).toBe('article');
		expect(meta(doc, 'og:locale')).toBe('en_US');
		// report.yaml: published 2021-12-10, known to the day.
		expect(meta(doc, 'article:published_time')).toBe('2021-12-10');
		expect(meta(doc, 'twitter:image:alt')).toBe(meta(doc, 'og:image:alt'));
		expect(meta(doc, 'og:url')).toBe(data.report.article);
		const feeds = [...doc.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) =>
			l.getAttribute('href'),
		);
		expect(feeds).toEqual(['/feed.xml', '/reports/xiaomi-2021-12/feed.xml']);
	});

	it('gives every page with a card its image text for both Open Graph and the Twitter card', () => {
		const pages = files().filter((f) => f.endsWith('.html'));
		let carded = 0;
		for (const file of pages) {
			const doc = page(file);
			if (!meta(doc, 'og:image')) continue;
			carded++;
			expect(meta(doc, 'og:image:alt'), file).toBeTruthy();
			expect(meta(doc, 'twitter:image:alt'), file).toBe(meta(doc, 'og:image:alt'));
			expect(meta(doc, 'twitter:image'), file).toBe(meta(doc, 'og:image'));
			expect(meta(doc, 'og:locale'), file).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
		}
		expect(carded).toBeGreaterThanOrEqual(20);
	});

	it('gives the 404 page no canonical link and no og:url, since it has no address of its own', () => {
		const doc = page('404.html');
		expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
		expect(meta(doc, 'og:url')).toBeUndefined();
	});

	it('gives no article:published_time to pages that are not articles', () => {
		expect(meta(page('/'), 'article:published_time')).toBeUndefined();
		expect(meta(page('/people/lu-weibing/'), 'article:published_time')).toBeUndefined();
	});
});

describe('embedding a change', () => {
	it.each(changes.map((c) => [c.id, c] as const))(
		'%s: its page names a static oEmbed JSON, whose frame is its embed page',
		(id, change) => {
			const doc = page(new URL(change.permalink).pathname);
			expect(meta(doc, 'article:published_time')).toBe('2021-12-10');
			const link = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
			const href = link?.getAttribute('href') ?? '';
			expect(href).toBe(`${change.permalink}oembed.json`);
			expect(link?.getAttribute('title')).toBe(meta(doc, 'og:title'));
			const oembed = JSON.parse(readFileSync(join(DIST, new URL(href).pathname), 'utf8')) as OEmbedJson;
			expect(oembed).toMatchObject({
				version: '1.0',
				type: 'rich',
				provider_name: 'Reorg Lens',
				thumbnail_url: meta(doc, 'og:image'),
			});
			const src = oembed.html.match(/<iframe src="([^"]+)" width="(\d+)" height="(\d+)"/);
			expect(src?.[1]).toBe(`${change.permalink}embed/`);
			expect([Number(src?.[2]), Number(src?.[3])]).toEqual([oembed.width, oembed.height]);
			const embed = page(new URL(src?.[1] ?? '').pathname);
			// No site chrome: no header, navigation, footer or skip link; not indexed; its canonical is the change page.
			expect(embed.querySelectorAll('header, nav, footer, .skip-link')).toHaveLength(0);
			expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
			expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(change.permalink);
			const quote = data.changes.find((c) => c.id === id)?.quote;
			expect(quote, `${id} is in the open data`).toBeDefined();
			expect(embed.querySelector('blockquote')?.textContent).toContain(quote);
			expect(embed.querySelector('figure.diagram svg[role="img"]')).not.toBeNull();
			// Links open in a new tab, not inside the host's frame.
			expect(embed.querySelector('base')?.getAttribute('target')).toBe('_blank');
			for (const a of embed.querySelectorAll('a[target]')) expect(a.getAttribute('target')).toBe('_blank');
			expect(existsSync(join(DIST, new URL(oembed.thumbnail_url).pathname))).toBe(true);
		},
	);

	it('keeps embed pages out of the sitemap', () => {
		expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/embed/');
	});
});
