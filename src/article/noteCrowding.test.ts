import { describe, expect, it } from 'vitest';
import { foldCrowdedNotes, foldedNotes, openHeight, type NoteEstimate } from './noteCrowding.ts';

const note = (id: string, kind: string, offset: number, lead = 120): NoteEstimate => ({
	id,
	kind,
	offset,
	head: 20,
	lead,
	sources: 30,
	more: true,
});

describe('foldedNotes', () => {
	it('folds nothing when every note has room beside its words', () => {
		expect([...foldedNotes([note('a', 'person', 0), note('b', 'term', 1200)], 1400)]).toEqual([]);
	});

	it('folds the least important note above a late one, not every note below', () => {
		// Two notes on the same line: the second would start a whole note below its words.
		const folded = foldedNotes(
			[note('friday', 'context', 3), note('lei', 'person', 20), note('later', 'term', 900)],
			1200,
		);
		expect([...folded]).toEqual(['friday']);
	});

	it('folds by kind first, then the longer of two of the same kind', () => {
		// The person note above has the room; of the two open above the late one, the context note folds.
		expect([
			...foldedNotes([note('who', 'person', 0), note('when', 'context', 500), note('what', 'term', 520)], 1200),
		]).toEqual(['when']);
		expect([
			...foldedNotes(
				[note('short', 'context', 0, 40), note('long', 'context', 500, 300), note('next', 'person', 520)],
				1200,
			),
		]).toEqual(['long']);
	});

	it("folds a paragraph's notes that would run far past its last line", () => {
		const tall = (id: string, offset: number) => note(id, 'context', offset, 600);
		expect(openHeight(tall('x', 0))).toBeGreaterThan(300);
		expect(foldedNotes([tall('a', 0)], 80).has('a')).toBe(true);
		expect(foldedNotes([tall('a', 0)], 1600).size).toBe(0);
	});
});

describe('foldCrowdedNotes', () => {
	const aside = (id: string, kind: string, body: string) =>
		`<aside data-n="1" class="note note--${kind}" id="${id}" data-kind="${kind}"><details class="note-fold"><summary>s</summary><p class="note-head">${kind} ${id}</p><div class="note-body"><p>${body}</p><p class="note-sources">Reported by Someone.</p></div></details></aside>`;

	it('marks the crowding note folded, counting only the text before each note', () => {
		const long = 'A sentence of a note that runs over several lines in the margin. '.repeat(3);
		const html = `On <a class="note-anchor">Friday</a>,${aside('note-f', 'context', long)} founder <a class="note-anchor">Lei Jun</a>${aside('note-l', 'person', long)} had handed over a business.`;
		const out = foldCrowdedNotes(html);
		expect(out).toContain('class="note note--folded note--context" id="note-f"');
		expect(out).toContain('class="note note--person" id="note-l"');
	});

	it('leaves a paragraph with room for its notes unchanged', () => {
		const html = `Words.${aside('note-a', 'person', 'Short.')} ${'More text. '.repeat(40)}`;
		expect(foldCrowdedNotes(html)).toBe(html);
	});
});
