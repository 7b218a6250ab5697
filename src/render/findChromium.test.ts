import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeConfig } from '../config.ts';
import {
	browserIdentity,
	chromiumCandidates,
	ChromiumNotFoundError,
	findChromium,
	NO_CHROMIUM_MESSAGE,
	requireChromium,
	requireRenderChromium,
} from './findChromium.ts';

/** The Chromium settings a made-up environment gives. */
const chromiumOf = (env: Record<string, string>) => normalizeConfig(env).chromium;

describe('finding Chromium', () => {
	it('tries the environment first, then Playwright’s cache, then system paths', () => {
		const cache = mkdtempSync(join(tmpdir(), 'pw-'));
		mkdirSync(join(cache, 'chromium-1200', 'chrome-linux64'), { recursive: true });
		writeFileSync(join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'), '');
		const list = chromiumCandidates(
			chromiumOf({ CHROMIUM_PATH: '/opt/x/chrome', PLAYWRIGHT_BROWSERS_PATH: cache }),
		);
		expect(list[0]).toBe('/opt/x/chrome');
		expect(list.indexOf(join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'))).toBeLessThan(
			list.indexOf('/usr/bin/chromium'),
		);
		expect(findChromium(chromiumOf({ PLAYWRIGHT_BROWSERS_PATH: cache, HOME: '/nonexistent' }))).toBeDefined();
	});

	it('names a CHROMIUM_PATH that does not exist rather than ignoring it', () => {
		expect(() => findChromium(chromiumOf({ CHROMIUM_PATH: '/no/such/chrome' }))).toThrow(
			/CHROMIUM_PATH points at \/no\/such\/chrome/,
		);
	});

	it('stops with one line saying what to run when there is none', () => {
		const empty = mkdtempSync(join(tmpdir(), 'none-'));
		const candidates = chromiumCandidates(chromiumOf({ PLAYWRIGHT_BROWSERS_PATH: empty }));
		if (
			candidates.some(
				(p) =>
					p.startsWith('/usr') ||
					p.startsWith('/opt') ||
					p.startsWith('/snap') ||
					p.startsWith('/Applications'),
			)
		) {
			// System paths are machine facts; the message itself is what this test pins down.
			expect(NO_CHROMIUM_MESSAGE).not.toContain('\n');
		}
		expect(new ChromiumNotFoundError().message).toBe(NO_CHROMIUM_MESSAGE);
		expect(NO_CHROMIUM_MESSAGE).toMatch(/npm run setup/);
		expect(typeof requireChromium).toBe('function');
	});

	it('draws with a headless shell from Playwright’s cache when there is one, and with CHROMIUM_PATH when it is set', () => {
		const cache = mkdtempSync(join(tmpdir(), 'pw-'));
		const shell = join(
			cache,
			'chromium_headless_shell-1200',
			'chrome-headless-shell-linux64',
			'chrome-headless-shell',
		);
		mkdirSync(join(shell, '..'), { recursive: true });
		writeFileSync(shell, '');
		const drawing = requireRenderChromium(chromiumOf({ PLAYWRIGHT_BROWSERS_PATH: cache }));
		expect(drawing === shell || drawing.includes('headless-shell'), drawing).toBe(true);
		expect(requireRenderChromium(chromiumOf({ CHROMIUM_PATH: shell, PLAYWRIGHT_BROWSERS_PATH: cache }))).toBe(
			shell,
		);
	});

	it('tells browsers apart by name and version, for the keys of what they draw', () => {
		const dir = mkdtempSync(join(tmpdir(), 'fake-chrome-'));
		const fake = (name: string, version: string) => {
			const path = join(dir, name);
			writeFileSync(path, `#!/bin/sh\necho "Chromium ${version}"\n`, { mode: 0o755 });
			return path;
		};
		expect(browserIdentity(fake('chromium-headless-shell', '156.0.1'))).toBe(
			'chromium-headless-shell Chromium 156.0.1',
		);
		expect(browserIdentity(fake('chromium', '156.0.1'))).toBe('chromium Chromium 156.0.1');
		expect(browserIdentity(fake('chromium-next', '157.0.0'))).not.toBe(browserIdentity(join(dir, 'chromium')));
	});
});
