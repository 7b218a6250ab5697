import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeConfig } from '../config.ts';
import { chromiumCandidates, ChromiumNotFoundError, findChromium, NO_CHROMIUM_MESSAGE, requireChromium } from './findChromium.ts';

/** The Chromium settings a made-up environment gives. */
const chromiumOf = (env: Record<string, string>) => normalizeConfig(env).chromium;

describe('finding Chromium', () => {
	it('tries the environment first, then Playwright’s cache, then system paths', () => {
		const cache = mkdtempSync(join(tmpdir(), 'pw-'));
		mkdirSync(join(cache, 'chromium-1200', 'chrome-linux64'), { recursive: true });
		writeFileSync(join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'), '');
		const list = chromiumCandidates(chromiumOf({ CHROMIUM_PATH: '/opt/x/chrome', PLAYWRIGHT_BROWSERS_PATH: cache }));
		expect(list[0]).toBe('/opt/x/chrome');
		expect(list.indexOf(join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'))).toBeLessThan(list.indexOf('/usr/bin/chromium'));
		expect(findChromium(chromiumOf({ PLAYWRIGHT_BROWSERS_PATH: cache, HOME: '/nonexistent' }))).toBeDefined();
	});

	it('names a CHROMIUM_PATH that does not exist rather than ignoring it', () => {
		expect(() => findChromium(chromiumOf({ CHROMIUM_PATH: '/no/such/chrome' }))).toThrow(/CHROMIUM_PATH points at \/no\/such\/chrome/);
	});

	it('stops with one line saying what to run when there is none', () => {
		const empty = mkdtempSync(join(tmpdir(), 'none-'));
		const candidates = chromiumCandidates(chromiumOf({ PLAYWRIGHT_BROWSERS_PATH: empty }));
		if (candidates.some((p) => p.startsWith('/usr') || p.startsWith('/opt') || p.startsWith('/snap') || p.startsWith('/Applications'))) {
			// System paths are machine facts; the message itself is what this test pins down.
			expect(NO_CHROMIUM_MESSAGE).not.toContain('\n');
		}
		expect(new ChromiumNotFoundError().message).toBe(NO_CHROMIUM_MESSAGE);
		expect(NO_CHROMIUM_MESSAGE).toMatch(/npm run setup/);
		expect(typeof requireChromium).toBe('function');
	});
});
