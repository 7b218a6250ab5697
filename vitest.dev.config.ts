import { defineConfig } from 'vitest/config';

/** Tests of the authoring loop: each starts `astro dev` (on E2E_PORT) against a temporary copy of a report folder. */
export default defineConfig({
	test: {
		include: ['test/dev/**/*.test.ts'],
		testTimeout: 300_000,
		hookTimeout: 300_000,
		fileParallelism: false,
	},
});
