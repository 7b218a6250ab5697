/**
 * A build for publishing never carries a local host silently: `astro build` without SITE_URL stops before it
 * starts, with one line that says how to set it. `npm start` and the test run build with an explicit local URL;
 * the development server and `astro preview` need none.
 */
import type { AstroIntegration } from 'astro';
import { NO_SITE_URL_MESSAGE, type ReorgConfig } from '../config.ts';

/** Stops `astro build` when the configuration has no public URL. */
export default function requireSiteUrl(settings: Pick<ReorgConfig, 'siteUrl'>): AstroIntegration {
	return {
		name: 'reorg-lens-site-url',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build' || settings.siteUrl) return;
				// One line on stderr and a failing exit, rather than Astro's error page with a stack trace.
				console.error(NO_SITE_URL_MESSAGE);
				process.exit(1);
			},
		},
	};
}
