import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/model/verbatim.ts';
import { sourceText } from './site.ts';

/**
 * The built pages of the fixture with every change kind (test/fixtures/reports/ferrow-2032-05, built by
 * `npm run build:fixtures`): a planned change is said as planned on its page, in the list and in its preview; what
 * the report leaves open is said as open and not drawn as continuing; the space between two changes survives.
 */
const ROOT = join(process.cwd(), 'dist-fixtures', 'reports', 'ferrow-2032-05');
const read = (path: string) => {
	const file = join(ROOT, path, 'index.html');
	if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:fixtures\` first`);
	return parseHTML(readFileSync(file, 'utf8')).document;
};
const text = (doc: Document, selector: string) =>
	[...doc.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the pages of every change kind', () => {
	it('say a planned departure in the future, with both dates, and what it leaves open', () => {
		const doc = read('changes/ivo-brandt-leaves');
		expect(text(doc, '[data-status]')).toEqual(['Planned']);
		expect(text(doc, 'time')[0]).toBe('announced 3 May 2032, takes effect June 2032');
		expect(text(doc, '[data-change-sentence]')).toEqual(['Ivo Brandt will leave the company in June 2032.']);
		expect(text(doc, '[data-open]')[0]).toContain('what becomes of the Devices Division');
		expect(doc.querySelector('meta[name="twitter:description"]')?.getAttribute('content')).toContain(
			'takes effect June 2032',
		);
		expect(doc.querySelector('.diagram-text, figure')?.textContent).toContain(
			'Left open by the report, so not drawn as continuing: what becomes of the Devices Division',
		);
	});

	it('say co-leaders, a dotted line and a promotion from a date in words of their own', () => {
		expect(text(read('changes/platform-team-formed'), '[data-change-sentence]')[0]).toContain(
			'Mara Okafor and Teo Lind will co-lead Platform Team',
		);
		expect(text(read('changes/tools-team-formed'), '[data-change-sentence]')[0]).toContain(
			'will have a dotted line to Wen Hale',
		);
		expect(text(read('changes/dana-reyes-promoted'), '[data-change-sentence]')[0]).toBe(
			'Dana Reyes will be promoted to senior vice president and will lead Cloud Unit from 1 July 2032.',
		);
		expect(text(read('changes/research-lab-renamed'), '[data-change-sentence]')[0]).toBe(
			'Research Lab is renamed Ferrow Labs.',
		);
		expect(text(read('changes/hardware-group-split'), '[data-status]')).toEqual(['In effect']);
	});

	it('leave the division the report leaves open out of the chart after the changes, and say so', () => {
		const article = read('');
		const facts = (id: string) => (article.querySelector(`#diagram-${id}`)?.textContent ?? '').replace(/\s+/g, ' ');
		const drawn = [...article.querySelectorAll('#diagram-org-after svg')]
			.map((svg) => svg.textContent ?? '')
			.join(' ');
		expect(drawn).toContain('Ferrow Systems');
		expect(drawn).not.toContain('Devices Division');
		expect(facts('org-after')).not.toMatch(/(?<!whether )Devices Division is part of Ferrow Systems/);
		expect(facts('org-after')).toContain(
			'Left open by the report, so not drawn: whether Devices Division is part of Ferrow Systems after the changes.',
		);
	});

	it('keep the space between two adjacent changes, as the text has it', () => {
		const article = read('');
		const source = textBlocks(
			readFileSync(join(process.cwd(), 'test', 'fixtures', 'reports', 'ferrow-2032-05', 'source.txt'), 'utf8'),
		);
		const para = article.querySelector('#p5');
		expect(para && sourceText(para)).toBe(source[5]);
	});
});
