import { describe, expect, it } from 'vitest';
import { markCjk, placeNotes, splitLead } from './noteHtml.ts';

const note = (id: string, on?: string) =>
	`<aside class="note" id="${id}"${on ? ` data-on="${on}"` : ''} data-editorial>${id} body</aside>`;

describe('placeNotes', () => {
	it('links the words to their note and puts the note just after them and their punctuation', () => {
		const html = `<p>On Friday, LatePost reported it. The department was set up.</p>${note('note-friday', 'Friday')}`;
		expect(placeNotes(html)).toBe(
			'On <a class="note-anchor" id="note-friday-at" href="#note-friday" data-n="1">Friday</a>,' +
				'<aside data-n="1" class="note" id="note-friday" data-on="Friday" data-editorial>note-friday body</aside> LatePost reported it. The department was set up.',
		);
	});

	it('keeps notes without words at the end, in order, and numbers every note', () => {
		const out = placeNotes(`<p>One. Two.</p>${note('note-a')}${note('note-b', 'One')}${note('note-c')}`);
		expect(out).toBe(
			'<a class="note-anchor" id="note-b-at" href="#note-b" data-n="2">One</a>.<aside data-n="2" class="note" id="note-b" data-on="One" data-editorial>note-b body</aside> Two.' +
				'<aside data-n="1" class="note" id="note-a" data-editorial>note-a body</aside><aside data-n="3" class="note" id="note-c" data-editorial>note-c body</aside>',
		);
	});

	it('puts the note after the elements around the words close and after the editorial marks that follow', () => {
		const html = `<span class="change-anchor"><span class="sic-text">principle</span><span class="sic" data-editorial> [sic: principal.]</span> too.</span><span data-editorial> <a class="change-link">link</a></span> Next.${note('note-p', 'principle')}`;
		const out = placeNotes(html);
		expect(out).toContain('<a class="note-anchor" id="note-p-at" href="#note-p" data-n="1">principle</a>');
		expect(out).toMatch(
			/<a class="change-link">link<\/a><\/span><aside data-n="1"[^>]*>note-p body<\/aside> Next\.$/,
		);
	});

	it("puts the note in the middle of a long sentence's element, closing and reopening it around the note", () => {
		const html = `<span id="change-a" class="change-anchor" data-change="a">The department reports to <span class="person">Wang Xiang</span>, President of Xiaomi, since last December.</span> Next.${note('note-w', 'Wang Xiang')}`;
		const out = placeNotes(html);
		expect(out).toMatch(
			/Wang Xiang<\/a><\/span>,<\/span><aside data-n="1"[^>]*>note-w body<\/aside><span class="change-anchor-cont"> President of Xiaomi, since last December\.<\/span> Next\.$/,
		);
		expect(out.match(/id="change-a"/g)).toHaveLength(1);
		expect(out.match(/data-change=/g)).toHaveLength(1);
	});

	it('never anchors words inside an editorial mark', () => {
		const out = placeNotes(`<span data-editorial>[sic: Xiaomi]</span> Xiaomi grew.${note('note-x', 'Xiaomi')}`);
		expect(out).toContain(
			'</span> <a class="note-anchor" id="note-x-at" href="#note-x" data-n="1">Xiaomi</a><aside',
		);
	});

	it('puts two notes on the same words in their order', () => {
		const out = placeNotes(
			`<p><span class="person">Wang Xiang</span>. Then.</p>${note('note-l', 'Wang')}${note('note-w', 'Xiang')}`,
		);
		expect(out.indexOf('id="note-l"')).toBeLessThan(out.indexOf('id="note-w"'));
		expect(out).toMatch(
			/Xiang<\/a><\/span>\.<aside data-n="1"[\s\S]*<\/aside><aside data-n="2"[\s\S]*<\/aside> Then\.$/,
		);
	});

	it('keeps a note whose words it cannot find at the end of the paragraph (the article checks report it first)', () => {
		expect(placeNotes(`<p>Text.</p>${note('note-z', 'Friday')}`)).toMatch(/^Text\.<aside data-n="1"/);
	});

	it('matches words with characters that markup escapes', () => {
		const out = placeNotes(`<p>Sales &amp; operators.</p>${note('note-s', 'Sales &amp; operators')}`);
		expect(out).toContain('>Sales &amp; operators</a>');
	});
});

describe('splitLead', () => {
	const long = `<p>Group President of Xiaomi since November 2019, as reported by eeo.com.cn on 29 November 2019. He retired at the end of 2022, as reported by Sina. The report does not say whether the Information Technology Department already reported to him.</p>`;

	it('keeps the first sentences as the lead and the rest apart', () => {
		const { lead, rest } = splitLead(long, 80, 200);
		expect(lead).toBe(
			'<p>Group President of Xiaomi since November 2019, as reported by eeo.com.cn on 29 November 2019.</p>',
		);
		expect(rest).toBe(
			'<p>He retired at the end of 2022, as reported by Sina. The report does not say whether the Information Technology Department already reported to him.</p>',
		);
	});

	it('leaves a short note whole', () => {
		expect(splitLead('<p>Short.</p>')).toEqual({ lead: '<p>Short.</p>', rest: '' });
	});

	it('does not cut at an abbreviation followed by a lower-case word', () => {
		const { lead } = splitLead(
			`<p>${'x'.repeat(100)} Xiaomi EV, Inc. was registered in 2021 with capital. ${'Then more words. '.repeat(12)}</p>`,
			100,
			200,
		);
		expect(lead).toContain('Inc. was registered in 2021 with capital.</p>');
	});
});

describe('markCjk', () => {
	it('marks runs of Chinese characters, never inside tags', () => {
		expect(markCjk('<em title="中">a middle platform (中台, zhongtai)</em>')).toBe(
			'<em title="中">a middle platform (<span lang="zh">中台</span>, zhongtai)</em>',
		);
	});
});
