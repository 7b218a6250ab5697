// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { config } from './src/config.ts';
import diagrams from './src/integrations/diagrams.ts';
import search from './src/integrations/search.ts';
import requireSiteUrl from './src/integrations/siteUrl.ts';
import headers from './src/integrations/headers.ts';
import embedHeights from './src/integrations/embedHeights.ts';

export default defineConfig({
	// The public URL and base path: see src/config.ts and README, “Configuration”.
	site: config.site,
	base: config.base,
	outDir: config.outDir,
	trailingSlash: 'always',
	// Articles hold no code; Shiki's highlighting would need inline styles, which the CSP forbids. A report's text is
	// shown word for word, so its straight quotes and dashes are not turned into typographic ones.
	markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
	integrations: [
		requireSiteUrl(config),
		mdx(),
		sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/embed/') }),
		diagrams(),
		search(),
		headers(),
		embedHeights(),
	],
	vite: { plugins: [tailwindcss()] },
	// Reuse the pages of the previous build whose code and key (src/site/pageKeys.ts) are unchanged: opt-in, see
	// docs/scale.md. Each output folder keeps its own record, so building the site and the fixtures in turn reuses both.
	experimental: { incrementalBuild: config.incremental },
	cacheDir: config.incremental ? `./node_modules/.astro/${config.outDir.replace(/[^A-Za-z0-9]+/g, '-')}` : undefined,
	// A strict Content-Security-Policy in a <meta> of every page: scripts and styles by hash or from this site only.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			styleDirective: { resources: ["'self'"] },
			scriptDirective: { resources: ["'self'"] },
		},
	},
});
