/**
 * The checks of one `<Para>` and its notes, on the MDX tree: a paragraph holds one paragraph of text and at most
 * MAX_NOTES notes, and each note's `on` words are in the paragraph's text within one element, where the page can
 * mark them. The search follows the page's own (article/noteHtml.ts, placeNotes): notes in order, each taking the
 * first place its words occur outside the notes and outside words an earlier note has taken.
 */
import { MAX_NOTES } from './articleElements.ts';
import { isElement, prop, type MdxNode } from './articleTree.ts';
import type { Problem } from './problems.ts';

type At = (node: MdxNode, message: string, hint: string) => Problem;

/** The text of a paragraph as the page searches it: runs of text, each within one element, notes left out. */
function textRuns(node: MdxNode, out: string[] = []): string[] {
	for (const child of node.children ?? []) {
		if (isElement(child) && child.name === 'Note') continue;
		if (child.type === 'text') out.push(child.value ?? '');
		else textRuns(child, out);
	}
	return out;
}

function notesOf(node: MdxNode, out: MdxNode[] = []): MdxNode[] {
	for (const child of node.children ?? []) {
		if (isElement(child) && child.name === 'Note') out.push(child);
		else notesOf(child, out);
	}
	return out;
}

/** The problems of one paragraph: how many notes and paragraphs it holds, and where each note's words are. */
export function paraProblems(para: MdxNode, at: At): Problem[] {
	const problems: Problem[] = [];
	const n = prop(para, 'n');
	const where = `<Para n={${typeof n === 'string' ? n : '?'}}>`;
	const notes = notesOf(para);
	if (notes.length > MAX_NOTES) {
		problems.push(
			at(
				notes[MAX_NOTES],
				`${where} holds ${notes.length} notes, but a paragraph holds at most ${MAX_NOTES} (the highlighting that links words and notes counts to ${MAX_NOTES})`,
				'merge notes, or move some to the next paragraph',
			),
		);
	}
	const paragraphs = (para.children ?? []).filter((c) => c.type === 'paragraph');
	if (paragraphs.length > 1) {
		problems.push(
			at(
				paragraphs[1],
				`${where} holds more than one paragraph of text`,
				'a <Para> holds one paragraph of the text file: split it into one <Para> each, or join its lines (no blank line inside the text)',
			),
		);
	}
	const runs = textRuns(para);
	const whole = runs.join('').replace(/\s+/g, ' ');
	const ownRuns = [...runs];
	for (const note of notes) {
		const on = prop(note, 'on');
		if (typeof on !== 'string') continue;
		const title = `<Note title="${prop(note, 'title')}">`;
		if (on.trim() === '') {
			problems.push(
				at(
					note,
					`${title} has an empty on=""`,
					'copy the words it explains from the paragraph, or leave out on for a note on the whole paragraph',
				),
			);
			continue;
		}
		const i = runs.findIndex((run) => run.includes(on));
		if (i < 0) {
			const [why, fix] = ownRuns.some((run) => run.includes(on))
				? [
						'already marked by an earlier note of the paragraph',
						'choose other words, or leave out on for a note on the whole paragraph',
					]
				: whole.includes(on.replace(/\s+/g, ' '))
					? [
							'split by an element (a name, a change, a [sic]) or a line break, so the page cannot mark them',
							'choose words within one element and on one line, or leave out on for a note on the whole paragraph',
						]
					: [
							'not in the text of its paragraph',
							'copy the words exactly from the paragraph, or leave out on for a note on the whole paragraph',
						];
			problems.push(at(note, `${title} is on the words “${on}”, which are ${why}`, fix));
			continue;
		}
		// The words are taken: the page links them, and a later note finds only the text around them.
		const start = runs[i].indexOf(on);
		const rest = runs[i].slice(start + on.length);
		const punctuation = rest.match(/^[,.;:!?)\]”’"]+/)?.[0] ?? '';
		runs.splice(i, 1, runs[i].slice(0, start), punctuation, rest.slice(punctuation.length));
	}
	return problems;
}
