/**
 * The authoring loop under `npm run dev`: a browser keeps the article open while its YAML is edited on disk. The
 * page must update by itself (no restart, no manual reload), invalid data must show its problems in Astro's error
 * overlay and in the terminal, and the page must come back when the data is fixed.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { copyReport, editFile, startDevServer, type DevServer } from '../helpers/devServer.ts';
import { CHROMIUM_ARGS, requireChromium } from '../../src/render/findChromium.ts';

const PORT = config.e2ePort;
const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'reports', 'northwind-2030-01');
const PATH = '/reports/northwind-2030-01/';

describe('the authoring loop in the dev server', () => {
	let server: DevServer;
	let browser: Browser;
	let page: Page;
	let dir: string;

	beforeAll(async () => {
		const copy = copyReport(FIXTURE);
		dir = copy.dir;
		server = await startDevServer(PORT, copy.root, PATH);
		browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
		page = await browser.newPage();
		await page.goto(new URL(PATH, server.origin).href);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	const pageSays = (text: string) =>
		page.waitForFunction((t) => document.body?.textContent?.includes(t) ?? false, text, { timeout: 120_000 });

	it('updates the open page when a YAML file is saved, without a restart or a reload', async () => {
		await pageSays('Devices Division');
		editFile(dir, 'units.yaml', (t) =>
			t.replace('  name: Devices Division', '  name: Devices and Robots Division'),
		);
		await pageSays('Devices and Robots Division');
		expect(await page.locator('.report-text').count()).toBe(1);
	});

	it('shows invalid data in the overlay and the terminal, with file, line, field and fix, and recovers when fixed', async () => {
		editFile(dir, 'changes.yaml', (t) => t.replace('kind: merge', 'kind: merger'));
		const overlay = page.locator('vite-error-overlay');
		await overlay.waitFor({ state: 'attached', timeout: 120_000 });
		const shown = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? el.textContent ?? '');
		expect(shown).toMatch(/changes\.yaml:3:9 \[0\]\.kind: must be one of "merge"/);
		expect(shown).toContain('fix: use one of the listed values');
		expect(server.output()).toMatch(/changes\.yaml:3:9 \[0\]\.kind: must be one of "merge"/);

		editFile(dir, 'changes.yaml', (t) => t.replace('kind: merger', 'kind: merge'));
		await overlay.waitFor({ state: 'detached', timeout: 120_000 });
		await pageSays('Devices and Robots Division');
	});
});
