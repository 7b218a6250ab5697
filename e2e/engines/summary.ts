/**
 * The engine summary printed after every run: per engine and width, how many diagrams need sideways scrolling, the
 * smallest label, how many of the article's notes start within reach of their words and where its first paragraph
 * starts. These are the figures issues 17 and 18 are closed on, so the run prints them whether or not it passes.
 */
import { ARTICLE_PATH, NOTE_REACH_PX, NOTE_WIDTHS, PHONE, type Case } from './checks.ts';
import type { EngineName } from './driver.ts';

/** One row of the summary. */
export interface SummaryRow {
	engine: EngineName;
	width: number;
	/** Diagrams of the article that scroll sideways, and its diagrams (worst of the modes). */
	articleScrolling: [number, number];
	/** Diagrams on all pages that scroll sideways, and all diagrams. */
	siteScrolling: [number, number];
	smallestLabel: number | null;
	falseCues: number;
	/** Notes within reach of their words, and notes shown, at note widths. */
	notesNear?: [number, number];
	firstParagraphY?: number;
}

const scrolls = (o: { scrollWidth: number; clientWidth: number }) => o.scrollWidth > o.clientWidth + 1;

/** Summarises the cases with scripts on (the reader's usual page), worst of light and dark. */
export function summarise(cases: readonly Case[]): SummaryRow[] {
	const rows: SummaryRow[] = [];
	const keys = [...new Set(cases.filter((c) => c.scripts).map((c) => `${c.engine} ${c.width}`))];
	for (const key of keys) {
		const [engine, w] = key.split(' ');
		const width = Number(w);
		const mine = cases.filter((c) => c.scripts && c.engine === engine && c.width === width);
		const count = (list: readonly Case[]): [number, number] => {
			const worst = (scheme: string) => list.filter((c) => c.scheme === scheme).flatMap((c) => c.facts.figures);
			const [light, dark] = [worst('light'), worst('dark')];
			const scrolling = Math.max(
				light.filter((f) => scrolls(f.overflow)).length,
				dark.filter((f) => scrolls(f.overflow)).length,
			);
			return [scrolling, Math.max(light.length, dark.length)];
		};
		const article = mine.filter((c) => c.page === ARTICLE_PATH);
		const labels = mine
			.flatMap((c) => c.facts.figures.map((f) => f.smallestLabel))
			.filter((x): x is number => x !== null);
		const row: SummaryRow = {
			engine: engine as EngineName,
			width,
			articleScrolling: count(article),
			siteScrolling: count(mine),
			smallestLabel: labels.length ? Math.min(...labels) : null,
			falseCues: Math.max(
				...(['light', 'dark'] as const).map((scheme) =>
					mine
						.filter((c) => c.scheme === scheme)
						.reduce((n, c) => n + c.facts.figures.filter((f) => f.cue && !scrolls(f.overflow)).length, 0),
				),
			),
		};
		if (NOTE_WIDTHS.includes(width) && article.length) {
			const near = Math.min(
				...article.map(
					(c) => c.facts.notes.filter((n) => n.offset !== null && Math.abs(n.offset) <= NOTE_REACH_PX).length,
				),
			);
			row.notesNear = [near, Math.max(...article.map((c) => c.facts.notes.length))];
		}
		if (width === PHONE.width && article.length)
			row.firstParagraphY = Math.max(...article.map((c) => c.facts.firstParagraphY ?? Infinity));
		rows.push(row);
	}
	return rows.sort((a, b) => a.engine.localeCompare(b.engine) || a.width - b.width);
}

/** The summary as a plain-text table. */
export function formatSummary(rows: readonly SummaryRow[], versions: Partial<Record<EngineName, string>>): string {
	const head = [
		'engine',
		'width',
		'article diagrams scrolling',
		'all diagrams scrolling',
		'smallest label',
		'false cues',
		`notes within ${NOTE_REACH_PX} px`,
		'first paragraph y',
	];
	const body = rows.map((r) => [
		versions[r.engine] ?? r.engine,
		`${r.width}`,
		`${r.articleScrolling[0]} of ${r.articleScrolling[1]}`,
		`${r.siteScrolling[0]} of ${r.siteScrolling[1]}`,
		r.smallestLabel === null ? '-' : `${r.smallestLabel.toFixed(1)} px`,
		`${r.falseCues}`,
		r.notesNear ? `${r.notesNear[0]} of ${r.notesNear[1]}` : '',
		r.firstParagraphY === undefined ? '' : `${r.firstParagraphY} px (limit ${1.5 * PHONE.height})`,
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
