/**
 * Measurements of the article's layout in the browser, for the end-to-end tests: how much of the text column is
 * blank, where each note sits against its words, and the order of keyboard stops.
 */
import type { Page } from '@playwright/test';

/** The text column's height, how much of it text, headings and figures cover, and its blank rows. */
export interface ColumnMeasure {
	/** Height of the text column, from its first block to the end of the last note beside it, in CSS px. */
	column: number;
	/** Sum of the paragraphs' own heights. */
	text: number;
	/** Share of the column that no block covers (spacing between blocks included). */
	blank: number;
	/** Share of the column taken by stretches taller than two lines with nothing in them (blank rows). */
	blankRows: number;
}

/** Measures the text column of the article open in `page`. */
export function measureColumn(page: Page): Promise<ColumnMeasure> {
	return page.evaluate(() => {
		const column = document.querySelector('.report-text')!.getBoundingClientRect();
		const blocks = [...document.querySelectorAll('.report-text :is(h2, .para, figure)')]
			.map((el) => el.getBoundingClientRect())
			.sort((a, b) => a.top - b.top);
		const line = parseFloat(getComputedStyle(document.querySelector('.para')!).lineHeight);
		let covered = 0;
		let rows = 0;
		let end = column.top;
		for (const box of [...blocks, { top: column.bottom, bottom: column.bottom }]) {
			if (box.top - end > 2 * line) rows += box.top - end;
			covered += Math.max(0, box.bottom - Math.max(box.top, end));
			end = Math.max(end, box.bottom);
		}
		const text = [...document.querySelectorAll('.report-text .para')].reduce((sum, p) => sum + p.getBoundingClientRect().height, 0);
		return { column: column.height, text, blank: 1 - covered / column.height, blankRows: rows / column.height };
	});
}

/** A note's box and the box of the line holding its words. */
export interface NotePlace {
	id: string;
	note: { top: number; bottom: number; left: number; right: number };
	words?: { top: number; bottom: number; left: number; right: number };
	paraRight: number;
}

/** Where every note of the article sits, with its words. */
export function notePlaces(page: Page): Promise<NotePlace[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.report-text aside.note')].map((note) => {
			const box = (el: Element) => {
				const r = el.getBoundingClientRect();
				return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
			};
			const words = document.getElementById(`${note.id}-at`);
			return { id: note.id, note: box(note), words: words ? box(words) : undefined, paraRight: note.closest('.para')!.getBoundingClientRect().right };
		}),
	);
}

/** One keyboard stop: what has focus, its top on the page, and the paragraph or section it belongs to. */
export interface TabStop {
	label: string;
	top: number;
	blockTop: number;
}

/** Presses Tab from the top of the article until focus leaves the text, and records each stop in it. */
export async function tabStopsInText(page: Page, max = 120): Promise<TabStop[]> {
	await page.locator('.report-text').evaluate((el) => {
		const start = document.createElement('span');
		start.tabIndex = -1;
		el.prepend(start);
		start.focus();
	});
	const stops: TabStop[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || !el.closest('.report-text')) return null;
			const block = el.closest('.para, figure, h2') ?? el;
			return {
				label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${(el.textContent ?? '').trim().slice(0, 30)}`,
				top: el.getBoundingClientRect().top + scrollY,
				blockTop: block.getBoundingClientRect().top + scrollY,
			};
		});
		if (!stop) break;
		stops.push(stop);
	}
	return stops;
}
