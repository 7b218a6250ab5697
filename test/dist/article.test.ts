import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edition } from '../helpers/edition.ts';
import { page, sourceText } from './site.ts';

const REPORT = 'xiaomi-2021-12';
/** The counts of the published report, from its folder: a correction changes them there. */
const EDITION = edition(REPORT);
const source = readFileSync(join(process.cwd(), 'content', 'reports', REPORT, 'source.txt'), 'utf8');
const blocks = source.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim());

describe('the built article keeps the report verbatim', () => {
	const doc = page(`/reports/${REPORT}/`);

	it('has the headline and every paragraph of the source, in order, word for word', () => {
		const rendered = [...doc.querySelectorAll('[data-source-para]')].map((el) => ({
			n: Number(el.getAttribute('data-source-para')),
			text: sourceText(el),
		}));
		expect(rendered.map((r) => r.n)).toEqual(blocks.map((_, i) => i));
		expect(rendered.map((r) => r.text)).toEqual(blocks);
	});

	it('marks every typo listed in the context notes with [sic] and its correction', () => {
		const sics = [...doc.querySelectorAll('.sic')].map((el) => el.textContent?.trim());
		expect(sics).toHaveLength(EDITION.sics);
		for (const fix of [
			'Xiaomi',
			'schedule',
			'retention',
			'in charge of',
			'Youpin',
			'telecommunications industry',
			'moved into',
		]) {
			expect(sics).toContain(`[sic: ${fix}]`);
		}
	});

	it('has at least one annotation aside in every section, each labelled with its kind and its sources', () => {
		const sections = [...doc.querySelectorAll('.report-text section')];
		expect(sections.map((section) => section.id)).toEqual(EDITION.sections);
		for (const section of sections) {
			const notes = section.querySelectorAll('aside.note');
			expect(notes.length, section.id).toBeGreaterThan(0);
			for (const note of notes) {
				expect(note.querySelector('.note-kind')?.textContent).toMatch(
					/^(Context|Person|Term|Correction|Analysis)$/,
				);
				expect(note.querySelector('.note-sources')?.textContent?.trim().length).toBeGreaterThan(0);
			}
		}
	});

	it('labels analysis as ours and secondary sources as "reported by"', () => {
		const kinds = [...doc.querySelectorAll('[data-source-kind]')].map((el) => [
			el.getAttribute('data-source-kind'),
			el.textContent,
		]);
		expect(kinds.filter(([k]) => k === 'secondary').every(([, t]) => t?.startsWith('Reported by'))).toBe(true);
		expect(kinds.filter(([k]) => k === 'analysis').every(([, t]) => t === 'Our analysis')).toBe(true);
	});

	it('anchors every change at the sentence that states it', () => {
		for (const id of EDITION.changes) expect(doc.getElementById(`change-${id}`), id).not.toBeNull();
	});

	it('anchors every note to its words, right after them in the paragraph, and numbers the pair', () => {
		const notes = [...doc.querySelectorAll('.report-text aside.note')];
		expect(notes).toHaveLength(EDITION.notes);
		let adjacent = 0;
		for (const note of notes) {
			const words = doc.getElementById(`${note.id}-at`);
			expect(words, note.id).not.toBeNull();
			expect(words!.getAttribute('href')).toBe(`#${note.id}`);
			expect(words!.getAttribute('data-n')).toBe(note.getAttribute('data-n'));
			expect(words!.closest('.para')).toBe(note.parentElement);
			// The note follows its words, at the latest at the end of their sentence (when a <Change> wraps it).
			const para = note.parentElement!.innerHTML;
			const between = para
				.slice(para.indexOf(words!.outerHTML) + words!.outerHTML.length, para.indexOf(note.outerHTML))
				.replace(/<aside[\s\S]*?<\/aside>/g, '')
				.replace(/<[^>]+>/g, '');
			expect(between.match(/[.!?](\s|$)/g)?.length ?? 0, `${note.id}: ${between}`).toBeLessThanOrEqual(1);
			if (between.trim().length <= 1) adjacent++;
		}
		// Most words stand outside any element that must close first, so their note follows them directly.
		expect(adjacent).toBeGreaterThanOrEqual(12);
	});

	it("draws each change's diagram right after the paragraph that states it, once on the page", () => {
		for (const anchor of doc.querySelectorAll('.report-text .change-anchor')) {
			const id = anchor.getAttribute('data-change');
			const figures = doc.querySelectorAll(`[id="diagram-change-${id}"]`);
			expect(figures, id!).toHaveLength(1);
			let next = anchor.closest('.para')!.nextElementSibling;
			while (next && next.matches('figure.diagram') && next.id !== `diagram-change-${id}`)
				next = next.nextElementSibling;
			expect(next?.id, id!).toBe(`diagram-change-${id}`);
		}
	});

	it('has a table of contents linking to every section', () => {
		const links = [...doc.querySelectorAll('nav[aria-labelledby="toc-heading"] a')].map((a) =>
			a.getAttribute('href'),
		);
		for (const section of doc.querySelectorAll('.report-text section')) expect(links).toContain(`#${section.id}`);
	});

	it('shows the claims ledger with a status for each claim', () => {
		const statuses = [...doc.querySelectorAll('#claims .status')].map((s) => s.textContent);
		expect(statuses).toHaveLength(EDITION.claims);
		expect(statuses).toContain('Confirmed by the data');
		expect(statuses).toContain('Not checkable from this report');
	});
});
