/**
 * The fixture site for e2e specs: the stress fixtures are built into dist-fixtures/ (`npm run build:fixtures`), which
 * a spec serves from disk under an origin of its own, so it needs no second preview server.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const FIXTURES = join(process.cwd(), 'dist-fixtures');
const FIXTURE_ORIGIN = 'http://fixtures.test';
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.json': 'application/json',
};

/** Opens a page of the fixture site, served from dist-fixtures/ on disk. */
export async function gotoFixture(page: Page, path: string) {
	expect(existsSync(join(FIXTURES, 'index.html')), 'run npm run build:fixtures first').toBe(true);
	await page.route(`${FIXTURE_ORIGIN}/**`, async (route) => {
		let file = join(FIXTURES, decodeURIComponent(new URL(route.request().url()).pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({
			body: readFileSync(file),
			contentType: TYPES[extname(file)] ?? 'application/octet-stream',
		});
	});
	await page.goto(`${FIXTURE_ORIGIN}${path}`);
}
