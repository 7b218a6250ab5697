/**
 * Layout shift as a reader on a slow phone sees it: a 390 px wide page in headless Chromium with the CPU slowed 4×
 * and the network at 400 ms round trip and 400 kbps (Chrome DevTools Protocol), the shifts summed by a
 * PerformanceObserver from the first byte until the fonts and every image have settled. Also times when the last
 * diagram of the page became visible, for the reader-side comparison.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../src/render/findChromium.ts';

/** The throttling of the measurement: the "slow phone". */
export const SLOW_PHONE = { cpuRate: 4, latencyMs: 400, kbps: 400, width: 390, height: 844 } as const;

/** What one page load measured. */
export interface PageLoad {
	url: string;
	/** Cumulative layout shift (sum of shifts without recent input). */
	cls: number;
	/** Milliseconds from navigation until the last `figure svg` of the page had a size, or undefined with none. */
	diagramsVisibleMs?: number;
	/** Bytes the page transferred, and of them JavaScript. */
	bytes: number;
	jsBytes: number;
}

/** Recorded in the page before any of its own code runs. */
function observe(): void {
	const w = window as unknown as { __cls: number; __diagramsAt?: number };
	w.__cls = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
			if (!entry.hadRecentInput) w.__cls += entry.value;
	}).observe({ type: 'layout-shift', buffered: true });
	const check = () => {
		const svgs = [...document.querySelectorAll('figure svg')];
		if (
			svgs.length > 0 &&
			document.readyState !== 'loading' &&
			svgs.every((s) => s.getBoundingClientRect().height > 0) &&
			!document.querySelector('pre.mermaid:not([data-processed])')
		)
			w.__diagramsAt ??= performance.now();
		if (w.__diagramsAt === undefined) requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
}

/** Loads each URL once, cold (new context, empty cache), under {@link SLOW_PHONE}; returns what it measured. */
export async function measureLoads(urls: readonly string[], browser?: Browser): Promise<PageLoad[]> {
	const own = browser ?? (await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS }));
	const loads: PageLoad[] = [];
	try {
		for (const url of urls) {
			const context = await own.newContext({
				viewport: { width: SLOW_PHONE.width, height: SLOW_PHONE.height },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
			});
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			const bytesPerSecond = (SLOW_PHONE.kbps * 1024) / 8;
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: SLOW_PHONE.latencyMs,
				downloadThroughput: bytesPerSecond,
				uploadThroughput: bytesPerSecond,
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuRate });
			let bytes = 0;
			let jsBytes = 0;
			const types = new Map<string, string>();
			cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
			cdp.on('Network.loadingFinished', (e) => {
				bytes += e.encodedDataLength;
				if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
			});
			await page.addInitScript(observe);
			await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
			await page.evaluate(() => document.fonts.ready);
			// Client-side diagrams finish long after load on a slow phone; their shifts count too.
			await page.waitForFunction(
				() =>
					!document.querySelector('figure') ||
					(window as unknown as { __diagramsAt?: number }).__diagramsAt !== undefined,
				undefined,
				{ timeout: 300_000, polling: 250 },
			);
			await page.waitForTimeout(1500);
			const result = await page.evaluate(() => {
				const w = window as unknown as { __cls: number; __diagramsAt?: number };
				return { cls: w.__cls, diagramsAt: w.__diagramsAt };
			});
			loads.push({ url, cls: result.cls, diagramsVisibleMs: result.diagramsAt, bytes, jsBytes });
			await context.close();
		}
	} finally {
		if (!browser) await own.close();
	}
	return loads;
}
