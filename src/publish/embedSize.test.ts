import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declareEmbedHeights } from './embedSize.ts';

/**
 * A built site of two embed pages whose heights are known from their CSS: the measure must read the natural size
 * (the `measuring` class set), count the facts as text when opened, and take the phone layout's height when it is
 * the taller, then write that one number into the oEmbed JSON beside each page.
 */
const PAGE = (css: string) => `<!doctype html><html><head><style>
body { margin: 0; } .block { height: 300px; } details > div { height: 200px; } summary { height: 20px; }
${css}
</style></head><body><div class="block"></div><details><summary>Facts as text</summary><div></div></details></body></html>`;

const OEMBED = { type: 'rich', width: 640, height: 1, html: '<iframe src="x" width="640" height="1"></iframe>' };

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'embed-size-'));
	const pages: Record<string, string> = {
		// The drawing is shrunk to 100 px unless the page is measured at its natural size.
		natural: PAGE('.block { height: 100px; } .measuring .block { height: 300px; }'),
		// On a 360 px phone the block stacks taller than the wide page with its facts open.
		phone: PAGE('@media (max-width: 400px) { .block { height: 900px; } }'),
	};
	for (const [name, html] of Object.entries(pages)) {
		mkdirSync(join(root, 'changes', name, 'embed'), { recursive: true });
		writeFileSync(join(root, 'changes', name, 'embed', 'index.html'), html);
		writeFileSync(join(root, 'changes', name, 'oembed.json'), JSON.stringify(OEMBED));
	}
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const oembed = (name: string) =>
	JSON.parse(readFileSync(join(root, 'changes', name, 'oembed.json'), 'utf8')) as typeof OEMBED;

describe('the embed height measure', () => {
	it('declares the tallest of the page closed, open and on a phone, in the JSON and its iframe', async () => {
		const measures = await declareEmbedHeights(root, '/base/', [
			'/changes/natural/embed/',
			'/changes/phone/embed/',
		]);
		const [natural, phone] = measures;
		expect(natural).toMatchObject({ closed: 320, open: 520, narrow: { closed: 320, open: 520 }, declared: 520 });
		expect(phone).toMatchObject({ closed: 320, open: 520, narrow: { closed: 920, open: 1120 }, declared: 1120 });
		expect(oembed('natural')).toMatchObject({ height: 520, width: 640 });
		expect(oembed('natural').html).toBe('<iframe src="x" width="640" height="520"></iframe>');
		expect(oembed('phone').height).toBe(1120);
	});

	it('measures nothing, and starts no browser, when a site has no embeds', async () => {
		expect(await declareEmbedHeights('/nonexistent', '/', [])).toEqual([]);
	});
});
