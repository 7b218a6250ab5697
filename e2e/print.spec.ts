/**
 * Print: every diagram whole on an A4 page (the narrower of A4 and Letter), its caption with it, nothing that
 * scrolls. Measured in print emulation at the printable width (A4 less the 15 mm margins of global.css's @page),
 * then printed to PDF, which must come out with every diagram of the page in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

/** A4's width less two 15 mm margins, in CSS px (96 per inch). */
const PRINTABLE_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

const DIAGRAM_PAGES = builtPages().filter(
	(path) =>
		!path.endsWith('/embed/') &&
		readFileSync(join(process.cwd(), 'dist', path, path.endsWith('.html') ? '' : 'index.html'), 'utf8').includes(
			'class="diagram',
		),
);

for (const path of DIAGRAM_PAGES) {
	test(`every diagram prints whole within the page width: ${path}`, async ({ page }) => {
		test.skip(test.info().project.name === 'dark', 'print is light in either theme');
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
		await page.goto(path);
		const figures = await page.locator('figure.diagram').evaluateAll((list) =>
			list.map((figure) => {
				// The layout printed: a figure with a narrow layout inlines both drawings and shows the one that fits.
				const box = [...figure.querySelectorAll<HTMLElement>('.figure-box')].find(
					(el) => el.getClientRects().length > 0,
				)!;
				const svg = box.querySelector('svg') as SVGSVGElement;
				const drawn = svg.getBoundingClientRect();
				const caption = figure.querySelector('figcaption')!.getBoundingClientRect();
				return {
					id: figure.id,
					left: Math.min(box.getBoundingClientRect().left, drawn.left),
					right: Math.max(box.getBoundingClientRect().right, drawn.right),
					scrolls: box.scrollWidth > box.clientWidth + 1,
					overflow: getComputedStyle(box).overflowX,
					width: drawn.width,
					captionBelow: caption.top >= drawn.bottom - 1,
				};
			}),
		);
		expect(figures.length).toBeGreaterThan(0);
		for (const figure of figures) {
			expect(figure.left, figure.id).toBeGreaterThanOrEqual(-0.5);
			expect(figure.right, `${figure.id} ends at ${figure.right} px of ${PRINTABLE_WIDTH}`).toBeLessThanOrEqual(
				PRINTABLE_WIDTH + 0.5,
			);
			expect(figure.scrolls, `${figure.id} would scroll`).toBe(false);
			expect(figure.overflow, `${figure.id} draws no scrollbar`).toBe('visible');
			expect(figure.width, figure.id).toBeGreaterThan(100);
			expect(figure.captionBelow, `${figure.id}'s caption follows it`).toBe(true);
		}
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
}
