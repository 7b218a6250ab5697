import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

for (const path of builtPages()) {
	test(`axe finds no WCAG 2.2 AA violation on ${path}, and the page logs no error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(errors, 'console errors, Content-Security-Policy violations included').toEqual([]);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const summary = results.violations.map(
			(v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
		);
		expect(summary).toEqual([]);
	});
}
