/**
 * Measurements of the article's layout in the browser, for the end-to-end tests: how much of the text column is
 * blank, where each note sits against its words, and the order of keyboard stops.
 */
import type { Page } from '@playwright/test';

/** The text column's height, how much of it text, headings and figures cover, and its blank rows. */
export interface ColumnMeasure {
	/** Height of the text column, from its first block to its last block or note, whichever ends lower, in CSS px. */
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
		// The column runs from the text's first block to its last block or its last note, whichever ends lower;
		// notes that hang on past the text sit beside the start of the appendix, whose blocks count as content.
		const text = document.querySelector('.report-text')!.getBoundingClientRect();
		const notesEnd = Math.max(
			...[...document.querySelectorAll('.report-text aside.note')].map((n) => n.getBoundingClientRect().bottom),
		);
		const column = {
			top: text.top,
			bottom: Math.max(text.bottom, notesEnd),
			height: Math.max(text.bottom, notesEnd) - text.top,
		};
		const blocks = [...document.querySelectorAll('.report-text :is(h2, .para, figure), #diagrams > *')]
			.map((el) => el.getBoundingClientRect())
			.filter((box) => box.top < column.bottom)
			.map((box) => ({ top: box.top, bottom: Math.min(box.bottom, column.bottom) }))
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
		const paragraphs = [...document.querySelectorAll('.report-text .para')].reduce(
			(sum, p) => sum + p.getBoundingClientRect().height,
			0,
		);
		return {
			column: column.height,
			text: paragraphs,
			blank: 1 - covered / column.height,
			blankRows: rows / column.height,
		};
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
			return {
				id: note.id,
				note: box(note),
				words: words ? box(words) : undefined,
				paraRight: note.closest('.para')!.getBoundingClientRect().right,
			};
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

/** How a margin note sits against its words and the drawings beside it. */
export interface NoteLevel {
	id: string;
	/** The note's top minus its words' top, in CSS px (negative: it starts above them). */
	drift: number;
	/** Whether the note shows its heading only (folded so that the notes below it keep level). */
	folded: boolean;
	/** Ids of figures of another paragraph that the note sits beside (overlaps vertically). */
	besideOther: string[];
	/** Whether the note overlaps the note before it. */
	overlapsPrevious: boolean;
}

/** Where each margin note of the article starts against its words, and what it sits beside. */
export function noteLevels(page: Page): Promise<NoteLevel[]> {
	return page.evaluate(() => {
		const paraOf = (el: Element) => {
			let prev = el.previousElementSibling;
			while (prev && !prev.matches('.para')) prev = prev.previousElementSibling;
			return prev;
		};
		const figures = [...document.querySelectorAll('.report-text figure.diagram')].map((f) => ({
			id: f.id,
			para: paraOf(f),
			box: f.getBoundingClientRect(),
		}));
		let previous: DOMRect | undefined;
		return [...document.querySelectorAll<HTMLElement>('.report-text aside.note')].map((note) => {
			const box = note.getBoundingClientRect();
			const words = document.getElementById(`${note.id}-at`)?.getBoundingClientRect();
			const para = note.closest('.para');
			const level = {
				id: note.id,
				drift: words ? Math.round(box.top - words.top) : 0,
				folded: getComputedStyle(note.querySelector('.note-fold > summary')!).display !== 'none',
				besideOther: figures
					.filter((f) => f.para !== para && f.box.top < box.bottom && f.box.bottom > box.top)
					.map((f) => f.id),
				overlapsPrevious: previous !== undefined && box.top < previous.bottom - 1,
			};
			previous = box;
			return level;
		});
	});
}
