import { describe, expect, it } from 'vitest';
import { absoluteUrl, ogLocale, withBase } from './urls.ts';

describe('links under a base path', () => {
	it('puts a site path under the base, once', () => {
		expect(withBase('/feed.xml', '/')).toBe('/feed.xml');
		expect(withBase('/feed.xml', '/reorg-lens/')).toBe('/reorg-lens/feed.xml');
		expect(withBase('/', '/reorg-lens/')).toBe('/reorg-lens/');
	});

	it('makes a link absolute on the configured origin, the base path kept', () => {
		expect(absoluteUrl('/reorg-lens/reports/x/', 'https://news.example')).toBe('https://news.example/reorg-lens/reports/x/');
	});
});

describe('og:locale', () => {
	it('writes language_TERRITORY as Open Graph wants', () => {
		expect(['en', 'zh', 'zh-Hant', 'en-GB', 'pt-BR', 'xx'].map(ogLocale)).toEqual(['en_US', 'zh_CN', 'zh_TW', 'en_GB', 'pt_BR', 'xx']);
	});
});
