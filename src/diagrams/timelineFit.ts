/**
 * Where a timeline entry's words go on the wide (gantt) layout, and whether they fit there whole. Mermaid draws a
 * task's text inside its bar when the bar is wide enough, else right of it, else left of it, and never wraps it;
 * words that run past the drawing's edge are cut by the frame, so the timeline used to cut long entries with "…".
 * This module repeats mermaid's placement rule (ganttRenderer: `textWidth > endX - startX`, then
 * `endX + textWidth + 1.5 × leftPadding > width`) on an estimate of the text's width that is never narrower than
 * Inter draws it at 14 px (mermaid measures the text in the page's font before placing it, as the reader's browser
 * draws it), so an entry said to fit does fit: the timeline then draws the author's title, or their
 * short title where the title does not fit, and the report's checks ask for a short title where neither fits.
 */
import { LABEL_PX } from './looks.ts';

/** The gantt's width in SVG units (mermaidConfig.ts `gantt.useWidth`) and its paddings (timeline.ts, mermaidConfig.ts). */
export const GANTT = { width: 1000, leftPadding: 30, rightPadding: 56, barHeight: 22 } as const;

const DAY_MS = 86_400_000;

/** One drawn mark: a day (from equals to) or a span of whole days, `to` its last day. */
export interface MarkSpan {
	from: number;
	to: number;
}

/** Per-character widths at 14 px in Inter, rounded up (measured in Chromium on the Xiaomi timeline: 7.37 px average). */
function charWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x2e80 && code <= 0xffef) return LABEL_PX; // CJK and full-width forms: one em
	if (/[iljtfr.,:;'’‘!|() -]/.test(char)) return 0.36 * LABEL_PX;
	if (/[A-Z0-9mwMW“”–—…%&@#]/.test(char)) return 0.7 * LABEL_PX;
	return 0.56 * LABEL_PX;
}

/** An upper bound of the text's width at 14 px, in SVG units. */
export function textWidth(text: string): number {
	return [...text].reduce((sum, char) => sum + charWidth(char), 0);
}

/** The drawn axis: each mark's x on a gantt whose tasks run from the first mark to the last mark's end. */
export function axisOf(marks: MarkSpan[]): (ms: number) => number {
	const first = Math.min(...marks.map((m) => m.from));
	const last = Math.max(...marks.map((m) => (m.from === m.to ? m.from : m.to + DAY_MS)));
	const range = GANTT.width - GANTT.leftPadding - GANTT.rightPadding;
	return (ms: number) => (last === first ? 0 : Math.round(((ms - first) / (last - first)) * range));
}

/** The widest text, in SVG units, that a mark can show whole: inside its bar, right of it, or left of it. */
export function roomOf(mark: MarkSpan, x: (ms: number) => number): number {
	const day = mark.from === mark.to;
	const startX = day ? x(mark.from) - GANTT.barHeight / 2 : x(mark.from);
	const endX = day ? x(mark.from) + GANTT.barHeight / 2 : x(mark.to + DAY_MS);
	const inside = day ? 0 : endX - startX;
	// Right of the mark mermaid keeps 1.5 × leftPadding to the edge; left of it, the text ends at startX + pad − 5.
	const right = GANTT.width - endX - 1.5 * GANTT.leftPadding;
	const left = startX + GANTT.leftPadding - 5 - 4;
	return Math.max(inside, right, left);
}

/**
 * Whether `text` is drawn whole inside or beside `mark`. Mermaid measures the text in the page's own font before
 * it places it, so where the estimate fits one side, the text fits the side mermaid picks.
 */
export function fits(text: string, mark: MarkSpan, x: (ms: number) => number): boolean {
	return textWidth(text) <= roomOf(mark, x);
}
