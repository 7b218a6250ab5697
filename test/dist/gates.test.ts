import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brokenLinks, builtFor } from './links.ts';
import { DIST, files, page } from './site.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const htmlPages = files().filter((f) => f.endsWith('.html'));

describe('byte budgets', () => {
	it('keeps all JavaScript together under 2 KB gzip', () => {
		const scripts = htmlPages.flatMap((f) =>
			[...readFileSync(join(DIST, f), 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
		);
		// Pagefind's own files load only when someone searches; they are outside this budget.
		const external = files()
			.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'))
			.map((f) => readFileSync(join(DIST, f), 'utf8'));
		const unique = [...new Set([...scripts, ...external])];
		const total = gz(unique.join('\n'));
		console.log(`JavaScript: ${unique.length} distinct scripts, ${kb(total)} gzip together`);
		expect(total, unique.map((s) => `${kb(gz(s))}: ${s.slice(0, 60)}`).join('\n')).toBeLessThanOrEqual(2 * 1024);
	});

	it('keeps the article page under 60 KB gzip of HTML, CSS and JavaScript, diagrams included', () => {
		const html = readFileSync(join(DIST, 'reports', 'xiaomi-2021-12', 'index.html'), 'utf8');
		const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
			readFileSync(join(DIST, m[1]), 'utf8'),
		);
		const parts = { html: gz(html), css: gz(css.join('')) };
		const total = parts.html + parts.css;
		console.log(`article page: HTML ${kb(parts.html)} + CSS ${kb(parts.css)} = ${kb(total)} gzip`);
		expect(total).toBeLessThanOrEqual(60 * 1024);
	});

	it('keeps the article of 150 changes under 60 KB gzip too: its change diagrams on their pages, its big overviews on theirs', () => {
		const root = join(process.cwd(), 'dist-fixtures');
		const html = readFileSync(join(root, 'reports', 'synthetic-150', 'index.html'), 'utf8');
		const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
			readFileSync(join(root, m[1]), 'utf8'),
		);
		const total = gz(html) + gz(css.join(''));
		console.log(
			`article of 150 changes: HTML ${kb(html.length)} raw, ${kb(gz(html))} + CSS ${kb(gz(css.join('')))} = ${kb(total)} gzip`,
		);
		expect(total).toBeLessThanOrEqual(60 * 1024);
		expect(html).not.toMatch(/<figure class="diagram[^"]*" id="diagram-change-/);
		expect(html.match(/>Its diagram, on the change’s page</g)).toHaveLength(150);
		expect(html).toMatch(/<figure class="diagram[^"]*" id="diagram-org-after"/);
	});

	// Gzip hides what a phone must parse, style and lay out. Measured: 284 KB of raw HTML (176 KB of it inline
	// diagrams) and 2,559 elements (1,486 of them in diagrams); the limits leave room for a second, narrow layout of
	// every diagram (another 176 KB and 1,486 elements) and some 8 % more.
	it('keeps the article page under 500 KB of raw HTML and 4,400 elements', () => {
		const html = readFileSync(join(DIST, 'reports', 'xiaomi-2021-12', 'index.html'));
		const elements = page('reports/xiaomi-2021-12/index.html').querySelectorAll('*').length;
		console.log(`article page: HTML ${kb(html.length)} raw, ${elements} elements`);
		expect(html.length).toBeLessThanOrEqual(500 * 1024);
		expect(elements).toBeLessThanOrEqual(4400);
	});

	it('keeps each diagram under 8 KB and each share card under 150 KB', () => {
		const html = readFileSync(join(DIST, 'reports', 'xiaomi-2021-12', 'index.html'), 'utf8');
		const svgs = [...html.matchAll(/<svg\b[^>]*\brole="img"[\s\S]*?<\/svg>/g)].map((m) => gz(m[0]));
		console.log(
			`diagrams: ${svgs.length}, mean ${kb(svgs.reduce((a, b) => a + b, 0) / svgs.length)}, largest ${kb(Math.max(...svgs))} gzip`,
		);
		expect(Math.max(...svgs)).toBeLessThanOrEqual(8 * 1024);
		const cards = files().filter((f) => f.startsWith('og/'));
		const sizes = cards.map((f) => readFileSync(join(DIST, f)).length);
		console.log(`share cards: ${cards.length}, largest ${kb(Math.max(...sizes))}`);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(150 * 1024);
	});
});

describe('links', () => {
	it('has no broken internal link or anchor on any page, stylesheet, feed, sitemap or data file', () => {
		expect(brokenLinks(builtFor(DIST))).toEqual([]);
	});

	it('requests nothing from another host on any page', () => {
		const site = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'http://x/')
			.origin;
		const foreign: string[] = [];
		for (const file of htmlPages) {
			const doc = page(file);
			for (const el of doc.querySelectorAll(
				'[src], link[rel="stylesheet"], link[rel="icon"], link[rel="preload"]',
			)) {
				const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
				if (/^https?:/.test(url) && !url.startsWith(site)) foreign.push(`${file}: ${url}`);
			}
			const css = readFileSync(join(DIST, file), 'utf8').match(/url\((?!["']?(?:#|data:|\/))[^)]*\)/g) ?? [];
			foreign.push(...css.map((u) => `${file}: ${u}`));
		}
		for (const css of files().filter((f) => f.endsWith('.css'))) {
			const urls = readFileSync(join(DIST, css), 'utf8').match(/url\((?!["']?(?:#|data:|\/))[^)]*\)/g) ?? [];
			foreign.push(...urls.map((u) => `${css}: ${u}`));
		}
		expect(foreign).toEqual([]);
	});
});

describe('security', () => {
	it('has a strict Content-Security-Policy on every page that names each inline script and style', () => {
		for (const file of htmlPages) {
			const html = readFileSync(join(DIST, file), 'utf8');
			const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
			if (file.includes('/changes/') && !csp && html.includes('http-equiv="refresh"')) continue;
			expect(csp, file).toBeDefined();
			expect(csp).toMatch(/default-src 'self'/);
			expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
			for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
				expect(csp).toContain(`sha256-${createHash('sha256').update(body).digest('base64')}`);
			}
		}
	});

	it('has no inline event handler, style attribute or javascript: link anywhere, SVG included', () => {
		for (const file of htmlPages) {
			const tags = readFileSync(join(DIST, file), 'utf8').match(/<[a-zA-Z][^>]*>/g) ?? [];
			const bad = tags.filter((t) =>
				/\son[a-z]+\s*=|\sstyle\s*=|(?:href|src)\s*=\s*["']?\s*javascript:/i.test(t),
			);
			expect(bad, file).toEqual([]);
		}
	});
});

describe('valid HTML', () => {
	it('passes html-validate (recommended rules) on every page', async () => {
		const { FileSystemConfigLoader, HtmlValidate } = await import('html-validate');
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const file of htmlPages) {
			const report = await validator.validateFile(join(DIST, file));
			for (const result of report.results)
				for (const m of result.messages)
					problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		console.log(`html-validate: ${htmlPages.length} pages, ${problems.length} problems`);
		expect(problems).toEqual([]);
	});
});
