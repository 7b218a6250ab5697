/** What the end-to-end tests know of the built site: its pages and the report's source text. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { config } from '../src/config.ts';

/** The built site the tests serve. */
const DIST = config.outDir;

/** The URL path of every HTML page in the built site. */
export function builtPages(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtPages(path);
		if (name !== 'index.html' && name !== '404.html') return [];
		const rel = relative(DIST, path).replace(/\\/g, '/');
		return [`/${rel.replace(/index\.html$/, '')}`];
	});
}

/** Every change's permalink page in the built site (a former id's redirect page is not one). */
export function changePages(dir = DIST): string[] {
	return builtPages(dir).filter(
		(path) =>
			/\/changes\/[^/]+\/$/.test(path) &&
			!readFileSync(join(dir, path, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
	);
}

/** The blocks of the report's source text (headline, paragraphs, SEE ALSO), white space folded. */
export function sourceBlocks(reportId: string): string[] {
	const text = readFileSync(join(process.cwd(), 'content', 'reports', reportId, 'source.txt'), 'utf8');
	return text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim());
}

/** The article's URL path. */
export const ARTICLE = '/reports/xiaomi-2021-12/';
