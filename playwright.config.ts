import { defineConfig } from '@playwright/test';
import { config } from './src/config.ts';
import { CHROMIUM_ARGS, requireChromium } from './src/render/findChromium.ts';

const PORT = config.e2ePort;

/** End-to-end tests against the built site, served by `astro preview`, in light and dark. */
export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: config.ci ? 'list' : 'line',
	timeout: 60_000,
	webServer: {
		command: `npm run -s preview -- --port ${PORT} --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
	},
	// e2e/engines holds the engine checks (npm run test:engines), which drive three engines themselves.
	projects: [
		{ name: 'light', use: { colorScheme: 'light' }, testIgnore: [/lighthouse/, /engines\//] },
		{ name: 'dark', use: { colorScheme: 'dark' }, testIgnore: [/lighthouse/, /engines\//] },
		// Lighthouse runs last and alone, so that the other tests do not load the machine while it measures.
		{ name: 'lighthouse', testMatch: /lighthouse/, dependencies: ['light', 'dark'] },
	],
});
