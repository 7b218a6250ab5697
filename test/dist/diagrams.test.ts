import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, files, page } from './site.ts';

describe('diagrams in the built site', () => {
	const doc = page('/reports/xiaomi-2021-12/');
	const svgs = [...doc.querySelectorAll('figure.diagram svg[role="img"]')];

	it("inlines at least five SVG diagrams of all five kinds, each named by its figure's heading", () => {
		expect(svgs.length).toBeGreaterThanOrEqual(5);
		const kinds = new Set(
			[...doc.querySelectorAll('figure.diagram')].map((f) => f.getAttribute('data-diagram-kind')),
		);
		for (const kind of ['org-after', 'change', 'timeline', 'direct-reports', 'unit-restructure'])
			expect(kinds).toContain(kind);
		for (const svg of svgs) {
			expect(svg.getAttribute('role')).toBe('img');
			// Inline, the figure's heading names the drawing; the SVG says what it is and that its facts follow as text.
			expect(svg.getAttribute('aria-label')).toBe('Diagram; the same facts follow as text');
			const figure = svg.closest('figure');
			expect(
				doc.getElementById(figure?.getAttribute('aria-labelledby') ?? '')?.textContent?.trim().length,
			).toBeGreaterThan(0);
			expect(svg.getAttribute('viewBox')).toBeTruthy();
			expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0);
			expect(Number(svg.getAttribute('height'))).toBeGreaterThan(0);
		}
	});

	it('has a unique id for every element on the page', () => {
		const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
		const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
		expect(dupes).toEqual([]);
	});

	it('ships no Mermaid code and no <pre class="mermaid"> anywhere', () => {
		for (const file of files().filter((f) => /\.(html|js)$/.test(f))) {
			const text = readFileSync(join(DIST, file), 'utf8');
			expect(text, file).not.toMatch(/<pre class="mermaid"|mermaid\.initialize|mermaidAPI/);
		}
		const js = files().filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
		const total = js.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
		expect(total).toBeLessThan(10_000);
	});

	it('keeps each diagram under 8 KB gzip', () => {
		for (const svg of svgs) expect(gzipSync(svg.outerHTML).length, svg.id).toBeLessThanOrEqual(8 * 1024);
	});

	it('publishes the Mermaid source of each diagram beside it', () => {
		for (const link of doc.querySelectorAll('figure.diagram figcaption a[href$=".mmd"]')) {
			const text = readFileSync(join(DIST, link.getAttribute('href') ?? ''), 'utf8');
			// A source may open with its own layout settings (Mermaid front matter) before the diagram type.
			expect(text).toMatch(/^(?:---\nconfig:\n[\s\S]*?\n---\n)?(?:flowchart \w+|gantt)\n/);
		}
	});

	it('inlines a narrow drawing beside the main one where it has one, and publishes both', () => {
		const pairs = [...doc.querySelectorAll('figure.diagram .figure-layouts')].filter(
			(l) => l.querySelectorAll('svg[role="img"]').length === 2,
		);
		expect(pairs.length).toBeGreaterThanOrEqual(4);
		for (const layouts of pairs) {
			expect(layouts.className).toMatch(/figure-layouts--(?:\d+|never)\b/);
			const [wide, narrow] = [...layouts.querySelectorAll('.figure-box')];
			expect([wide.getAttribute('data-layout'), narrow.getAttribute('data-layout')]).toEqual(['wide', 'narrow']);
			expect(narrow.querySelector('svg')?.id).toMatch(/--narrow-rl$/);
			const figure = layouts.closest('figure');
			const href = figure?.querySelector('figcaption a[href$=".narrow.svg"]')?.getAttribute('href') ?? '';
			expect(readFileSync(join(DIST, href), 'utf8')).toMatch(/^<svg[^>]+role="img"/);
			expect(readFileSync(join(DIST, href.replace(/\.svg$/, '.mmd')), 'utf8')).toMatch(/\nflowchart (?:TB|LR)\n/);
		}
	});

	it('gives each diagram a text equivalent', () => {
		for (const figure of doc.querySelectorAll('figure.diagram')) {
			expect(figure.querySelectorAll('details li').length).toBeGreaterThan(0);
		}
	});
});
