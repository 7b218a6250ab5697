/**
 * Lighthouse (mobile) on pages of the built site, with the Chromium the build uses, for the quality gates and the
 * benchmark. Scores are 0 to 100 per category.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from './findChromium.ts';

/** The four Lighthouse categories' scores for one URL. */
export interface LighthouseScores {
	url: string;
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
}

/** Runs Lighthouse's mobile audit on each URL in turn, in one headless Chromium. */
export async function lighthouseScores(urls: readonly string[]): Promise<LighthouseScores[]> {
	const chrome = await chromeLauncher.launch({ chromePath: requireChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
	try {
		const out: LighthouseScores[] = [];
		for (const url of urls) {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
			const categories = result?.lhr.categories ?? {};
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			out.push({ url, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
		}
		return out;
	} finally {
		chrome.kill();
	}
}
