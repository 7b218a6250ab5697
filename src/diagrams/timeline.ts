/**
 * The timeline of a report's dated events and changes, as a Mermaid gantt chart. Question it answers: "What
 * happened when, and how exactly do we know the date?" Each date is drawn with its precision: a day as a point
 * (a diamond), a month or a year as a bar over the whole month or year, and an either-or date as one diamond per
 * reading on one row each, labelled "reading 1 of 2". Epilogue events, years after the report, would stretch the
 * axis until the report's own months were a sliver; they are listed in the text equivalent instead, and the
 * description says so. A gantt chart cannot run down the page, so the narrow layout is a flowchart of the same
 * entries in one column, oldest first, each beside its diamond or bar.
 */
import { compareDates, dateInWords, formatDate, formatReading, precisionOf, spanOf } from '../model/dates.ts';
import type { FuzzyDate, ReportBundle } from '../model/schema.ts';
import { accText, timelineText } from './escape.ts';
import type { LookName } from './looks.ts';
import { Flowchart } from './flowchart.ts';
import { withNarrow } from './layouts.ts';
import { legend } from './legend.ts';
import { axisOf, fits, GANTT, roomOf, textWidth } from './timelineFit.ts';
import type { Diagram } from './types.ts';

/** One dated entry: an event or a change, with the author's short title if any and where it is written. */
interface Item {
	date: FuzzyDate;
	text: string;
	short?: string;
	epilogue: boolean;
	change: boolean;
	/** The data file and index it comes from, for the check that asks for a short title. */
	file: 'events.yaml' | 'changes.yaml';
	index: number;
	id: string;
}

const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A reading in few characters, so the event's own words fit: "12 Nov 2021", "Dec 2020", "2021". */
function shortReading(value: string): string {
	return formatReading(value).replace(/([A-Z][a-z]{2})[a-z]+/, '$1');
}

/** One drawn mark of an item: its date words, and a day (from, to equal) or a span. */
interface Mark {
	date: string;
	from: number;
	to: number;
}

/** The marks of one item: one for a day, a month or a year, one per reading of an either-or date. */
function marks(item: Item): Mark[] {
	if ('oneOf' in item.date) {
		const count = item.date.oneOf.length;
		return item.date.oneOf.map((value, i) => ({
			date: `${shortReading(value)} (reading ${i + 1} of ${count})`,
			from: spanOf(value).first,
			to: spanOf(value).first,
		}));
	}
	const { first, last } = spanOf(item.date.value);
	const precision = precisionOf(item.date.value);
	const date = `${item.date.approximate ? 'about ' : ''}${shortReading(item.date.value)}${precision === 'day' ? '' : ` (${precision} only)`}`;
	return [{ date, from: first, to: last }];
}

const entryText = (item: Item, mark: Mark, text = item.text) =>
	`${mark.date} – ${item.change ? 'Change – ' : ''}${text}`;

/**
 * The words of one mark on the wide layout: the entry with its title where that fits whole beside or inside the
 * mark, else with the author's short title; never cut (the report's checks ask for a short title that fits).
 */
function wideText(item: Item, mark: Mark, x: (ms: number) => number): string {
	const full = timelineText(entryText(item, mark));
	if (fits(full, mark, x) || !item.short) return full;
	return timelineText(entryText(item, mark, item.short));
}

/** The gantt rows of one item: a milestone for a day, a bar for a month or a year, one milestone per reading. */
function rows(item: Item, n: number, x: (ms: number) => number): string[] {
	const all = marks(item);
	return all.map((mark, i) => {
		const id = all.length > 1 || 'oneOf' in item.date ? `t${n}r${i}` : `t${n}`;
		const name = `  ${wideText(item, mark, x)}`;
		return mark.from === mark.to
			? `${name} :milestone, ${id}, ${iso(mark.from)}, 0d`
			: `${name} :${id}, ${iso(mark.from)}, ${iso(mark.to + DAY_MS)}`;
	});
}

/**
 * The narrow layout: one box per mark, oldest first, in one column (hidden links keep the order), each box in its
 * date's look: dark for a day, light with an outline for a month or a year. No line is drawn.
 */
function column(drawn: Item[], title: string, description: string): Flowchart {
	const chart = new Flowchart('TB', title, description, {
		wrap: 40,
		wrappingWidth: 290,
		nodeSpacing: 10,
		rankSpacing: 8,
		maxLabel: 400,
	});
	let n = 0;
	for (const item of drawn) {
		for (const mark of marks(item)) {
			chart.node(`t${n}`, entryText(item, mark).replace(/:/g, ' –'), 'box', [
				mark.from === mark.to ? 'day' : 'span',
			]);
			if (n > 0) chart.edge(`t${n - 1}`, `t${n}`, 'hidden');
			n++;
		}
	}
	return chart;
}

/**
 * The axis's ticks, chosen from the span drawn so their labels never run into each other on the axis (914 px): every
 * two months as "Dec 2021" over two years or less, every six months over four years or less, and beyond that every
 * January (mermaid counts a tick interval in months at most, and its months fall on the calendar's): as "2012" up to
 * twelve years, as "’12" beyond, since 21 labels of four digits stood 1 px apart over 1997–2018 and read as one.
 */
function axisTicks(first: number, last: number): { tickInterval: string; axisFormat: string } {
	const years = (last - first) / (365.25 * DAY_MS);
	if (years <= 2) return { tickInterval: '2month', axisFormat: '%b %Y' };
	if (years <= 4) return { tickInterval: '6month', axisFormat: '%b %Y' };
	if (years <= 12) return { tickInterval: '12month', axisFormat: '%Y' };
	return { tickInterval: '12month', axisFormat: '’%y' };
}

/** The report's dated entries, oldest first. */
function itemsOf(bundle: ReportBundle): Item[] {
	return [
		...bundle.events.map((e, index): Item => ({
			date: e.date,
			text: e.title,
			short: e.shortTitle,
			epilogue: e.epilogue,
			change: false,
			file: 'events.yaml',
			index,
			id: e.id,
		})),
		...bundle.changes.map((c, index): Item => ({
			date: c.date,
			text: c.title,
			short: c.shortTitle,
			epilogue: false,
			change: true,
			file: 'changes.yaml',
			index,
			id: c.id,
		})),
	].sort((a, b) => compareDates(a.date, b.date) || a.text.localeCompare(b.text));
}

/** An entry of the wide timeline that neither its title nor its short title lets fit whole beside its mark. */
export interface TimelineMisfit {
	file: 'events.yaml' | 'changes.yaml';
	index: number;
	id: string;
	/** The entry with the title (or short title) as the author wrote it. */
	entry: string;
	/** About how many characters of a short title would fit, at the drawn title's mean width per character. */
	room: number;
	/** Whether the author wrote a short title (which is then too long too). */
	hasShort: boolean;
}

/** The entries whose words would not fit the wide timeline whole: each needs a (shorter) short title. */
export function timelineMisfits(bundle: ReportBundle): TimelineMisfit[] {
	const drawn = itemsOf(bundle).filter((i) => !i.epilogue);
	if (drawn.length === 0) return [];
	const x = axisOf(drawn.flatMap(marks));
	return drawn.flatMap((item) => {
		const misfits = marks(item).filter((mark) => !fits(wideText(item, mark, x), mark, x));
		if (misfits.length === 0) return [];
		const mark = misfits[0];
		// The room in characters of the title drawn, at that title's own mean width per character.
		const title = item.short ?? item.text;
		const prefix = textWidth(timelineText(entryText(item, mark, '')));
		const perChar = (textWidth(wideText(item, mark, x)) - prefix) / [...title].length;
		const room = Math.max(0, Math.floor((Math.min(...misfits.map((m) => roomOf(m, x))) - prefix) / perChar));
		return [
			{
				file: item.file,
				index: item.index,
				id: item.id,
				entry: entryText(item, mark, title),
				room,
				hasShort: Boolean(item.short),
			},
		];
	});
}

/** The timeline diagram of a report. */
export function timeline(bundle: ReportBundle): Diagram {
	const items = itemsOf(bundle);
	const drawn = items.filter((i) => !i.epilogue);
	const later = items.length - drawn.length;
	const span =
		drawn.length > 0 ? `from ${formatDate(drawn[0].date)} to ${formatDate(drawn[drawn.length - 1].date)}` : '';
	const description =
		`${drawn.length} dated events and changes ${span}: a diamond is a date known to the day, a bar a date known only to the month or year, two diamonds an either-or date.` +
		(later > 0
			? ` ${later} later epilogue event${later === 1 ? ' is' : 's are'} listed in the text below, not drawn.`
			: '');
	const title = accText(
		`What happened when: ${drawn.length} dated events and changes, each as precise as its source`,
	);
	// Room on the right for the last tick's label, which is centred on the axis's end.
	const allMarks = drawn.flatMap(marks);
	const ticks = axisTicks(Math.min(...allMarks.map((m) => m.from)), Math.max(...allMarks.map((m) => m.to)));
	const out = [
		'---',
		'config:',
		'  gantt:',
		`    useWidth: ${GANTT.width}`,
		`    rightPadding: ${GANTT.rightPadding}`,
		'---',
		'gantt',
		`  accTitle: ${title}`,
		`  accDescr: ${accText(description)}`,
		'  dateFormat YYYY-MM-DD',
		`  axisFormat ${ticks.axisFormat}`,
		`  tickInterval ${ticks.tickInterval}`,
		'  todayMarker off',
	];
	// One chronological list, no sections: section titles sit in a left column that labels placed left of a late
	// diamond would run into.
	const x = axisOf(allMarks);
	let n = 0;
	for (const item of drawn) out.push(...rows(item, n++, x));
	const looks = new Set<LookName>(
		drawn.map((i) => ('oneOf' in i.date || precisionOf(i.date.value) === 'day' ? 'day' : 'span')),
	);
	const diagram: Diagram = {
		id: 'dated-events',
		reportId: bundle.report.id,
		kind: 'timeline',
		title,
		description: accText(description),
		source: `${out.join('\n')}\n`,
		edgeStyles: {},
		facts: items.map((i) => `${dateInWords(i.date)}: ${i.epilogue ? 'epilogue, ' : ''}${i.text}.`),
		legend: legend({
			day: 'a date known to the day (a diamond; down the page, a dark box); an either-or date has one per reading',
			span: 'a date known only to the month or the year (a bar over all of it; down the page, an outlined box)',
		}).filter((entry) => looks.has(entry.style)),
	};
	return drawn.length > 0 ? withNarrow(diagram, column(drawn, title, accText(description))) : diagram;
}
