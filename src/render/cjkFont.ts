/**
 * The CJK face: Noto Sans SC (SIL Open Font License 1.1, from @fontsource/noto-sans-sc) cut down at build time to
 * exactly the Chinese and Japanese characters that the built reports use, in their data, text and notes. A
 * hundred-odd glyphs weigh a few kilobytes where the whole font weighs a megabyte, so every reader gets the same
 * face, as do the pages Chromium draws at build time (diagrams, share cards), even on a machine with no CJK font
 * installed. Readers fetch it from `/fonts/` (the Content-Security-Policy allows fonts from the site only); the build's
 * own pages get it inlined as a data URL. The subset is cached on disk under a hash of the source font and the
 * characters (and the versions of the subsetting code), so a warm build does not subset again, and published under
 * a hash of its own bytes. A cached subset is used only when it matches the hash recorded when it was cut and its
 * WOFF2 header agrees with its length (verifiedCache.ts); a damaged one is cut again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReportBundle } from '../model/schema.ts';
import { cacheDir, packageVersion } from './cache.ts';
import { checkWoff2 } from './cacheChecks.ts';
import { readEntry, writeEntry } from './verifiedCache.ts';
import { withBase } from '../urls.ts';

const require = createRequire(import.meta.url);

/** The family name pages and build-time documents use for the subset. */
export const CJK_FAMILY = 'Noto Sans SC Subset';

/** The full font the subset is cut from: Google's simplified-Chinese cut of Noto Sans SC, regular weight. */
const SOURCE_FONT = '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2';

/**
 * A character that needs the CJK face: Han ideographs, kana, Hangul, Bopomofo, CJK punctuation and full-width
 * forms. Latin text, digits and general punctuation stay with the site's Latin faces.
 */
const CJK_CHARACTER =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/gu;

/** The subset: its bytes, the characters it covers and the file name it is published under. */
export interface CjkFont {
	/** The woff2 file. */
	bytes: Buffer;
	/** The characters it was cut to, sorted by code point. */
	characters: string[];
	/** `noto-sans-sc-subset-<hash of the bytes>.woff2`, served at `/fonts/<fileName>`. */
	fileName: string;
}

/** The distinct CJK characters in these texts, sorted by code point. */
export function cjkCharacters(texts: Iterable<string>): string[] {
	const found = new Set<string>();
	for (const text of texts) for (const [c] of text.matchAll(CJK_CHARACTER)) found.add(c);
	return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

const perReport = new WeakMap<ReportBundle, string[]>();

/**
 * Every CJK character of these reports: any string anywhere in their data, their verbatim text and article. Each
 * report is read once (every page asks, with the same bundles), so the cost does not grow with pages × reports.
 */
export function reportCharacters(bundles: readonly ReportBundle[]): string[] {
	const sets = bundles.map((bundle) => {
		const known = perReport.get(bundle);
		if (known) return known;
		const found = cjkCharacters([JSON.stringify(bundle)]);
		perReport.set(bundle, found);
		return found;
	});
	return sets.length === 1 ? sets[0] : cjkCharacters(sets.map((set) => set.join('')));
}

/** A CSS `unicode-range` value listing exactly these characters, runs of consecutive code points as ranges. */
export function unicodeRange(characters: readonly string[]): string {
	const points = [...new Set(characters.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
	const runs: string[] = [];
	const hex = (n: number) => `U+${n.toString(16).toUpperCase()}`;
	for (let i = 0; i < points.length;) {
		let j = i;
		while (j + 1 < points.length && points[j + 1] === points[j] + 1) j++;
		runs.push(
			points[i] === points[j] ? hex(points[i]) : `${hex(points[i])}-${points[j].toString(16).toUpperCase()}`,
		);
		i = j + 1;
	}
	return runs.join(',');
}

/** The code points a font maps to glyphs (its cmap), read with HarfBuzz; accepts TTF, OTF, WOFF or WOFF2. */
export async function fontCodePoints(bytes: Uint8Array): Promise<Set<number>> {
	// Loaded here, not at the top: compiling HarfBuzz takes a tenth of a second, and most builds find the subset cached.
	const [{ default: fontverter }, { Blob: HbBlob, Face: HbFace }] = await Promise.all([
		import('fontverter'),
		import('harfbuzzjs'),
	]);
	const sfnt: Uint8Array = await fontverter.convert(Buffer.from(bytes), 'sfnt');
	return new Set(new HbFace(new HbBlob(sfnt), 0).collectUnicodes());
}

const memo = new Map<string, Promise<CjkFont | undefined>>();
let sourceFont: { bytes: Buffer; hash: string } | undefined;

/** The source font and a hash of it, read once a process. */
function source(): { bytes: Buffer; hash: string } {
	if (!sourceFont) {
		const bytes = readFileSync(require.resolve(SOURCE_FONT));
		sourceFont = { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
	}
	return sourceFont;
}

/**
 * The subset for these characters (undefined when there are none), from the cache or cut now. Fails, naming the
 * characters, when the source font lacks any of them: such text would otherwise be drawn in whatever font a
 * reader's machine has, or as empty boxes.
 */
export function cjkFontFor(
	characters: readonly string[],
	dir = join(cacheDir(), '..', 'fonts'),
): Promise<CjkFont | undefined> {
	if (characters.length === 0) return Promise.resolve(undefined);
	const font = source();
	const key = createHash('sha256')
		.update(font.hash)
		.update(subsetterVersions())
		.update('\0')
		.update(characters.join(''))
		.digest('hex')
		.slice(0, 32);
	const cached = memo.get(`${dir}\0${key}`) ?? subsetCached(font.bytes, characters, join(dir, `${key}.woff2`));
	memo.set(`${dir}\0${key}`, cached);
	return cached;
}

/** The versions of the code that cuts the subset, which decide its bytes as much as the characters do. */
const subsetterVersions = () => JSON.stringify(['subset-font', 'harfbuzzjs', 'fontverter'].map(packageVersion));

async function subsetCached(source: Buffer, characters: readonly string[], file: string): Promise<CjkFont> {
	const cached = readEntry(file, checkWoff2);
	let bytes: Buffer;
	if (cached.state === 'ok') bytes = cached.bytes;
	else {
		const covered = await fontCodePoints(source);
		const missing = characters.filter((c) => !covered.has(c.codePointAt(0)!));
		if (missing.length > 0) {
			const list = missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ');
			throw new Error(
				`The CJK font (${SOURCE_FONT}) has no glyph for ${list}.\n` +
					'Hint: check the report data and text for a mistyped character, or change SOURCE_FONT in src/render/cjkFont.ts to a font that covers it.',
			);
		}
		const { default: subsetFont } = await import('subset-font');
		bytes = Buffer.from(await subsetFont(source, characters.join(''), { targetFormat: 'woff2' }));
		writeEntry(file, bytes);
	}
	const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
	return { bytes, characters: [...characters], fileName: `noto-sans-sc-subset-${hash}.woff2` };
}

/** The subset for every CJK character of these reports (undefined when they have none). */
export function cjkFont(bundles: readonly ReportBundle[]): Promise<CjkFont | undefined> {
	return cjkFontFor(reportCharacters(bundles));
}

/** The URL path readers fetch the subset from, under the site's base path. */
const cjkFontPath = (font: CjkFont) => withBase(`/fonts/${font.fileName}`);

/**
 * The `@font-face` rule of the subset, limited by `unicode-range` to its characters, plus the rule that puts it
 * first for text marked `lang="zh"`. `src: 'url'` (pages) points at `/fonts/` under the site's base path
 * (cjkFontPath); `src: 'inline'` embeds the font as base64, for the documents Chromium draws at build time (a
 * page's CSP would refuse a data: font).
 */
export function cjkFontFace(font: CjkFont | undefined, src: 'url' | 'inline' = 'url'): string {
	if (!font) return '';
	const url = src === 'inline' ? `data:font/woff2;base64,${font.bytes.toString('base64')}` : cjkFontPath(font);
	return (
		`@font-face{font-family:'${CJK_FAMILY}';font-style:normal;font-weight:400;font-display:swap;` +
		`src:url(${url}) format('woff2');unicode-range:${unicodeRange(font.characters)}}` +
		`:lang(zh){font-family:'${CJK_FAMILY}',var(--font-sans,'Inter Variable',sans-serif)}`
	);
}

/** The inlined `@font-face` for every CJK character of these reports, for build-time documents ('' when none). */
export async function inlineCjkFontFace(bundles: readonly ReportBundle[]): Promise<string> {
	return cjkFontFace(await cjkFont(bundles), 'inline');
}
