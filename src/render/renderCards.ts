/**
 * Renders share cards to 1200×630 PNG in headless Chromium, caching each by a hash of its HTML so that a warm
 * build starts no browser, and copies them into the built site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CARD_CSS, type Card } from '../cards/cardHtml.ts';
import { cacheDir } from './cache.ts';
import { CHROMIUM_ARGS, requireChromium } from './findChromium.ts';
import { interFontFace } from './siteFont.ts';

/** The full HTML document of a card. */
export function cardDocument(card: Card, font = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${font}${CARD_CSS}</style></head><body>${card.body}</body></html>`;
}

/** Renders the cards missing from the cache, then copies every card to `outDir`; returns how many were rendered. */
export async function renderCards(cards: readonly Card[], outDir: string): Promise<{ total: number; rendered: number }> {
	const dir = join(cacheDir(), '..', 'cards');
	mkdirSync(dir, { recursive: true });
	const keyed = cards.map((card) => ({ card, file: join(dir, `${createHash('sha256').update(CARD_CSS).update(card.body).digest('hex').slice(0, 32)}.png`) }));
	const missing = keyed.filter((k) => !existsSync(k.file));
	let browser: Browser | undefined;
	try {
		if (missing.length > 0) {
			browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
			const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
			const font = interFontFace();
			for (const { card, file } of missing) {
				await page.setContent(cardDocument(card, font));
				await page.evaluate(() => document.fonts.ready);
				await page.screenshot({ path: file, type: 'png' });
			}
		}
	} finally {
		await browser?.close();
	}
	for (const { card, file } of keyed) {
		const target = join(outDir, card.path);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(file, target);
	}
	return { total: cards.length, rendered: missing.length };
}
