/**
 * At the end of a build, measures every change's embed page and writes its natural height into the change's
 * oEmbed JSON (see src/publish/embedSize.ts), so the frame a host makes from it fits what it shows.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { EMBED_SIZE } from '../publish/embed.ts';
import { declareEmbedHeights } from '../publish/embedSize.ts';

/** The embed pages of a built site, as paths within it. */
function embedPages(root: string): string[] {
	return (readdirSync(root, { recursive: true }) as string[])
		.filter((f) => /(^|\/)changes\/[^/]+\/embed\/index\.html$/.test(f))
		.map((f) => `/${f.replace(/index\.html$/, '')}`)
		.sort();
}

/** Declares measured heights in the oEmbed JSON of every embed page. */
export default function embedHeights(): AstroIntegration {
	return {
		name: 'reorg-lens-embed-heights',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (config.diagramsOff) return;
				const root = fileURLToPath(dir);
				const measures = await declareEmbedHeights(root, config.base, embedPages(root));
				for (const m of measures)
					logger.info(
						`${m.path}: declared ${m.declared} px (at ${EMBED_SIZE.width} px ${m.closed}, facts open ${m.open}; at 360 px ${m.narrow.closed}, open ${m.narrow.open})`,
					);
			},
		},
	};
}
