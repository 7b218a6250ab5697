import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { currentTouchIcon, squareIcon, TOUCH_ICON, TOUCH_ICON_SIZE } from './icons.ts';

/** Whether librsvg's converter is on this machine (CI installs it; see .ci/run). */
const hasRsvg = (() => {
	try {
		execFileSync('rsvg-convert', ['--version']);
		return true;
	} catch {
		return false;
	}
})();

describe('the apple-touch-icon', () => {
	it('is a 180×180 PNG with no transparency (iOS would show it as black)', () => {
		const png = readFileSync(TOUCH_ICON);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([TOUCH_ICON_SIZE, TOUCH_ICON_SIZE]);
		// PNG colour type 2 (RGB) or 0 (grey): no alpha channel, so no corner can be transparent.
		expect([0, 2]).toContain(png[25]);
		expect(squareIcon('<svg><rect width="32" height="32" rx="6" fill="#9a3412"/></svg>')).toBe(
			'<svg><rect width="32" height="32" fill="#9a3412"/></svg>',
		);
	});

	it.runIf(hasRsvg)('is what the current favicon makes (after a favicon change, run `npm run icons`)', () => {
		expect(currentTouchIcon().equals(readFileSync(TOUCH_ICON))).toBe(true);
	});
});
