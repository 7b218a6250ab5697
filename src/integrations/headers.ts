/**
 * Writes `_headers` into the built site: the HTTP headers a static host should send, in the format Netlify and
 * Cloudflare Pages read (other hosts: docs/deploying.md). Each page's Content-Security-Policy, which Astro writes
 * into a <meta>, is repeated as a header, because `frame-ancestors` works only there: pages may be framed by this
 * site alone, embed pages by any. Hashed assets under `/_astro/` are cached for a year; pages for five minutes,
 * so that a correction reaches readers soon. No two rules set the same header for one path, because hosts join
 * the values of overlapping rules.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { isEmbedPath } from '../urls.ts';

/** Cache-Control of pages, feeds and data: short, so corrections are seen. */
const SHORT_CACHE = 'public, max-age=300, must-revalidate';

/** Cache-Control of hashed assets, whose names change with their content. */
const LONG_CACHE = 'public, max-age=31536000, immutable';

/** The HTML files of a built site, relative to it. */
function htmlFiles(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? htmlFiles(root, path)
			: name.endsWith('.html')
				? [relative(root, path)]
				: [];
	});
}

/** The Content-Security-Policy in a page's <meta>, or undefined. */
function metaCsp(html: string): string | undefined {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
	return content
		?.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

/** The `_headers` text of a built site served under `base`. */
function headersFile(root: string, base = config.base): string {
	const rules: string[] = [
		'# HTTP headers for static hosts that read this file (Netlify, Cloudflare Pages); see docs/deploying.md.',
		`${base}*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin`,
		`${base}_astro/*\n  Cache-Control: ${LONG_CACHE}`,
	];
	for (const file of htmlFiles(root).sort()) {
		const path = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
		const csp = metaCsp(readFileSync(join(root, file), 'utf8'));
		const lines = [`  Cache-Control: ${SHORT_CACHE}`];
		if (csp)
			lines.unshift(
				`  Content-Security-Policy: ${csp.replace(/;\s*$/, '')}; frame-ancestors ${isEmbedPath(path) ? '*' : "'self'"}`,
			);
		rules.push(`${path}\n${lines.join('\n')}`);
	}
	return `${rules.join('\n\n')}\n`;
}

/** Writes `_headers` at the end of a build. */
export default function headers(): AstroIntegration {
	return {
		name: 'reorg-lens-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const text = headersFile(root);
				writeFileSync(join(root, '_headers'), text);
				logger.info(`_headers: ${text.split('\n\n').length - 1} rules`);
			},
		},
	};
}
