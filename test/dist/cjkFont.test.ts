import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { CJK_FAMILY, cjkCharacters, fontCodePoints } from '../../src/render/cjkFont.ts';
import { DIST, files, page } from './site.ts';

const pages = files().filter((f) => f.endsWith('.html'));
// Pagefind's own files list characters of its word splitter, not text of ours.
const published = files().filter((f) => /\.(html|json|csv|xml|mmd)$/.test(f) && !f.startsWith('pagefind/'));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The code points a unicode-range value names. */
function rangePoints(range: string): Set<number> {
	const points = new Set<number>();
	for (const part of range.split(',')) {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		for (let p = parseInt(from, 16); p <= parseInt(to, 16); p++) points.add(p);
	}
	return points;
}

describe('the CJK font subset', () => {
	const fonts = files().filter((f) => /^fonts\/noto-sans-sc-subset-[0-9a-f]{16}\.woff2$/.test(f));

	it('is published once, under /fonts/', () => {
		expect(fonts).toHaveLength(1);
	});

	it('covers exactly the CJK characters the site publishes', async () => {
		const cmap = await fontCodePoints(readFileSync(join(DIST, fonts[0])));
		const used = cjkCharacters(published.map(read)).map((c) => c.codePointAt(0));
		expect(used.length).toBeGreaterThan(0);
		expect([...cmap].sort((a, b) => a - b)).toEqual(used);
	});

	it.each(pages.filter((f) => cjkCharacters([read(f)]).length > 0))(
		'%s declares the font for every CJK character it shows',
		async (file) => {
			const html = read(file);
			const css = html.match(/<style>(@font-face\{font-family:'Noto Sans SC Subset'[^<]*)<\/style>/)?.[1];
			expect(css, 'the inline @font-face of the subset').toBeDefined();
			const src = css!.match(/src:url\(([^)]+)\) format\('woff2'\)/)?.[1] ?? '';
			expect(src).toMatch(new RegExp(`^${config.base}fonts/noto-sans-sc-subset-[0-9a-f]{16}\\.woff2$`));
			const cmap = await fontCodePoints(readFileSync(join(DIST, src.slice(config.base.length))));
			const range = rangePoints(css!.match(/unicode-range:([^;}]+)/)?.[1] ?? '');
			for (const c of cjkCharacters([html])) {
				expect(cmap.has(c.codePointAt(0)!), `${c} in the font`).toBe(true);
				expect(range.has(c.codePointAt(0)!), `${c} in its unicode-range`).toBe(true);
			}
			expect(css).toContain(`:lang(zh){font-family:'${CJK_FAMILY}'`);
		},
	);
});

describe('Chinese names on the pages of people and units', () => {
	const zh = (path: string) => [...page(path).querySelectorAll('main [lang="zh"]')].map((el) => el.textContent);

	it('give a person’s name, and the sourced names of the units in their titles', () => {
		expect(zh('/people/xiang-zheng/')).toEqual(expect.arrayContaining(['向征', '销售部', '国际业务部']));
	});

	it('give a unit’s name, and its parent’s, only where a source gives a unit’s Chinese name', () => {
		// Youpin is part of Xiaomi China after the changes, and both Chinese names are sourced; Xiaomi’s Chinese name
		// is in the data without a source, so the car company's link to it as parent stands alone.
		expect(zh('/units/youpin/')).toEqual(['有品电商部', '中国区']);
		expect(zh('/units/xiaomi-ev/')).toEqual([]);
	});
});
