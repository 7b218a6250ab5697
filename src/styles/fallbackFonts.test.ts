import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARIAL_METRICS, fallbackFontCss, overrides } from './fallbackFonts.ts';

describe('metric-matched fallback fonts', () => {
	it('keeps fonts-fallback.css in step with the web fonts (regenerate it from the printed CSS when a font changes)', async () => {
		const css = await fallbackFontCss();
		expect(readFileSync(new URL('./fonts-fallback.css', import.meta.url), 'utf8'), css).toBe(css);
	});

	it('scales the local font to the web font’s average width and keeps the web font’s line box', () => {
		const web = { ascent: 1984, descent: -494, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 978 };
		const o = overrides(web, ARIAL_METRICS);
		const scale = Number.parseFloat(o['size-adjust']) / 100;
		expect(scale).toBeCloseTo(978 / 913, 3);
		// The scaled fallback's ascent plus descent equals the web font's, so each line is as tall.
		const lineBox =
			((Number.parseFloat(o['ascent-override']) + Number.parseFloat(o['descent-override'])) / 100) * scale;
		expect(lineBox).toBeCloseTo((1984 + 494) / 2048, 3);
		expect(o['line-gap-override']).toBe('0.00%');
	});
});
