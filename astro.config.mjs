// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import diagrams from './src/integrations/diagrams.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	outDir: process.env.REORG_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	integrations: [mdx(), diagrams()],
	vite: { plugins: [tailwindcss()] },
});
