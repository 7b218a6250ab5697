/**
 * Every shareable page as a link unfurler reads it: open-graph-scraper (the parser many chat and CMS unfurlers use)
 * runs on each built page that has an address of its own, and what it reads must meet what the platforms need: a
 * title within X's 70 characters and a description within 200, an absolute image URL that names a file of the built
 * site, PNG or JPEG, with its width, height and alt text. Also the icons and theme colours a shared link shows.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { DIST } from './site.ts';
import type { DataIndexJson } from '../../src/publish/openData.ts';

const ROOTS = [DIST, join(process.cwd(), 'dist-fixtures')].filter((root) => existsSync(join(root, 'index.html')));

/** The pages people share: everything with an address, apart from the embed frames, which are not shared, and the
 * forwarding pages of renamed changes, which send readers (and unfurlers) on to the page that has the card. */
function shareable(root: string): string[] {
	const forwards = (f: string) => /<meta http-equiv="refresh"/i.test(readFileSync(join(root, f), 'utf8'));
	return (readdirSync(root, { recursive: true }) as string[])
		.filter(
			(f) => (f.endsWith('index.html') || f === '404.html') && !/\/embed\/index\.html$/.test(f) && !forwards(f),
		)
		.sort();
}

/** The size of a PNG or JPEG, read from its header, with its type. */
function imageSize(data: Buffer): { type: string; width: number; height: number } {
	if (data.subarray(1, 4).toString() === 'PNG')
		return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
	if (data[0] === 0xff && data[1] === 0xd8) {
		for (let at = 2; at < data.length; at += 2 + data.readUInt16BE(at + 2)) {
			if (data[at + 1] >= 0xc0 && data[at + 1] <= 0xc3)
				return { type: 'jpeg', width: data.readUInt16BE(at + 7), height: data.readUInt16BE(at + 5) };
		}
	}
	return { type: 'other', width: 0, height: 0 };
}

describe.each(ROOTS.map((root) => [root.split('/').pop(), root] as const))(
	'shared links of %s, as open-graph-scraper reads them',
	(_name, root) => {
		const pages = shareable(root);
		const origin = new URL(
			(JSON.parse(readFileSync(join(root, 'data', 'index.json'), 'utf8')) as DataIndexJson).reports[0].json,
		).origin;

		it.each(pages)('%s', async (file) => {
			const html = readFileSync(join(root, file), 'utf8');
			const { result, error } = await ogs({ html });
			expect(error, file).toBe(false);
			if (file === '404.html') return;
			for (const title of [result.ogTitle, result.twitterTitle])
				expect(title?.length, `${file}: title “${title}”`).toBeLessThanOrEqual(70);
			for (const description of [result.ogDescription, result.twitterDescription]) {
				expect(description?.length, `${file}: description “${description}”`).toBeGreaterThan(0);
				expect(description?.length, `${file}: description “${description}”`).toBeLessThanOrEqual(200);
			}
			const [image] = result.ogImage ?? [];
			expect(image?.url, file).toMatch(new RegExp(`^${origin}/`));
			const png = join(root, decodeURIComponent(new URL(image.url).pathname));
			expect(existsSync(png), `${file}: ${image.url} is not in the built site`).toBe(true);
			const size = imageSize(readFileSync(png));
			expect(['png', 'jpeg'], file).toContain(size.type);
			expect(image.type, file).toBe(size.type === 'png' ? 'image/png' : 'image/jpeg');
			expect([Number(image.width), Number(image.height)], file).toEqual([size.width, size.height]);
			expect(image.alt?.length, `${file}: image alt`).toBeGreaterThan(10);
			expect(result.twitterImage?.[0]?.url, file).toBe(image.url);
			expect(result.twitterImage?.[0]?.alt, file).toBe(image.alt);
		});

		it('gives every shareable page its own card and its own alt text', () => {
			const cards = new Map<string, string>();
			// A diagram's full-size page enlarges a figure of its change's page or of the article, and shares that card.
			const enlarged = (file: string) => /\/diagrams\/[^/]+\/index\.html$/.test(file);
			for (const file of pages.filter((f) => f !== '404.html' && !enlarged(f))) {
				const html = readFileSync(join(root, file), 'utf8');
				const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? '';
				const alt = html.match(/<meta property="og:image:alt" content="([^"]+)"/)?.[1] ?? '';
				expect(cards.get(image), `${file} shares its card with ${cards.get(image)}`).toBeUndefined();
				cards.set(image, file);
				expect(alt, file).not.toBe('Reorg Lens');
			}
			for (const file of pages.filter(enlarged)) {
				const image =
					readFileSync(join(root, file), 'utf8').match(/<meta property="og:image" content="([^"]+)"/)?.[1] ??
					'';
				const owner = cards.get(image) ?? '';
				const diagram = file.match(/\/diagrams\/([^/]+)\//)?.[1] ?? '';
				expect(owner, `${file} shares the card of ${owner}`).toBe(
					diagram.startsWith('change-')
						? file.replace(/diagrams\/change-([^/]+)\/index\.html$/, 'changes/$1/index.html')
						: file.replace(/diagrams\/[^/]+\/index\.html$/, 'index.html'),
				);
			}
		});

		it('offers a 180×180 touch icon and a theme colour for each scheme', () => {
			const html = readFileSync(join(root, 'index.html'), 'utf8');
			const href = html.match(/<link rel="apple-touch-icon" href="([^"]+)"/)?.[1] ?? '';
			const icon = imageSize(readFileSync(join(root, href)));
			expect(icon).toEqual({ type: 'png', width: 180, height: 180 });
			const colours = [
				...html.matchAll(
					/<meta name="theme-color" content="(#[0-9a-f]{6})" media="\(prefers-color-scheme: (light|dark)\)"/g,
				),
			].map((m) => m[2]);
			expect(colours.sort()).toEqual(['dark', 'light']);
		});
	},
);
