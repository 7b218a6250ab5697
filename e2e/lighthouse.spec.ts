import { expect, test } from '@playwright/test';
import { lighthouseScores } from '../test/helpers/lighthouse.ts';

// Lighthouse emulates its own device, so one run, in a project of its own after the others, measures both themes.
test('Lighthouse (mobile) scores the article and a change page', async ({ baseURL }) => {
	test.setTimeout(240_000);
	const scores = await lighthouseScores([
		`${baseURL}/reports/xiaomi-2021-12/`,
		`${baseURL}/reports/xiaomi-2021-12/changes/youpin-to-xiaomi-china/`,
	]);
	for (const s of scores) {
		console.log(
			`lighthouse ${new URL(s.url).pathname}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`,
		);
		// Performance is printed, not asserted: on a shared two-core machine it moves with the load of the moment.
		expect(s.accessibility).toBeGreaterThanOrEqual(95);
		expect(s['best-practices']).toBeGreaterThanOrEqual(95);
		expect(s.seo).toBeGreaterThanOrEqual(95);
	}
});
