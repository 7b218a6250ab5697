/**
 * Which margin notes fold to their heading so that the others stay level with their words.
 *
 * On a wide screen each note floats into the margin from the line of its words, below the note above it. Notes are
 * taller than the lines they explain (130–310 px against 29 px lines), so two notes on words a line apart push
 * every note below them down, ever further from its words. CSS cannot see that collision, and no script runs, so
 * the build estimates it from the text: where each word's line falls in the text column and how tall each open
 * note is, both from character counts at the column widths of global.css (38rem of serif text, an 18rem margin of
 * sans notes, the same at every desktop width). Where a note would start more than {@link LEVEL_PX} below its
 * words, or a paragraph's notes would run on more than {@link SPILL_PX} past it beside what follows, the least important open note above
 * (by kind, then the longest) folds to its heading, a disclosure that opens in place; the notes below then move up.
 * The estimate errs a line either way; the end-to-end tests measure what the browser draws.
 */

/** How far below its words a note may start and still read as level with them, in CSS px. */
const LEVEL_PX = 60;

/** A note as the estimate sees it. */
export interface NoteEstimate {
	/** The note's id. */
	id: string;
	/** Its kind: person, correction, analysis, term or context. */
	kind: string;
	/** Characters of text in the paragraph before its words, or undefined for a note on the whole paragraph. */
	offset?: number;
	/** Characters of its heading (kind and title), its open lead, and its sources line; whether it has a "More". */
	head: number;
	lead: number;
	sources: number;
	more: boolean;
}

/** Which notes matter most to a reader, highest first: a note of a lower kind folds first. */
const IMPORTANCE = ['correction', 'person', 'analysis', 'term', 'context'];

/** The text column and the margin, in characters per line and CSS px per line (global.css, Inter and Source Serif 4). */
const TEXT = { chars: 82, line: 28.8 };
const NOTE = { chars: 40, line: 23, sourceChars: 46, sourceLine: 21, frame: 30, more: 28, gap: 18 };
/** How far a paragraph's notes may run on past its last line, beside the start of what follows it, in CSS px. */
const SPILL_PX = 240;
/** A folded note: its heading line in a box, and its margins. */
const FOLDED = 31 + 12;

const lines = (chars: number, perLine: number) => Math.max(1, Math.ceil(chars / perLine));

/** The estimated height of a note open in the margin, margins included. */
export function openHeight(note: NoteEstimate): number {
	return (
		NOTE.frame +
		lines(note.head, NOTE.chars) * NOTE.line +
		lines(note.lead, NOTE.chars) * NOTE.line +
		(note.more ? NOTE.more : 0) +
		lines(note.sources, NOTE.sourceChars) * NOTE.sourceLine +
		NOTE.gap
	);
}

/** Where each note would start below its words, with the notes in `folded` folded; and where the last one ends. */
function layout(notes: NoteEstimate[], folded: Set<string>): { drift: number[]; bottom: number } {
	let bottom = 0;
	const drift = notes.map((note) => {
		const words = Math.floor((note.offset ?? 0) / TEXT.chars) * TEXT.line;
		const top = Math.max(words, bottom);
		bottom = top + (folded.has(note.id) ? FOLDED : openHeight(note));
		return top - words;
	});
	return { drift, bottom };
}

/**
 * The ids of the notes of one paragraph that fold to their heading on wide screens. `notes` come in the order they
 * float (the order of their words); `textChars` is the length of the paragraph's text.
 */
export function foldedNotes(notes: NoteEstimate[], textChars: number): Set<string> {
	const folded = new Set<string>();
	const height = lines(textChars, TEXT.chars) * TEXT.line;
	for (;;) {
		const { drift, bottom } = layout(notes, folded);
		const late = drift.findIndex((d) => d > LEVEL_PX);
		// The notes above a late one, or all of them when they run more than a line past the paragraph.
		const culprits = late >= 0 ? notes.slice(0, late) : bottom > height + SPILL_PX ? notes : [];
		const open = culprits.filter((n) => !folded.has(n.id));
		if (open.length === 0) return folded;
		const rank = (n: NoteEstimate) => IMPORTANCE.indexOf(n.kind);
		open.sort((a, b) => rank(b) - rank(a) || openHeight(b) - openHeight(a));
		folded.add(open[0].id);
	}
}

/** Text as a reader counts it: no tags, an entity one character, runs of white space one. */
const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&[#a-z0-9]+;/gi, 'x')
		.replace(/\s+/g, ' ');

/** What the estimate needs of a note as Note.astro renders it. */
function estimate(aside: string, offset: number): NoteEstimate {
	const part = (pattern: RegExp) => plain(aside.match(pattern)?.[1] ?? '').trim().length;
	const body = aside.match(/<div class="note-body">([\s\S]*)<\/div>/)?.[1] ?? '';
	const lead = body
		.replace(/<details class="note-more">[\s\S]*?<\/details>/, '')
		.replace(/<p class="note-sources">[\s\S]*?<\/p>/, '');
	return {
		id: aside.match(/\sid="([^"]*)"/)?.[1] ?? '',
		kind: aside.match(/\sdata-kind="([^"]*)"/)?.[1] ?? 'context',
		offset,
		head: part(/<p class="note-head">([\s\S]*?)<\/p>/),
		lead: plain(lead).trim().length,
		sources: part(/<p class="note-sources">([\s\S]*?)<\/p>/),
		more: body.includes('class="note-more"'),
	};
}

/**
 * A paragraph's HTML, as placeNotes leaves it, with the notes that would crowd the margin marked `note--folded`
 * (see {@link foldedNotes}); global.css shows those as their heading, a disclosure, on wide screens.
 */
export function foldCrowdedNotes(html: string): string {
	const notes: NoteEstimate[] = [];
	let text = 0;
	const skipped = /<aside\b[\s\S]*?<\/aside>|<(\w+)\b[^>]*\sdata-editorial\b[^>]*>[\s\S]*?<\/\1>/g;
	let last = 0;
	for (const match of html.matchAll(skipped)) {
		text += plain(html.slice(last, match.index)).length;
		last = match.index + match[0].length;
		if (match[0].startsWith('<aside')) notes.push(estimate(match[0], text));
	}
	text += plain(html.slice(last)).length;
	const folded = foldedNotes(notes, text);
	if (folded.size === 0) return html;
	return html.replace(/<aside\b[^>]*>/g, (open) => {
		const id = open.match(/\sid="([^"]*)"/)?.[1];
		return id && folded.has(id) ? open.replace(/\sclass="note\b/, ' class="note note--folded') : open;
	});
}
