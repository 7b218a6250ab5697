import { describe, expect, it } from 'vitest';
import { BrowserRenderer } from './browserRenderer.ts';
import { cjkCharacters, cjkFontFace, cjkFontFor } from './cjkFont.ts';

describe('the render page', () => {
	it('measures Chinese labels in the CJK subset it is given, on pages open before and after', async () => {
		const source = 'flowchart TB\n  a["Lei Jun<br/>雷军"] --> b["Wang Xiang<br/>王翔"]\n';
		const css = cjkFontFace(await cjkFontFor(cjkCharacters([source])), 'inline');
		const renderer = new BrowserRenderer();
		try {
			const loaded = async (index: number) =>
				(await renderer.page(index)).evaluate(() =>
					[...document.fonts].some(
						(f) => f.family.replace(/"/g, '') === 'Noto Sans SC Subset' && f.status === 'loaded',
					),
				);
			expect(await loaded(0)).toBe(false);
			await renderer.useFontFaces(css);
			await renderer.useFontFaces(css);
			expect(await loaded(0)).toBe(true);
			expect(await loaded(1)).toBe(true);
			expect(await renderer.render('rl', source)).toContain('雷军');
		} finally {
			await renderer.close();
		}
	});
});
