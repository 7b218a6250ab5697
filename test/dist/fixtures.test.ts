import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The fixture reports, built by `npm run build:fixtures`: a fictional company whose data is hostile on purpose. */
const OUT = join(process.cwd(), 'dist-fixtures');
const read = (path: string) => {
	const file = join(OUT, path);
	if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:fixtures\` first`);
	return readFileSync(file, 'utf8');
};

describe('the hostile fixture report builds, and renders its data as text', () => {
	const html = read('reports/northwind-2030-01/index.html');
	const { document } = parseHTML(html);

	it('shows markup from the data as text, never as elements', () => {
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<b>bold</b>');
		expect(document.querySelectorAll('script').length).toBe(2);
		expect(document.body.textContent).toContain('Ada <script>alert(1)</script> Quill');
	});

	it('draws every diagram, with the hostile labels escaped inside the SVG text', () => {
		const svgs = [...document.querySelectorAll('figure.diagram svg')];
		expect(svgs.length).toBeGreaterThanOrEqual(5);
		const text = svgs.map((s) => s.textContent).join(' ');
		expect(text).toContain('<script>alert(1)</script>');
		expect(text).toMatch(/“Labs”\s*unit\]-->/);
		expect(text).toContain('東京');
		for (const svg of svgs) {
			expect(svg.querySelectorAll('script, foreignObject, a').length).toBe(0);
			for (const el of svg.querySelectorAll('*'))
				for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false);
		}
	});

	it('anchors notes to their words whatever the script, with an id of their own', () => {
		const anchors = [...document.querySelectorAll('.report-text a.note-anchor')];
		expect(anchors.map((a) => a.textContent)).toEqual(['R&D', '東京', 'Bo Zhang']);
		for (const anchor of anchors) {
			const note = document.querySelector(anchor.getAttribute('href')!);
			expect(note?.querySelector('a.note-title')?.getAttribute('href')).toBe(`#${anchor.id}`);
		}
		const cjk = document.querySelector(anchors[1].getAttribute('href')!)!;
		expect(cjk.id).toMatch(/^note-[0-9a-f]{8}$/);
		expect(cjk.getAttribute('aria-label')).toBe('Term: 東京');
		expect(anchors[1].querySelector('[lang]')?.textContent ?? anchors[1].closest('[lang]')?.textContent).toBe(
			'東京',
		);
	});

	it('keeps a renamed change’s old URL as a redirect', () => {
		const redirect = read('reports/northwind-2030-01/changes/labs-merge/index.html');
		expect(redirect).toContain('content="0; url=/reports/northwind-2030-01/changes/labs-into-devices/"');
	});

	it('is never published with the site', () => {
		expect(existsSync(join(process.cwd(), 'dist', 'reports', 'northwind-2030-01'))).toBe(false);
	});
});

describe('a person and a unit shared by two fixture reports', () => {
	const people = parseHTML(read('people/ada-quill/index.html')).document;
	const units = parseHTML(read('units/devices/index.html')).document;
	const links = (doc: Document) => [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));

	it('shows the person’s changes and reports from both', () => {
		expect(links(people)).toContain('/reports/northwind-2030-01/changes/labs-into-devices/');
		expect(links(people)).toContain('/reports/northwind-2031-04/changes/robotics-created/');
		expect(links(people)).toContain('/reports/northwind-2030-01/');
		expect(links(people)).toContain('/reports/northwind-2031-04/');
	});

	it('keeps the unit’s name from the report that first defined it, with changes from both', () => {
		expect(units.querySelector('h1')?.textContent).toBe('Devices Division');
		expect(links(units)).toContain('/reports/northwind-2031-04/changes/robotics-created/');
		expect(links(units)).toContain('/reports/northwind-2030-01/changes/labs-into-devices/');
	});
});

describe('the home page', () => {
	it('lists the reports newest first by publication date', () => {
		const home = parseHTML(read('index.html')).document;
		const order = [...home.querySelectorAll('main li h3 a, li h3 a')].map((a) => a.getAttribute('href'));
		expect([...new Set(order)]).toEqual([
			'/reports/heron-2033-02/',
			'/reports/ferrow-2032-05/',
			'/reports/kestrel-2032-05/',
			'/reports/acme-2031-06/',
			'/reports/northwind-2031-04/',
			'/reports/synthetic-150/',
			'/reports/northwind-2030-01/',
			'/reports/osprey-2018-06/',
		]);
	});
});
