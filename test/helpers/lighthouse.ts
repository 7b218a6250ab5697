/**
 * Lighthouse (mobile) on pages of the built site, with the Chromium the build uses, for the quality gates and the
 * benchmark. Scores are 0 to 100 per category. One run on a shared machine is noisy (the same page scored 76 and 92
 * an hour apart), so the benchmark runs each page several times and reports the median (`medianScores`).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from '../../src/render/findChromium.ts';

/** The four Lighthouse categories' scores for one URL. */
export interface LighthouseScores {
	url: string;
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
	/** Total blocking time, first and largest contentful paint and speed index, in milliseconds (the lab metrics behind the score). */
	tbtMs: number;
	fcpMs: number;
	lcpMs: number;
	siMs: number;
	/** Cumulative layout shift, unitless. */
	cls: number;
}

/** Runs Lighthouse's mobile audit on each URL in turn (`runs` times each), in one headless Chromium. */
export async function lighthouseScores(urls: readonly string[], runs = 1): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: requireChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	try {
		const out: LighthouseScores[] = [];
		for (const url of urls.flatMap((u) => Array.from({ length: runs }, () => u))) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = result?.lhr.categories ?? {};
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const value = (id: string) => result?.lhr.audits[id]?.numericValue ?? Number.NaN;
			const ms = (id: string) => Math.round(value(id));
			out.push({
				url,
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
				tbtMs: ms('total-blocking-time'),
				fcpMs: ms('first-contentful-paint'),
				lcpMs: ms('largest-contentful-paint'),
				siMs: ms('speed-index'),
				cls: value('cumulative-layout-shift'),
			});
		}
		return out;
	} finally {
		chrome.kill();
	}
}

/** The median of each figure over the runs of one URL (runs of other URLs are ignored). */
export function medianScores(runs: readonly LighthouseScores[], url: string): LighthouseScores & { runs: number[] } {
	const mine = runs.filter((r) => r.url === url);
	if (mine.length === 0) throw new Error(`No Lighthouse run of ${url}.`);
	const median = (key: Exclude<keyof LighthouseScores, 'url'>) => {
		const sorted = mine.map((r) => r[key]).sort((a, b) => a - b);
		const mid = sorted.length >> 1;
		if (sorted.length % 2) return sorted[mid];
		const mean = (sorted[mid - 1] + sorted[mid]) / 2;
		return key === 'cls' ? mean : Math.round(mean);
	};
	return {
		url,
		performance: median('performance'),
		accessibility: median('accessibility'),
		'best-practices': median('best-practices'),
		seo: median('seo'),
		tbtMs: median('tbtMs'),
		fcpMs: median('fcpMs'),
		lcpMs: median('lcpMs'),
		siMs: median('siMs'),
		cls: median('cls'),
		runs: mine.map((r) => r.performance),
	};
}
