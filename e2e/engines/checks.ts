/**
 * The engine checks: what issue 17 (diagrams) and issue 18 (the article) ask of every page in every engine, judged
 * on what measure.ts measured. Pure: a case in, one result per check out, so the rules are unit-tested on made-up
 * measurements (checks.test.ts) and every browser is held to exactly the same ones. Which results are expected to
 * fail today is not decided here but in known-gaps.ts.
 */
import type { EngineName, Scheme } from './driver.ts';
import type { PageFacts } from './measure.ts';

/** The article's URL path (the only page with margin notes and a report's first paragraph). */
export const ARTICLE_PATH = '/reports/xiaomi-2021-12/';
/** Smallest label a reader must get, CSS px (issue 17). */
const MIN_LABEL_PX = 12;
/** Lines against their panel (WCAG 1.4.11). */
const MIN_LINE_CONTRAST = 3;
/** The phone screen the article's first paragraph must start within 1.5 of (issue 18). */
export const PHONE = { width: 390, height: 844 };
/** How close a note must start to its word, CSS px, and how many of the article's notes must (issue 18). */
export const NOTE_REACH_PX = 60;
const NOTES_NEAR_MIN = 15;
/** The widths at which notes sit in the margin and are held to their words. */
export const NOTE_WIDTHS = [1088, 1440];

/**
 * Every check, by name, in words for whoever reads a failure's name; the names are the type `CheckName`.
 * @public
 */
export const CHECKS = {
	'page-scroll': 'the page does not scroll sideways',
	'diagram-scroll': 'no diagram needs sideways scrolling',
	'label-size': `every diagram label is at least ${MIN_LABEL_PX} px`,
	legend: 'each legend swatch is drawn as what it names, and everything styled is in the legend',
	'line-contrast': `every diagram line reaches ${MIN_LINE_CONTRAST}:1 against its panel`,
	'false-cue': '"Wider than the screen" shows only on a diagram that scrolls',
	'first-paragraph': `the report's first paragraph starts within 1.5 screens on a ${PHONE.width} px phone`,
	'notes-near': `at least ${NOTES_NEAR_MIN} notes start within ${NOTE_REACH_PX} px of their words`,
	'notes-beside-diagram': "no note sits beside a different paragraph's diagram",
} as const;

/** A check's name. */
export type CheckName = keyof typeof CHECKS;

/** One page measured at one viewport in one engine and mode. */
export interface Case {
	engine: EngineName;
	page: string;
	width: number;
	scheme: Scheme;
	scripts: boolean;
	facts: PageFacts;
}

/** One check's verdict on one case. */
export interface Result {
	check: CheckName;
	engine: EngineName;
	page: string;
	width: number;
	scheme: Scheme;
	scripts: boolean;
	ok: boolean;
	/** What failed, for the reader of the log. */
	detail: string;
}

type Verdict = { ok: boolean; detail: string } | undefined;

const pass: Verdict = { ok: true, detail: '' };
const failIf = (problems: string[]): Verdict =>
	problems.length > 0 ? { ok: false, detail: problems.join('; ') } : pass;
const scrolls = (o: { scrollWidth: number; clientWidth: number }) => o.scrollWidth > o.clientWidth + 1;
const same = (a: Record<string, string> | null, b: Record<string, string>) =>
	a !== null && Object.keys(b).every((k) => a[k] === b[k]) && Object.keys(a).length === Object.keys(b).length;

/** Each check's rule; undefined when it does not apply to the case. */
const RULES: Record<CheckName, (c: Case) => Verdict> = {
	'page-scroll': ({ facts }) =>
		failIf(scrolls(facts.page) ? [`${facts.page.scrollWidth} px wide in ${facts.page.clientWidth}`] : []),
	'diagram-scroll': ({ facts }) =>
		facts.figures.length === 0
			? undefined
			: failIf(
					facts.figures
						.filter((f) => scrolls(f.overflow))
						.map((f) => `${f.id} ${f.overflow.scrollWidth} px in ${f.overflow.clientWidth}`),
				),
	'label-size': ({ facts }) =>
		facts.figures.length === 0
			? undefined
			: failIf(
					facts.figures.flatMap((f) =>
						f.smallestLabel === null
							? [`${f.id} shows no label`]
							: f.smallestLabel < MIN_LABEL_PX
								? [`${f.id} ${f.smallestLabel.toFixed(1)} px`]
								: [],
					),
				),
	legend: ({ facts }) =>
		facts.figures.length === 0
			? undefined
			: failIf(
					facts.figures.flatMap((f) => [
						...f.unexplained.slice(0, 3).map((u) => `${f.id}: ${u} is drawn but in no legend entry`),
						...f.legend.flatMap((e) =>
							e.drawn.length === 0
								? [`${f.id}: the legend lists "${e.look}", which the diagram does not draw`]
								: e.drawn.some((d) => !same(e.swatch, d))
									? [
											`${f.id}: "${e.look}" drawn ${JSON.stringify(e.drawn.find((d) => !same(e.swatch, d)))} but its swatch ${JSON.stringify(e.swatch)}`,
										]
									: [],
						),
					]),
				),
	'line-contrast': ({ facts }) =>
		facts.figures.length === 0
			? undefined
			: failIf(
					facts.figures.flatMap((f) =>
						f.lines === 0
							? [`${f.id}: no line measured`]
							: f.faintLines.map((l) => `${f.id}: ${l.what} ${l.ratio.toFixed(2)}:1`),
					),
				),
	'false-cue': ({ facts }) =>
		facts.figures.length === 0
			? undefined
			: failIf(
					facts.figures
						.filter((f) => f.cue && !scrolls(f.overflow))
						.map((f) => `${f.id} fits but says it is wider than the screen`),
				),
	'first-paragraph': ({ page, width, facts }) =>
		page !== ARTICLE_PATH || width !== PHONE.width
			? undefined
			: facts.firstParagraphY === null
				? { ok: false, detail: 'the article has no .report-text .para' }
				: failIf(
						facts.firstParagraphY > 1.5 * PHONE.height
							? [`first paragraph at y = ${facts.firstParagraphY} px, over ${1.5 * PHONE.height}`]
							: [],
					),
	'notes-near': ({ page, width, facts }) => {
		if (page !== ARTICLE_PATH || !NOTE_WIDTHS.includes(width)) return undefined;
		const near = facts.notes.filter((n) => n.offset !== null && Math.abs(n.offset) <= NOTE_REACH_PX);
		const far = facts.notes
			.filter((n) => !near.includes(n))
			.map((n) => `${n.id} ${n.offset === null ? 'has no words' : `${n.offset} px`}`);
		if (facts.notes.length === 0) return { ok: false, detail: 'no margin note is shown' };
		return near.length >= NOTES_NEAR_MIN
			? pass
			: {
					ok: false,
					detail: `${near.length} of ${facts.notes.length} within ${NOTE_REACH_PX} px; ${far.join(', ')}`,
				};
	},
	'notes-beside-diagram': ({ page, width, facts }) =>
		page !== ARTICLE_PATH || !NOTE_WIDTHS.includes(width)
			? undefined
			: failIf(
					facts.notes
						.filter((n) => n.besideOtherDiagram.length > 0)
						.map((n) => `${n.id} beside ${n.besideOtherDiagram.join(', ')}`),
				),
};

/** Every check that applies to a case, with its verdict. */
export function judge(c: Case): Result[] {
	return (Object.keys(RULES) as CheckName[]).flatMap((check) => {
		const verdict = RULES[check](c);
		return verdict
			? [
					{
						check,
						engine: c.engine,
						page: c.page,
						width: c.width,
						scheme: c.scheme,
						scripts: c.scripts,
						...verdict,
					},
				]
			: [];
	});
}
