/**
 * The share cards drawn without a browser, kept to measure against the Chromium renderer the build uses
 * (src/render/renderCards.ts): satori lays a card's HTML out with the card stylesheet (given as a `<style>` element,
 * which satori applies with its own cascade: flexbox, grid, `::before`, line clamps) and writes it as SVG with every
 * glyph as a path; resvg-js rasters that SVG to a 1200×630 PNG. The cards come out as a reader sees them in Chromium,
 * the same bytes on every run, but slower on this project's machines (see `npm run bench`, section cards), so the
 * build does not use it. Satori draws a variable font at its default instance only, so the site's Inter Variable is
 * instanced at each weight the cards use (HarfBuzz, through subset-font), and the CJK subset is passed as it is.
 * Satori clips each box of an `overflow: hidden` parent with both a clip path and a rectangular mask of the same
 * shape; resvg draws every mask as a full-size layer (nine-tenths of its time on a card), so rectangular masks are
 * turned into clip paths first, with identical pixels.
 */
import { crc32, deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { CARD_CSS, type Card } from '../src/cards/cardHtml.ts';
import { CJK_FAMILY, fontCodePoints, type CjkFont } from '../src/render/cjkFont.ts';

const require = createRequire(import.meta.url);

/** A font weight as satori takes it. */
type Weight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

/** A font as satori takes it. */
export interface SatoriFont {
	name: string;
	data: Buffer | Uint8Array;
	weight: Weight;
	style: 'normal';
}

/** An element of satori's tree. */
export interface SatoriNode {
	type: string;
	props: Record<string, unknown> & { children?: (SatoriNode | string)[] };
}

type Parsed = DefaultTreeAdapterMap['childNode'];

function toNode(node: Parsed): SatoriNode | string | undefined {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	if (!('tagName' in node)) return undefined;
	const props: SatoriNode['props'] = {};
	// parse5 lower-cases attribute names in HTML; SVG's viewBox is read by satori in its own spelling.
	for (const { name, value } of node.attrs) props[name === 'viewbox' ? 'viewBox' : name] = value;
	const children = node.childNodes.map(toNode).filter((c): c is SatoriNode | string => c !== undefined);
	if (children.length) props.children = children;
	return { type: node.tagName, props };
}

/**
 * A card's HTML as satori's tree: a 1200×630 root standing for the page's body (the stylesheet's `body` rule is
 * applied to it), the stylesheet, then the card.
 */
export function cardTree(card: Pick<Card, 'body'>, css = CARD_CSS): SatoriNode {
	const body = parseFragment(card.body)
		.childNodes.map(toNode)
		.filter((c): c is SatoriNode | string => c !== undefined);
	const style: SatoriNode = { type: 'style', props: { children: [css.replace(/(^|\n)body \{/g, '$1.card-body {')] } };
	return { type: 'div', props: { class: 'card-body', children: [style, ...body] } };
}

/**
 * Satori's SVG with its rectangular overflow masks turned into clip paths. Each such mask is one rectangle, white,
 * itself masked by its parent's; an element that carries it also carries the clip path of the same rectangle, or
 * none. So the mask is dropped where a clip path is already there, and becomes a clip path (chained to its
 * parent's) where not. Masks of other shapes (rounded boxes) are left as they are.
 */
export function masksToClips(svg: string): string {
	const rectMask =
		/<mask id="(satori_om[^"]*)"><rect x="([^"]*)" y="([^"]*)" width="([^"]*)" height="([^"]*)" fill="#fff"(?: mask="url\(#(satori_om[^)]*)\)")?\/><\/mask>/g;
	const converted = new Set<string>();
	const clips = svg.replace(
		rectMask,
		(_all, id: string, x: string, y: string, w: string, h: string, parent?: string) => {
			converted.add(id);
			return `<clipPath id="${id}"${parent ? ` clip-path="url(#${parent})"` : ''}><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath>`;
		},
	);
	return clips.replace(
		/<([a-zA-Z]+)([^<>]*?) mask="url\(#(satori_om[^)]*)\)"([^<>]*)>/g,
		(tag, name: string, before: string, id: string, after: string) => {
			if (!converted.has(id)) return tag;
			return /clip-path=/.test(before + after)
				? `<${name}${before}${after}>`
				: `<${name}${before} clip-path="url(#${id})"${after}>`;
		},
	);
}

/** Satori's options for a card: its size and fonts; a style satori cannot apply is left out, as a browser would. */
const satoriOptions = (fonts: readonly SatoriFont[]) => ({
	width: 1200,
	height: 630,
	fonts: fonts as SatoriFont[],
	onStyleError: () => undefined,
});

/** One card as SVG, glyphs as paths, its masks made clip paths (see `masksToClips`). */
async function cardSvg(card: Pick<Card, 'body'>, fonts: readonly SatoriFont[]): Promise<string> {
	const { default: satori } = await import('satori');
	return masksToClips(await satori(cardTree(card), satoriOptions(fonts) as never));
}

const chunk = (type: string, data: Buffer) => {
	const bytes = Buffer.alloc(12 + data.length);
	bytes.writeUInt32BE(data.length, 0);
	bytes.write(type, 4, 'latin1');
	data.copy(bytes, 8);
	bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
	return bytes;
};

/**
 * RGBA pixels as a PNG: rows unfiltered, deflated at zlib's fastest level. resvg-js's own encoder takes about twice
 * as long for a card and gives a file of about the same size (flat colour and text compress well either way).
 */
export function encodePng(pixels: Buffer, width: number, height: number): Buffer {
	const row = width * 4;
	const raw = Buffer.alloc(height * (1 + row));
	for (let y = 0; y < height; y++) pixels.copy(raw, y * (1 + row) + 1, y * row, (y + 1) * row);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
	return Buffer.concat([
		PNG_SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 1 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One card as a 1200×630 PNG: satori's SVG rastered by resvg-js, which loads no system font (text is paths). */
export async function drawCardPng(card: Pick<Card, 'body'>, fonts: readonly SatoriFont[]): Promise<Buffer> {
	const [svg, { Resvg }] = await Promise.all([cardSvg(card, fonts), import('@resvg/resvg-js')]);
	const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
	return encodePng(image.pixels, image.width, image.height);
}

/**
 * Each weight satori is given, with the weight the variable font is instanced at for it. Satori takes weights by
 * hundreds; the card title's 750 is given as 800 (no other text asks for 800). The boxes' relation labels ask for
 * 650 and get the 700 instance, the one CSS font matching picks.
 */
const INTER_INSTANCES: readonly (readonly [Weight, number])[] = [
	[400, 400],
	[500, 500],
	[600, 600],
	[700, 700],
	[800, 750],
];

/**
 * Every font a card may use: Inter Variable (the site's Latin face) instanced at each weight of `INTER_INSTANCES`,
 * every character kept, then the CJK subset when the reports have CJK text.
 */
export async function cardFonts(cjk: CjkFont | undefined): Promise<SatoriFont[]> {
	const { default: subsetFont } = await import('subset-font');
	const source = readFileSync(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
	const text = String.fromCodePoint(...(await fontCodePoints(source)));
	const inter = await Promise.all(
		INTER_INSTANCES.map(async ([weight, wght]) => ({
			name: 'Inter Variable',
			data: Buffer.from(await subsetFont(source, text, { targetFormat: 'sfnt', variationAxes: { wght } })),
			weight,
			style: 'normal' as const,
		})),
	);
	return cjk ? [...inter, { name: CJK_FAMILY, data: cjk.bytes, weight: 400, style: 'normal' }] : inter;
}
