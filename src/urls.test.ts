import { describe, expect, it } from 'vitest';
import {
	absoluteUrl,
	changePath,
	changeSitePath,
	diagramPagePath,
	diagramSourcePath,
	diagramSvgPath,
	embedPath,
	feedPath,
	isEmbedPath,
	oembedPath,
	ogLocale,
	reportIdOfPath,
	reportPath,
	withBase,
} from './urls.ts';

describe('links under a base path', () => {
	it('puts a site path under the base, once', () => {
		expect(withBase('/feed.xml', '/')).toBe('/feed.xml');
		expect(withBase('/feed.xml', '/reorg-lens/')).toBe('/reorg-lens/feed.xml');
		expect(withBase('/', '/reorg-lens/')).toBe('/reorg-lens/');
	});

	it('makes a link absolute on the configured origin, the base path kept', () => {
		expect(absoluteUrl('/reorg-lens/reports/x/', 'https://news.example')).toBe(
			'https://news.example/reorg-lens/reports/x/',
		);
	});
});

describe("a diagram's files", () => {
	it('puts its source, its drawing and its full-size page beside each other', () => {
		expect(diagramSourcePath('r', 'org-after')).toBe('/reports/r/diagrams/org-after.mmd');
		expect(diagramSvgPath('r', 'org-after.narrow')).toBe('/reports/r/diagrams/org-after.narrow.svg');
		expect(diagramPagePath('r', 'org-after')).toBe('/reports/r/diagrams/org-after/');
	});
});

describe('og:locale', () => {
	it('writes language_TERRITORY as Open Graph wants', () => {
		expect(['en', 'zh', 'zh-Hant', 'en-GB', 'pt-BR', 'xx'].map(ogLocale)).toEqual([
			'en_US',
			'zh_CN',
			'zh_TW',
			'en_GB',
			'pt_BR',
			'xx',
		]);
	});
});

describe('URLs read back', () => {
	it('finds the report of every page of a report, under any base, and of no other page', () => {
		for (const base of ['/', '/reorg-lens/']) {
			const pages = [
				reportPath('r-1'),
				changePath('r-1', 'c'),
				embedPath('r-1', 'c'),
				oembedPath('r-1', 'c'),
				feedPath('r-1'),
			];
			expect(pages.map((page) => reportIdOfPath(page.replace(/^\//, base)))).toEqual(pages.map(() => 'r-1'));
		}
		expect(reportIdOfPath(feedPath())).toBeUndefined();
		expect(reportIdOfPath('/people/lei-jun/')).toBeUndefined();
	});

	it('tells the embed page of a change, and only it, as the page others may frame', () => {
		expect(isEmbedPath(embedPath('r', 'c'))).toBe(true);
		expect(
			[changePath('r', 'c'), oembedPath('r', 'c'), reportPath('r'), '/reports/r/changes/embed/x/'].filter(
				isEmbedPath,
			),
		).toEqual([]);
	});

	it('writes the site paths of the manifest without the base', () => {
		expect(changeSitePath('r', 'c')).toBe('/reports/r/changes/c/');
	});
});
