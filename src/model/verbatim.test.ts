import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../load/loadReport.ts';
import { formatProblem } from './problems.ts';
import { XIAOMI_FIXTURE, copyWithEdits } from '../../test/helpers/reportFolders.ts';
import { textBlocks } from './verbatim.ts';

const XIAOMI = XIAOMI_FIXTURE;
const problemsAfter = (edits: Parameters<typeof copyWithEdits>[1]) => {
	const dir = copyWithEdits(XIAOMI, edits);
	return loadReport(dir).problems.map((p) => formatProblem(p).replace(dir, '<folder>'));
};

describe('the verbatim check of every report', () => {
	it('fails on a one-word change to the reported text, naming the paragraph, the words and the line', () => {
		const article = readFileSync(join(XIAOMI, 'article.mdx'), 'utf8');
		const line = article.slice(0, article.indexOf('This department has now been merged into')).split('\n').length;
		expect(
			problemsAfter({
				'article.mdx': (t) =>
					t.replace('This department has now been merged into', 'This department has now been moved into'),
			}),
		).toEqual([
			`<folder>/article.mdx:${line}:1 paragraph 2 is not word for word the text of source.txt: the article has "moved into the Information Technology" where source.txt has "merged into the Information Technology"\n` +
				'    fix: the article keeps the report\'s words exactly (mark typos with <Sic fix="…">, add notes with <Note>): restore the words from source.txt, paragraph 2',
		]);
	});

	it('leaves our insertions out: notes and the fix of a [sic] may say anything', () => {
		expect(
			problemsAfter({
				'article.mdx': (t) =>
					t
						.replace('<Sic fix="principal (its head)">', '<Sic fix="anything at all">')
						.replace(
							'Group President of Xiaomi since November 2019',
							'Group President of Xiaomi, our note says',
						),
			}),
		).toEqual([]);
	});

	it('fails when a word is dropped inside a [sic] mark, which holds the report’s own words', () => {
		const problems = problemsAfter({ 'article.mdx': (t) => t.replace('>principle</Sic>', '>principal</Sic>') });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(
			'the article has "principal reports to Wang Xiang," where source.txt has "principle reports to Wang Xiang,"',
		);
	});

	it('asks for the space between two elements alone on their line as {" "}, which MDX would drop, and reads it', () => {
		const sentence =
			'The department was established in December last year and was responsible for the digitalization and data asset construction and operation of Xiaomi. ';
		const spaced = problemsAfter({
			'article.mdx': (t) =>
				t.replace(`${sentence}<Change`, `<Person id="wang-xiang">${sentence.trim()}</Person> <Change`),
		});
		expect(spaced).toHaveLength(1);
		expect(spaced[0]).toMatch(
			/the space between <Person> and <Change> is lost on the page[\s\S]*fix: write the space as \{" "\} between them/,
		);
		expect(
			problemsAfter({
				'article.mdx': (t) =>
					t.replace(`${sentence}<Change`, `<Person id="wang-xiang">${sentence.trim()}</Person>{" "}<Change`),
			}),
		).toEqual([]);
	});

	it('splits a text into its blocks at blank lines, white space collapsed', () => {
		expect(textBlocks('Head\n\nOne\ntwo  words\n\n\n Three \n')).toEqual(['Head', 'One two words', 'Three']);
	});
});
