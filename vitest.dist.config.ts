import { defineConfig } from 'vitest/config';

/** Golden tests of the built site in dist/: run after `npm run build`. */
export default defineConfig({
	test: {
		include: ['test/dist/**/*.test.ts'],
		testTimeout: 60_000,
		// One file at a time: build tests share Astro's generated modules (.astro/), and two builds at once break each other.
		fileParallelism: false,
	},
});
