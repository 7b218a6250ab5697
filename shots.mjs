// usage: node shots.mjs url outprefix width scheme [chunk]
import { chromium } from 'playwright-core';
const [url, out, width = '1440', scheme = 'light', chunk = '2400'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: 'networkidle' });
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const w = await page.evaluate(() => document.documentElement.scrollWidth);
let i = 0;
for (let y = 0; y < h; y += Number(chunk)) {
  await page.screenshot({ path: `${out}-${String(i++).padStart(2, '0')}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(Number(chunk), h - y) } });
}
console.log(`height ${h} scrollWidth ${w} chunks ${i}`);
await browser.close();
