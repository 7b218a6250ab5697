import { describe, expect, it } from 'vitest';
import { svgSize } from './svgSize.ts';

describe('the size an SVG declares', () => {
	it('reads the root element only, and is 0 where nothing is declared', () => {
		expect(svgSize('<svg id="a" width="640" height="212"><rect width="9" height="9"/></svg>')).toEqual({
			width: 640,
			height: 212,
		});
		expect(svgSize('<svg viewBox="0 0 9 9"><rect width="9" height="9"/></svg>')).toEqual({ width: 0, height: 0 });
		expect(svgSize('')).toEqual({ width: 0, height: 0 });
		expect(svgSize(undefined)).toEqual({ width: 0, height: 0 });
	});
});
