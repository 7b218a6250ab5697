import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from './site.ts';

/**
 * The words of every built page, the site's and the fixtures' (`npm run build:fixtures`), as a reader and a link
 * unfurler get them: share titles within 70 characters and descriptions within 200 (what X shows in full), with
 * no bracket inside a bracket and no count of nothing in titles, descriptions, captions and text equivalents.
 */
const FIXTURES = join(process.cwd(), 'dist-fixtures');

function pages(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pages(root, path);
		return name === 'index.html' && !relative(root, path).includes('embed') ? [path] : [];
	});
}

for (const [name, root] of [
	['the site', DIST],
	['the fixtures', FIXTURES],
] as const) {
	describe(`the words of every page of ${name}`, () => {
		if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no built site: build it first`);
		// Redirects of renamed changes have no preview of their own.
		const read = pages(root)
			.map((file) => ({ file: relative(root, file), document: parseHTML(readFileSync(file, 'utf8')).document }))
			.filter(({ document }) => !document.querySelector('meta[http-equiv="refresh"]'));

		it('give share previews a title within 70 characters and a description within 200, whole words', () => {
			const long = read.flatMap(({ file, document }) => {
				const meta = (n: string) => document.querySelector(`meta[name="${n}"]`)?.getAttribute('content') ?? '';
				const title = meta('twitter:title');
				const description = meta('twitter:description');
				return [
					title.length === 0 || [...title].length > 70 ? `${file}: title ${[...title].length}: ${title}` : [],
					description.length === 0 || [...description].length > 200
						? `${file}: description ${[...description].length}: ${description}`
						: [],
				].flat();
			});
			expect(read.length).toBeGreaterThan(5);
			expect(long).toEqual([]);
		});

		it('say no count of nothing and put no bracket inside a bracket, in previews, captions and text equivalents', () => {
			let seen = 0;
			const slips = read.flatMap(({ file, document }) => {
				const texts = [
					document.querySelector('meta[name="twitter:description"]')?.getAttribute('content') ?? '',
					...[...document.querySelectorAll('figcaption, .diagram-text li, svg desc, svg title')].map((e) =>
						(e.textContent ?? '').replace(/\s+/g, ' '),
					),
				];
				seen += texts.length;
				return texts
					.filter(
						(t) =>
							/(^|[^\d.,])0 [a-z]/i.test(t) ||
							/\((either|year only|month only)\)/.test(t) ||
							/\([^()]*\([^()]*\)\)/.test(t),
					)
					.map((t) => `${file}: ${t}`);
			});
			expect(seen, 'the texts were found').toBeGreaterThan(read.length);
			expect(slips).toEqual([]);
		});
	});
}
