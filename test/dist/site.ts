/** Reading the built site in tests: its pages as DOM documents and its files as text. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { config } from '../../src/config.ts';

/** The folder of the built site. */
export const DIST = config.outDir;

/** Fails with a clear message when the site has not been built. */
function requireDist(): void {
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error(`${DIST} has no built site: run \`npm run build\` first`);
}

/** A built page as a DOM document. */
export function page(path: string): Document {
	requireDist();
	const file = join(DIST, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
	return parseHTML(readFileSync(file, 'utf8')).document;
}

/** Every file under dist, as paths relative to it. */
export function files(dir = DIST): string[] {
	requireDist();
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [relative(DIST, path)];
	});
}

/** Text of an element with editorial additions (sic marks, notes, change links) taken out, white space folded. */
export function sourceText(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	for (const editorial of copy.querySelectorAll('[data-editorial]')) editorial.remove();
	return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
