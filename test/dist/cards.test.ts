import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, files, page } from './site.ts';
import type { ReportDataJson } from '../../src/publish/openData.ts';

const data = JSON.parse(readFileSync(join(DIST, 'data', 'xiaomi-2021-12.json'), 'utf8')) as ReportDataJson;
const changes: { id: string; title: string }[] = data.changes;
const meta = (doc: Document, property: string) =>
	doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
/** Width, height and bytes of a built PNG. */
function png(path: string) {
	const bytes = readFileSync(join(DIST, path));
	expect(bytes.subarray(1, 4).toString(), path).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: statSync(join(DIST, path)).size };
}

describe('share cards', () => {
	it('exist for the article and every change, at 1200×630 and at most 150 KB', () => {
		const expected = [
			'og/xiaomi-2021-12.png',
			...data.changes.map((c: { id: string }) => `og/xiaomi-2021-12/${c.id}.png`),
		];
		const built = files().filter((f) => f.startsWith('og/'));
		for (const path of expected) {
			expect(built).toContain(path);
			expect(png(path)).toMatchObject({ width: 1200, height: 630 });
			expect(png(path).size, path).toBeLessThanOrEqual(150 * 1024);
		}
	});

	it('the article page shares its own card, with an alternative text that describes it', () => {
		const doc = page('/reports/xiaomi-2021-12/');
		expect(new URL(meta(doc, 'og:image')).pathname).toBe('/og/xiaomi-2021-12.png');
		const alt = meta(doc, 'og:image:alt');
		expect(alt).toContain(`“${data.report.title}”`);
		expect(alt).toContain(
			`${data.changes.length} changes, pictured as moves: Business Middle Platform to Information Technology`,
		);
	});

	it.each(changes.map((c) => [c.id, c.title] as [string, string]))(
		'the %s page shares its card, its alternative text reading the picture',
		(id: string, title: string) => {
			const doc = page(`/reports/xiaomi-2021-12/changes/${id}/`);
			expect(new URL(meta(doc, 'og:image')).pathname).toBe(`/og/xiaomi-2021-12/${id}.png`);
			const alt = meta(doc, 'og:image:alt');
			expect(alt.startsWith(`Share card: “${title}”. `)).toBe(true);
			expect(alt).toMatch(/(before, |no earlier line recorded).*; (after, |no new line recorded)/);
		},
	);
});
