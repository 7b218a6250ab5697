/**
 * The published full-size SVGs keep their meaning outside a browser: rsvg-convert (what many previewers, chat apps
 * and converters draw SVG with) must show the red, green and amber of ended, started and moved where Chromium
 * draws them, about as many pixels of each (a dashed line drawn solid would have some 1.7 times as many), with the
 * spaces between words, and the dark theme must have colours of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../../src/render/findChromium.ts';
import { decodePng, type Pixels } from './png.ts';
import { DIST, files } from './site.ts';

/** The meaning colours of the diagrams, told apart by hue among saturated pixels. */
type Meaning = 'red' | 'green' | 'amber';

/** How many pixels of each meaning colour an image has. */
export function meaningPixels({ rgba }: Pixels): Record<Meaning, number> {
	const counts = { red: 0, green: 0, amber: 0 };
	for (let i = 0; i < rgba.length; i += 4) {
		const [r, g, b] = [rgba[i] / 255, rgba[i + 1] / 255, rgba[i + 2] / 255];
		const max = Math.max(r, g, b);
		const delta = max - Math.min(r, g, b);
		if (rgba[i + 3] < 128 || max < 0.25 || delta / max < 0.3) continue;
		const hue =
			max === r
				? (60 * ((g - b) / delta) + 360) % 360
				: max === g
					? 60 * ((b - r) / delta) + 120
					: 60 * ((r - g) / delta) + 240;
		if (hue >= 345 || hue < 15) counts.red++;
		else if (hue >= 20 && hue < 55) counts.amber++;
		else if (hue >= 90 && hue < 170) counts.green++;
	}
	return counts;
}

const svgs = files().filter((f) => /^reports\/[^/]+\/diagrams\/[^/]+\.svg$/.test(f));
const work = mkdtempSync(join(tmpdir(), 'reorg-standalone-'));
let browser: Browser;

beforeAll(async () => {
	browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
});

/** The SVG as Chromium draws it at natural size, in a light or dark system theme. */
async function inBrowser(file: string, scheme: 'light' | 'dark'): Promise<Pixels> {
	const svg = readFileSync(join(DIST, file), 'utf8');
	const width = Number(svg.match(/^<svg\b[^>]*\swidth="(\d+)"/)?.[1]);
	const height = Number(svg.match(/^<svg\b[^>]*\sheight="(\d+)"/)?.[1]);
	const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
	try {
		await page.goto(pathToFileURL(join(DIST, file)).href);
		return decodePng(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
	} finally {
		await page.close();
	}
}

/** The SVG as rsvg-convert draws it at natural size. */
function inRsvg(file: string): Pixels {
	const out = join(work, 'out.png');
	try {
		execFileSync('rsvg-convert', ['-o', out, join(DIST, file)]);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error('rsvg-convert is not installed: apt-get install librsvg2-bin (.ci/run does)', {
				cause: error,
			});
		throw error;
	}
	return decodePng(readFileSync(out));
}

describe('standalone SVGs', () => {
	it('are published for every diagram', () => {
		expect(svgs.length).toBeGreaterThanOrEqual(11);
	});

	it.each(svgs)('%s writes colours as plain values, with no leading-space word tspans', (file) => {
		const text = readFileSync(join(DIST, file), 'utf8');
		const { document } = parseHTML(`<html><body>${text}</body></html>`);
		const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('');
		expect(css).not.toMatch(/var\(|light-dark\(|:is\(/);
		expect(css).toMatch(/@media \(prefers-color-scheme:\s*dark\)/);
		const spaced = [...document.querySelectorAll('tspan')].filter(
			(t) => t.previousElementSibling?.tagName.toLowerCase() === 'tspan' && /^\s/.test(t.textContent ?? ''),
		);
		expect(spaced.map((t) => t.textContent)).toEqual([]);
	});

	it.each(svgs)('%s shows in rsvg-convert the meaning colours Chromium draws', async (file) => {
		const [light, dark] = [await inBrowser(file, 'light'), await inBrowser(file, 'dark')];
		const browserCounts = meaningPixels(light);
		const rsvgCounts = meaningPixels(inRsvg(file));
		const darkCounts = meaningPixels(dark);
		for (const meaning of ['red', 'green', 'amber'] as const) {
			const seen = browserCounts[meaning];
			const why = `${meaning}: Chromium ${seen}, rsvg-convert ${rsvgCounts[meaning]}, Chromium dark ${darkCounts[meaning]}`;
			if (seen < 40) {
				expect(rsvgCounts[meaning], why).toBeLessThan(40 + seen);
				continue;
			}
			expect(rsvgCounts[meaning], why).toBeGreaterThan(seen * 0.75);
			expect(rsvgCounts[meaning], why).toBeLessThan(seen * 1.35);
			expect(darkCounts[meaning], why).toBeGreaterThan(seen * 0.5);
		}
		// The dark theme is a theme of its own, not the light drawing again.
		expect(Buffer.compare(Buffer.from(light.rgba), Buffer.from(dark.rgba))).not.toBe(0);
	});
});
