import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleProblems, sourceIds } from './articleRefs.ts';
import { loadReport } from '../load/loadReport.ts';
import { FIXTURE } from '../../test/helpers/reportFolders.ts';

const bundle = loadReport(FIXTURE).bundle!;
const withArticle = (article: string) => ({ ...bundle, article });

describe('the article checks', () => {
	it('pass the fixture article as it is', () => {
		expect(
			articleProblems(bundle, 'article.mdx', new Set(), [
				'org-before',
				'org-after',
				'direct-reports',
				'unit-restructure',
				'timeline',
			]),
		).toEqual([]);
	});

	it('report a diagram kind the data does not draw, with its line, column and the kinds it does draw', () => {
		const article = bundle.article.replace('<Para n={1}>', '<Diagram kind="direct-reports" />\n\n<Para n={1}>');
		const [problem, ...more] = articleProblems(withArticle(article), 'article.mdx', new Set(), [
			'org-before',
			'org-after',
			'timeline',
		]);
		expect(more).toEqual([]);
		expect(problem).toMatchObject({
			line: 3,
			column: 1,
			message: `<Diagram kind="direct-reports" />: the report's data draws no direct-reports diagram`,
		});
		expect(problem.hint).toBe(
			'use one of the kinds it draws (org, org-before, org-after, timeline), or remove the element',
		);
	});

	it('keep the words between two adjacent elements (the verbatim check reads the same tree)', () => {
		const article = bundle.article.replace(
			'who leads the group',
			'who <Person id="bo-zhang">leads</Person> <Person id="bo-zhang">the</Person> group',
		);
		expect(articleProblems(withArticle(article), 'article.mdx')).toEqual([]);
	});

	it('read the source ids of a note', () => {
		expect(sourceIds('["a", \'b\']')).toEqual(['a', 'b']);
		expect(sourceIds('[]')).toEqual([]);
		expect(sourceIds('"a"')).toBeUndefined();
		expect(sourceIds('[a]')).toBeUndefined();
	});
});

describe('components only render', () => {
	// Every check an author can reach is a Problem of the model (golden/problems/article-*.txt shows each); the
	// one throw left says the build was run without drawing its diagrams, which no report data can cause.
	const files = ['Note', 'Change', 'Section', 'Person', 'Diagram', 'Para', 'Sic']
		.map((n) => `src/components/${n}.astro`)
		.concat('src/article/noteHtml.ts', 'src/model/citations.ts', 'src/components/DiagramFigure.astro');
	it('hold no throw but the one for diagrams not drawn', () => {
		const throws = files.flatMap((file) =>
			// A statement up to its end: a formatter may break a long one over lines.
			[...readFileSync(join(process.cwd(), file), 'utf8').matchAll(/\bthrow\b[^;]*/g)].map(
				(m) => `${file}: ${m[0]}`,
			),
		);
		expect(throws).toHaveLength(1);
		expect(throws[0]).toMatch(/^src\/components\/DiagramFigure\.astro: [\s\S]*was not rendered/);
	});
});
