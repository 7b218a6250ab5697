import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/engines/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
