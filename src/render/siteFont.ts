/**
 * The site's sans-serif face, inlined for the pages that Chromium draws at build time (diagrams and share cards),
 * so text there is measured and drawn as readers will see it and nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** An @font-face rule for Inter Variable (Latin), with the font as a data URL. */
export function interFontFace(): string {
	const font = readFileSync(
		require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'),
	).toString('base64');
	return `@font-face { font-family: 'Inter Variable'; font-style: normal; font-weight: 100 900; src: url(data:font/woff2;base64,${font}) format('woff2'); }`;
}
