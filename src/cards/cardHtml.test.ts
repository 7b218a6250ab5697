import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadReport } from '../model/loadReport.ts';
import type { ReportBundle } from '../model/schema.ts';
import { FIXTURE } from '../model/testing.ts';
import { homeCard, reportCards } from './cardHtml.ts';

const site = new URL('https://example.org/');
const xiaomi = loadReport(join(process.cwd(), 'content', 'reports', 'xiaomi-2021-12')).bundle as ReportBundle;
const fixture = loadReport(FIXTURE).bundle as ReportBundle;

describe('share cards', () => {
	it('makes one card for the article and one per change, at their published paths', () => {
		const cards = reportCards(xiaomi, site);
		expect(cards.map((c) => c.path)).toEqual(['/og/xiaomi-2021-12.png', ...xiaomi.changes.map((c) => `/og/xiaomi-2021-12/${c.id}.png`)]);
		expect(homeCard([xiaomi]).path).toBe('/og/home.png');
	});

	it('says when a publication date is our inference', () => {
		expect(reportCards(xiaomi, site)[0].body).toContain('LatePost · probably 10 December 2021');
	});

	it('shows before and after with short names, at most three lines a side', () => {
		const card = reportCards(xiaomi, site).find((c) => c.path.endsWith('/international-sales-formed.png'))?.body ?? '';
		expect(card).toContain('<p>Overseas regions (by district) → part of International Business</p>');
		expect(card).toContain('<p class="more">and 2 more</p>');
		expect(card).toMatch(/<h1 class="long">International regions and channel teams merge into one sales department<\/h1>/);
	});

	it('escapes hostile data', () => {
		const body = reportCards(fixture, site).map((c) => c.body).join('');
		expect(body).not.toContain('<script>');
		expect(body).toContain('&lt;script&gt;');
	});
});
