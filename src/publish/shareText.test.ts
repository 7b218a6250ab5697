import { describe, expect, it } from 'vitest';
import { SHARE_LIMITS, withinLimit } from './shareText.ts';

describe('share titles and descriptions', () => {
	it('keep text that fits, and shorten the rest at a word boundary within the limit', () => {
		expect(withinLimit('Lu Weibing', SHARE_LIMITS.title)).toBe('Lu Weibing');
		const headline = 'Xiaomi Founder Lei Jun’s Burden Reduces, International Business Department Reshuffles';
		const short = withinLimit(headline, SHARE_LIMITS.title);
		expect([...short].length).toBeLessThanOrEqual(70);
		expect(short).toBe('Xiaomi Founder Lei Jun’s Burden Reduces, International Business…');
		expect(headline.startsWith(short.slice(0, -1))).toBe(true);
	});

	it('cut a single unbroken word only when no word boundary is near', () => {
		expect(withinLimit('x'.repeat(80), 10)).toBe('xxxxxxxxx…');
	});
});
